package org.smartlibrary.matching.events;

import org.smartlibrary.matching.api.ConsortiumChanges;
import org.smartlibrary.matching.api.ConsortiumRecommendationContent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The payload of consortium-recommendations-ready v1: a stored consortium recommendation set. It embeds the REST API's
 * records ({@code api/}) as value shapes, so the event and the API show a pooled recommendation the same way.
 */
public record ConsortiumRecommendationsReady(String consortium, int setVersion, Instant generatedAt,
                                             LocalDate evaluatedOn, String trigger, int partnersMatched,
                                             List<ConsortiumRecommendationContent.Member> members,
                                             List<ConsortiumRecommendationContent.PooledNeed> pooledNeeds,
                                             List<ConsortiumRecommendationContent.PooledRecommendation> recommendations,
                                             ConsortiumRecommendationContent.PooledCoveragePlan coveragePlan,
                                             List<ConsortiumRecommendationContent.PooledUnmetNeed> unmetNeeds,
                                             List<ConsortiumRecommendationContent.MemberShare> shares,
                                             ConsortiumChanges changes) {
}
