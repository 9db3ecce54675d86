package org.smartlibrary.matching.engine;

import java.util.List;

/**
 * A small set of partners that together cover the most priority-weighted need.
 *
 * @param coveredWeight sum over needs of priority x covered share
 * @param totalWeight   sum of all needs' priorities
 */
public record CoveragePlan(List<PlannedPartner> partners, double coveredWeight, double totalWeight,
                           List<UnmetNeed> unmetNeeds) {

    public CoveragePlan {
        partners = List.copyOf(partners);
        unmetNeeds = List.copyOf(unmetNeeds);
    }

    public List<String> partnerIds() {
        return partners.stream().map(PlannedPartner::partnerId).toList();
    }

    /** coveredWeight / totalWeight, 0 when there are no needs. */
    public double coveredShare() {
        return totalWeight == 0 ? 0 : coveredWeight / totalWeight;
    }
}
