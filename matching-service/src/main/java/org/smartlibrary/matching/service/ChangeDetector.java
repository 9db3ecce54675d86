package org.smartlibrary.matching.service;

import org.smartlibrary.matching.api.RecommendationChanges;
import org.smartlibrary.matching.api.RecommendationContent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Partners added, removed and moved between two recommendation sets, and routes through the consortium. */
public final class ChangeDetector {

    private ChangeDetector() {
    }

    /** @param previous the set being replaced, or null for the first set of an assessment */
    public static RecommendationChanges compare(Integer previousRevision, Integer previousSetVersion,
                                                RecommendationContent previous, RecommendationContent next) {
        Map<UUID, RecommendationContent.Recommendation> before = byPartner(previous);
        Map<UUID, RecommendationContent.Recommendation> after = byPartner(next);
        List<RecommendationChanges.PartnerChange> added = new ArrayList<>();
        List<RecommendationChanges.PartnerChange> moved = new ArrayList<>();
        after.forEach((id, now) -> {
            RecommendationContent.Recommendation then = before.get(id);
            if (then == null) {
                added.add(new RecommendationChanges.PartnerChange(id, now.partnerName(), null, now.rank()));
            } else if (then.rank() != now.rank()) {
                moved.add(new RecommendationChanges.PartnerChange(id, now.partnerName(), then.rank(), now.rank()));
            }
        });
        List<RecommendationChanges.PartnerChange> removed = new ArrayList<>();
        before.forEach((id, then) -> {
            if (!after.containsKey(id)) {
                removed.add(new RecommendationChanges.PartnerChange(id, then.partnerName(), then.rank(), null));
            }
        });
        Map<UUID, String> routesBefore = routes(previous);
        Map<UUID, String> routesAfter = routes(next);
        List<RecommendationChanges.PartnerChange> routesAdded = new ArrayList<>();
        routesAfter.forEach((id, name) -> {
            if (!routesBefore.containsKey(id)) {
                routesAdded.add(new RecommendationChanges.PartnerChange(id, name, null, null));
            }
        });
        List<RecommendationChanges.PartnerChange> routesRemoved = new ArrayList<>();
        routesBefore.forEach((id, name) -> {
            if (!routesAfter.containsKey(id)) {
                routesRemoved.add(new RecommendationChanges.PartnerChange(id, name, null, null));
            }
        });
        return new RecommendationChanges(previousRevision, previousSetVersion, added, removed, moved, routesAdded,
                routesRemoved);
    }

    /** The partners reached through the consortium, by id, with their names. */
    private static Map<UUID, String> routes(RecommendationContent content) {
        Map<UUID, String> partners = new LinkedHashMap<>();
        if (content != null) {
            content.viaConsortium().forEach(route -> partners.put(route.partnerId(), route.partnerName()));
        }
        return partners;
    }

    private static Map<UUID, RecommendationContent.Recommendation> byPartner(RecommendationContent content) {
        Map<UUID, RecommendationContent.Recommendation> partners = new LinkedHashMap<>();
        if (content != null) {
            content.recommendations().forEach(recommendation -> partners.put(recommendation.partnerId(), recommendation));
        }
        return partners;
    }
}
