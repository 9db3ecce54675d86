package org.smartlibrary.matching.service;

import org.smartlibrary.matching.api.ConsortiumChanges;
import org.smartlibrary.matching.api.ConsortiumRecommendationContent;
import org.smartlibrary.matching.api.RecommendationChanges;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What changed between two consortium sets: members joined, left or revised; pooled needs whose total or number of
 * libraries changed (or that appeared or disappeared); pooled needs newly met or newly unmet; partners added, removed
 * or moved.
 */
public final class ConsortiumChangeDetector {

    private ConsortiumChangeDetector() {
    }

    /** @param previous the set being replaced, or null for the first set of a consortium */
    public static ConsortiumChanges compare(Integer previousSetVersion, ConsortiumRecommendationContent previous,
                                            ConsortiumRecommendationContent next) {
        ConsortiumRecommendationContent before = previous == null ? ConsortiumViews.withoutMembers() : previous;
        List<ConsortiumChanges.MemberChange> joined = new ArrayList<>();
        List<ConsortiumChanges.MemberChange> left = new ArrayList<>();
        List<ConsortiumChanges.MemberChange> revised = new ArrayList<>();
        Map<UUID, ConsortiumRecommendationContent.Member> membersBefore = new LinkedHashMap<>();
        before.members().forEach(member -> membersBefore.put(member.libraryId(), member));
        Set<UUID> membersNow = new LinkedHashSet<>();
        for (ConsortiumRecommendationContent.Member now : next.members()) {
            membersNow.add(now.libraryId());
            ConsortiumRecommendationContent.Member then = membersBefore.get(now.libraryId());
            if (then == null) {
                joined.add(new ConsortiumChanges.MemberChange(now.libraryId(), now.libraryName(), now.assessmentId(),
                        null, now.revision()));
            } else if (!then.assessmentId().equals(now.assessmentId()) || then.revision() != now.revision()) {
                revised.add(new ConsortiumChanges.MemberChange(now.libraryId(), now.libraryName(), now.assessmentId(),
                        then.revision(), now.revision()));
            }
        }
        membersBefore.values().stream().filter(then -> !membersNow.contains(then.libraryId()))
                .forEach(then -> left.add(new ConsortiumChanges.MemberChange(then.libraryId(), then.libraryName(),
                        then.assessmentId(), then.revision(), null)));

        return new ConsortiumChanges(previousSetVersion, joined, left, revised, pooledNeedChanges(before, next),
                newlyMet(before, next), newlyUnmet(before, next), partnersAdded(before, next),
                partnersRemoved(before, next), rankChanges(before, next));
    }

    private static List<ConsortiumChanges.PooledNeedChange> pooledNeedChanges(ConsortiumRecommendationContent before,
                                                                              ConsortiumRecommendationContent next) {
        Map<String, ConsortiumRecommendationContent.PooledNeed> needsBefore = needs(before);
        Map<String, ConsortiumRecommendationContent.PooledNeed> needsNow = needs(next);
        List<ConsortiumChanges.PooledNeedChange> changes = new ArrayList<>();
        needsNow.forEach((key, now) -> {
            ConsortiumRecommendationContent.PooledNeed then = needsBefore.get(key);
            BigDecimal totalNow = ConsortiumSubstance.total(now);
            if (then == null) {
                changes.add(new ConsortiumChanges.PooledNeedChange(key, null, totalNow, null, now.libraries()));
            } else if (!Objects.equals(ConsortiumSubstance.total(then), totalNow) || then.libraries() != now.libraries()) {
                changes.add(new ConsortiumChanges.PooledNeedChange(key, ConsortiumSubstance.total(then), totalNow,
                        then.libraries(), now.libraries()));
            }
        });
        needsBefore.forEach((key, then) -> {
            if (!needsNow.containsKey(key)) {
                changes.add(new ConsortiumChanges.PooledNeedChange(key, ConsortiumSubstance.total(then), null,
                        then.libraries(), null));
            }
        });
        return changes;
    }

    /** Pooled needs wholly covered now that were (partly) open before, or did not exist. */
    private static List<String> newlyMet(ConsortiumRecommendationContent before, ConsortiumRecommendationContent next) {
        Set<String> unmetBefore = unmet(before);
        Set<String> unmetNow = unmet(next);
        Set<String> existedBefore = needs(before).keySet();
        return needs(next).keySet().stream()
                .filter(key -> !unmetNow.contains(key) && (unmetBefore.contains(key) || !existedBefore.contains(key)))
                .toList();
    }

    /** Pooled needs (partly) open now that were wholly covered before, or did not exist. */
    private static List<String> newlyUnmet(ConsortiumRecommendationContent before, ConsortiumRecommendationContent next) {
        Set<String> unmetBefore = unmet(before);
        return needs(next).keySet().stream()
                .filter(key -> unmet(next).contains(key) && !unmetBefore.contains(key))
                .toList();
    }

    private static List<RecommendationChanges.PartnerChange> partnersAdded(ConsortiumRecommendationContent before,
                                                                           ConsortiumRecommendationContent next) {
        Map<UUID, ConsortiumRecommendationContent.PooledRecommendation> then = partners(before);
        return next.recommendations().stream().filter(now -> !then.containsKey(now.partnerId()))
                .map(now -> new RecommendationChanges.PartnerChange(now.partnerId(), now.partnerName(), null, now.rank()))
                .toList();
    }

    private static List<RecommendationChanges.PartnerChange> partnersRemoved(ConsortiumRecommendationContent before,
                                                                             ConsortiumRecommendationContent next) {
        Map<UUID, ConsortiumRecommendationContent.PooledRecommendation> now = partners(next);
        return before.recommendations().stream().filter(then -> !now.containsKey(then.partnerId()))
                .map(then -> new RecommendationChanges.PartnerChange(then.partnerId(), then.partnerName(), then.rank(),
                        null))
                .toList();
    }

    private static List<RecommendationChanges.PartnerChange> rankChanges(ConsortiumRecommendationContent before,
                                                                         ConsortiumRecommendationContent next) {
        Map<UUID, ConsortiumRecommendationContent.PooledRecommendation> then = partners(before);
        return next.recommendations().stream()
                .filter(now -> then.containsKey(now.partnerId()) && then.get(now.partnerId()).rank() != now.rank())
                .map(now -> new RecommendationChanges.PartnerChange(now.partnerId(), now.partnerName(),
                        then.get(now.partnerId()).rank(), now.rank()))
                .toList();
    }

    private static Map<String, ConsortiumRecommendationContent.PooledNeed> needs(ConsortiumRecommendationContent content) {
        Map<String, ConsortiumRecommendationContent.PooledNeed> needs = new LinkedHashMap<>();
        content.pooledNeeds().forEach(need -> needs.put(need.poolKey(), need));
        return needs;
    }

    private static Set<String> unmet(ConsortiumRecommendationContent content) {
        Set<String> unmet = new LinkedHashSet<>();
        content.unmetNeeds().forEach(need -> unmet.add(need.poolKey()));
        return unmet;
    }

    private static Map<UUID, ConsortiumRecommendationContent.PooledRecommendation> partners(
            ConsortiumRecommendationContent content) {
        Map<UUID, ConsortiumRecommendationContent.PooledRecommendation> partners = new LinkedHashMap<>();
        content.recommendations().forEach(recommendation -> partners.put(recommendation.partnerId(), recommendation));
        return partners;
    }
}
