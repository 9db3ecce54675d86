package org.smartlibrary.matching.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import org.junit.jupiter.api.Test;
import org.smartlibrary.kit.csv.CsvTable;
import org.smartlibrary.kit.paging.Page;
import org.smartlibrary.matching.api.MatchFlag;
import org.smartlibrary.matching.api.MatchingLibrary;
import org.smartlibrary.matching.api.OpenApiExamples;
import org.smartlibrary.matching.api.RecommendationContent.CoveredNeed;
import org.smartlibrary.matching.api.RecommendationContent.ExplanationItem;
import org.smartlibrary.matching.api.RecommendationContent.Recommendation;
import org.smartlibrary.matching.api.RecommendationsView;

import java.io.StringWriter;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV examples of the OpenAPI document are what the service writes for the JSON examples beside them; and the
 * rows of a recommendation: the heaviest explanation item about the need, a partner without covers on one row.
 */
class CsvExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void theRecommendationsExampleIsTheCsvFormOfTheReadyExample() throws Exception {
        RecommendationsView ready = JSON.readValue(OpenApiExamples.READY, RecommendationsView.class);
        assertThat(written(RecommendationsCsv.table(ready))).isEqualTo(RecommendationsCsv.EXAMPLE);
    }

    @Test
    void theMatchingLibrariesExampleIsTheCsvFormOfThePageExample() throws Exception {
        Page<MatchingLibrary> page = JSON.readValue(OpenApiExamples.MATCHING_LIBRARIES, new TypeReference<>() { });
        assertThat(written(MatchingLibrariesCsv.table(page))).isEqualTo(MatchingLibrariesCsv.EXAMPLE);
    }

    @Test
    void aPendingAnswerHasNoRows() throws Exception {
        RecommendationsView pending = JSON.readValue(OpenApiExamples.PENDING, RecommendationsView.class);
        assertThat(RecommendationsCsv.table(pending).rows()).isEmpty();
    }

    @Test
    void eachCoverCarriesTheTextOfTheHeaviestItemAboutItsNeed() {
        UUID robots = UUID.randomUUID();
        UUID grant = UUID.randomUUID();
        Recommendation partner = new Recommendation(1, UUID.randomUUID(), "Cascade", "PRIVATE_COMPANY", "VERIFIED",
                0.5, 0.4, 0.9, List.of(MatchFlag.PARTIAL_COVER, MatchFlag.STARTS_LATER),
                List.of(cover(robots, List.of(MatchFlag.PARTIAL_COVER, MatchFlag.STARTS_LATER)), cover(grant, List.of())),
                List.of(item("HORIZON_FIT", 0.15, "starts in 2 months", robots),
                        item("CAPACITY", 0.3, "capacity 10 of gap 20 kits", robots),
                        item("PRIORITY", 0.3, "priority 4 of 5", robots),
                        item("GEOGRAPHY", 0.6, "same city", null),
                        item("CAPACITY", 0.3, "12000 of 12000 EUR", grant)));

        List<? extends List<?>> rows = table(partner).rows();

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get(8)).isEqualTo("PARTIAL_COVER;STARTS_LATER");
        assertThat(rows.get(0).get(9)).isEqualTo(robots);
        assertThat(rows.get(0).get(17)).isEqualTo("PARTIAL_COVER;STARTS_LATER");
        assertThat(rows.get(0).get(18)).as("the heaviest, the first of equals").isEqualTo("capacity 10 of gap 20 kits");
        assertThat(rows.get(1).get(9)).isEqualTo(grant);
        assertThat(rows.get(1).get(17)).isEqualTo("");
        assertThat(rows.get(1).get(18)).isEqualTo("12000 of 12000 EUR");
    }

    @Test
    void aPartnerWithoutCoversIsOneRowWithItsOwnHeaviestItem() {
        Recommendation partner = new Recommendation(2, UUID.randomUUID(), "Lonely", "NONPROFIT", "VERIFIED",
                0.1, 0, 0, List.of(), List.of(),
                List.of(item("GEOGRAPHY", 0.1, "same region", null), item("FRESHNESS", 0.15, "confirmed", null)));
        List<? extends List<?>> rows = table(partner).rows();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).subList(9, 18)).containsOnlyNulls();
        assertThat(rows.get(0).get(18)).isEqualTo("confirmed");
    }

    private static CsvTable table(Recommendation partner) {
        return RecommendationsCsv.table(new RecommendationsView(UUID.randomUUID(), RecommendationsView.Status.READY,
                1, 1, null, null, null, false, UUID.randomUUID(), "Library", 1, List.of(partner), null, List.of(),
                List.of(), List.of(), null));
    }

    private static CoveredNeed cover(UUID needId, List<MatchFlag> flags) {
        return new CoveredNeed(needId, "TECHNOLOGY.ROBOTICS", 4, UUID.randomUUID(), "TECHNOLOGY.ROBOTICS", 0.5,
                !flags.isEmpty(), 0.8, flags);
    }

    private static ExplanationItem item(String criterion, double weight, String text, UUID needId) {
        return new ExplanationItem(criterion, 0.5, weight, text, needId);
    }

    private static String written(CsvTable table) {
        StringWriter out = new StringWriter();
        table.writeTo(out);
        return out.toString();
    }
}
