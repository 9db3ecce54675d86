package org.smartlibrary.matching.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;
import org.smartlibrary.matching.api.ConsortiumChanges;
import org.smartlibrary.matching.api.ConsortiumRecommendationContent;
import org.smartlibrary.matching.api.ConsortiumRecommendationsView;
import org.smartlibrary.matching.api.MatchFlag;
import org.smartlibrary.matching.api.RecommendationChanges;
import org.smartlibrary.matching.api.RecommendationContent;
import org.smartlibrary.matching.api.RecommendationsView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fingerprint that says which build rendered a kept document: the same for every replica of a build (the same
 * classes and mapper settings), another one when the mapper would write the documents differently, and it covers
 * the records nested anywhere in the documents.
 */
class DocumentRenderingTest {

    @Test
    void replicasOfOneBuildAgreeOnTheFingerprint() {
        String one = DocumentRendering.fingerprint(applicationLike());
        String other = DocumentRendering.fingerprint(applicationLike());

        assertThat(one).isEqualTo(other).matches("[0-9a-f]{16}");
        assertThat(new DocumentRendering(applicationLike()).fingerprint()).isEqualTo(one);
    }

    @Test
    void aMapperThatWritesDifferentlyHasAnotherFingerprint() {
        String application = DocumentRendering.fingerprint(applicationLike());

        assertThat(DocumentRendering.fingerprint(applicationLike()
                .setPropertyNamingStrategy(PropertyNamingStrategies.LOWER_CAMEL_CASE))).isNotEqualTo(application);
        assertThat(DocumentRendering.fingerprint(applicationLike()
                .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))).isNotEqualTo(application);
    }

    @Test
    void theRecordsNestedInBothDocumentsAreCovered() {
        assertThat(DocumentRendering.viewClasses()).contains(RecommendationsView.class,
                RecommendationContent.Recommendation.class, RecommendationContent.ExplanationItem.class,
                RecommendationContent.OfferingAsk.class, RecommendationContent.BalancedChoice.class,
                RecommendationContent.RouteNeed.class, RecommendationChanges.PartnerChange.class, MatchFlag.class,
                ConsortiumRecommendationsView.class, ConsortiumRecommendationContent.PooledCover.class,
                ConsortiumRecommendationContent.PooledAsk.class, ConsortiumRecommendationContent.MemberShare.class,
                ConsortiumChanges.PooledNeedChange.class);
        // what the documents do not hold
        assertThat(DocumentRendering.viewClasses()).doesNotContain(RecommendationContent.ExcludedCandidate.class);
    }

    /** Snake case and ISO dates, as application.properties configures the application's mapper. */
    private static ObjectMapper applicationLike() {
        return new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
