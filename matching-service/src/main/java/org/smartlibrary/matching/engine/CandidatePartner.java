package org.smartlibrary.matching.engine;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A partner during one match: its best {@link Cover} per need so far, its partner-level figures, and once
 * {@link #finish finished} its score. Every partner with an admitted offering is one; only the kept ones become
 * explained {@link PartnerRecommendation}s.
 */
final class CandidatePartner implements Ranked {

    private final PartnerInput partner;
    private final PartnerFigures figures;
    private final Cover[] bestByNeed;
    private Cover[] covers = new Cover[0];
    private PartnerAggregator.Totals totals;

    CandidatePartner(PartnerInput partner, PartnerFigures figures, int needCount) {
        this.partner = partner;
        this.figures = figures;
        this.bestByNeed = new Cover[needCount];
    }

    PartnerInput partner() {
        return partner;
    }

    PartnerFigures figures() {
        return figures;
    }

    /** Keeps {@code cover} if it serves its need better than the partner's best offering for that need so far. */
    void offer(Cover cover, PartnerAggregator aggregator) {
        if (aggregator.better(cover, bestByNeed[cover.needIndex()])) {
            bestByNeed[cover.needIndex()] = cover;
        }
    }

    /** Computes the score over the best cover per need; call once, after every candidate was offered. */
    void finish(PartnerAggregator aggregator, double totalWeight) {
        Cover[] best = new Cover[bestByNeed.length];
        int count = 0;
        for (Cover cover : bestByNeed) {
            if (cover != null) {
                best[count++] = cover;
            }
        }
        if (count > 1) {
            Arrays.sort(best, 0, count, PartnerAggregator.LISTING_ORDER);
        }
        covers = Arrays.copyOf(best, count);
        totals = aggregator.totals(Arrays.asList(covers), totalWeight);
    }

    /** The best cover per covered need, most urgent first (empty until finished). */
    List<Cover> covers() {
        return Collections.unmodifiableList(Arrays.asList(covers));
    }

    /** {@link #covers()} without a list around it, for the coverage planner's loops over every candidate. */
    Cover[] coverArray() {
        return covers;
    }

    PartnerAggregator.Totals totals() {
        return totals;
    }

    /** This partner's best cover of the need at this position, or null. */
    Cover coverOf(int needIndex) {
        return bestByNeed[needIndex];
    }

    @Override
    public String partnerId() {
        return partner.id();
    }

    @Override
    public String partnerName() {
        return partner.name();
    }

    @Override
    public double score() {
        return totals.score();
    }

    @Override
    public double coveredPriorityWeight() {
        return totals.coveredPriorityWeight();
    }

    @Override
    public boolean verified() {
        return Codes.VERIFIED.equals(partner.verification());
    }

    @Override
    public boolean stale() {
        return figures.stale();
    }
}
