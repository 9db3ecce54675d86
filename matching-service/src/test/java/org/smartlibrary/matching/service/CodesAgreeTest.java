package org.smartlibrary.matching.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.matching.api.ExclusionReasonCode;
import org.smartlibrary.matching.api.Feedback;
import org.smartlibrary.matching.api.MatchFlag;
import org.smartlibrary.matching.api.RecommendationContent;
import org.smartlibrary.matching.api.RecommendationsView;
import org.smartlibrary.matching.engine.Criterion;
import org.smartlibrary.matching.engine.ExclusionCode;
import org.smartlibrary.matching.engine.Flag;
import org.smartlibrary.matching.engine.Gate;
import org.smartlibrary.matching.engine.UnmetNeed;
import org.smartlibrary.matching.repository.MatchRequests;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The codes the API and the event serve are the engine's and the taxonomy's, in the same order; the code lists the
 * OpenAPI document states by hand (gates, triggers) are the service's.
 */
class CodesAgreeTest {

    @Test
    void matchFlagsAreTheEnginesAndTheTaxonomys() throws IOException {
        List<String> served = names(MatchFlag.values());
        assertThat(served).isEqualTo(names(Flag.values()));
        assertThat(served).isEqualTo(taxonomy("match_flags"));
        for (Flag flag : Flag.values()) {
            assertThat(RecommendationViews.flag(flag).name()).isEqualTo(flag.name());
        }
    }

    @Test
    void exclusionCodesAreTheEnginesAndTheTaxonomys() throws IOException {
        List<String> served = names(ExclusionReasonCode.values());
        assertThat(served).isEqualTo(names(ExclusionCode.values()));
        assertThat(served).isEqualTo(taxonomy("exclusion_reasons"));
        for (ExclusionCode code : ExclusionCode.values()) {
            assertThat(RecommendationViews.code(code).name()).isEqualTo(code.name());
        }
    }

    @Test
    void feedbackOutcomesAreTheTaxonomys() throws IOException {
        assertThat(names(Feedback.Outcome.values())).isEqualTo(taxonomy("feedback_outcomes"));
    }

    @Test
    void criteriaAndUnmetReasonsAreTaxonomyCodes() throws IOException {
        // the API documents them as the taxonomy's match_criteria and unmet_reasons
        assertThat(taxonomy("match_criteria")).containsAll(names(Criterion.values()));
        assertThat(names(UnmetNeed.Reason.values())).isEqualTo(taxonomy("unmet_reasons"));
    }

    @Test
    void theDocumentedGatesAndTriggersAreTheServices() throws NoSuchFieldException {
        Schema gate = RecommendationContent.Exclusion.class.getDeclaredField("gate").getAnnotation(Schema.class);
        assertThat(List.of(gate.enumeration())).isEqualTo(names(Gate.values()));
        assertThat(names(RecommendationsView.Trigger.values()))
                .containsExactlyInAnyOrder(MatchRequests.ASSESSMENT_COMPLETED, MatchRequests.PARTNER_CHANGED,
                        MatchRequests.CAPACITY_CONTENTION, MatchRequests.CONSORTIUM_CHANGED,
                        MatchRequests.LIBRARY_CHANGED);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<String> taxonomy(String list) throws IOException {
        try (InputStream in = CodesAgreeTest.class.getResourceAsStream("/contracts/taxonomy/taxonomy-v1.json")) {
            JsonNode taxonomy = new ObjectMapper().readTree(in);
            List<String> codes = new ArrayList<>();
            taxonomy.path(list).forEach(entry -> codes.add(entry.path("code").asText()));
            assertThat(codes).as("taxonomy list " + list).isNotEmpty();
            return codes;
        }
    }
}
