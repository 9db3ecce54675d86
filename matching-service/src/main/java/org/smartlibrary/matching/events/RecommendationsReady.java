package org.smartlibrary.matching.events;

import org.smartlibrary.matching.api.RecommendationChanges;
import org.smartlibrary.matching.api.RecommendationContent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The payload of recommendations-ready v1 (written as 1.2: flags, alternatives and evaluated_on since 1.1; the plan's
 * asks and balanced choices and the routes through the consortium since 1.2; the schema allows the extra fields the
 * API also shows). It embeds the REST API's records ({@code api/}) as value shapes, so the event
 * and the API show a recommendation the same way.
 */
public record RecommendationsReady(UUID assessmentId, int revision, int recommendationSetVersion, Instant generatedAt,
                                   LocalDate evaluatedOn, UUID libraryId, String trigger, int partnersMatched,
                                   List<RecommendationContent.Recommendation> recommendations,
                                   RecommendationContent.CoveragePlan coveragePlan,
                                   List<RecommendationContent.UnmetNeed> unmetNeeds,
                                   List<RecommendationContent.Alternative> alternatives,
                                   List<RecommendationContent.ConsortiumRoute> viaConsortium,
                                   RecommendationChanges changes) {
}
