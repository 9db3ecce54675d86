package org.smartlibrary.matching.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The payload of recommendations-ready v1 (the schema allows the extra fields the API also shows). */
public record RecommendationsReady(UUID assessmentId, int revision, int recommendationSetVersion, Instant generatedAt,
                                   UUID libraryId, String trigger, int partnersMatched,
                                   List<RecommendationContent.Recommendation> recommendations,
                                   RecommendationContent.CoveragePlan coveragePlan,
                                   List<RecommendationContent.UnmetNeed> unmetNeeds,
                                   RecommendationChanges changes) {
}
