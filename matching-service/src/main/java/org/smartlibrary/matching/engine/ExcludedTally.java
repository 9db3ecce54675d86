package org.smartlibrary.matching.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The excluded candidates of one match, without texts: counted in total and per need by the pattern the coverage
 * plan explains unmet needs with (excluded only by the service area, only by eligibility: conditions, minimum order, joint application), and the first
 * {@code keep} in result order (need position, partner id, offering id) held back so the match can explain just those.
 */
final class ExcludedTally {

    /** One excluded (need, offering) and the bit set of the gates it failed. */
    record Excluded(int needIndex, PartnerOffering candidate, int failedGates) {

        String partnerId() {
            return candidate.partner().id();
        }

        String offeringId() {
            return candidate.offering().id();
        }
    }

    /** The gates that say the library is not eligible: conditions, minimum order, joint application. */
    private static final int ELIGIBILITY = Gate.CONDITIONS.bit() | Gate.MIN_ORDER.bit() | Gate.JOINT_APPLICATION.bit();

    static final Comparator<Excluded> RESULT_ORDER = Comparator.comparingInt(Excluded::needIndex)
            .thenComparing(Excluded::partnerId)
            .thenComparing(Excluded::offeringId);

    private final int keep;
    /** The kept ones, worst (last in result order) on top, so a better one can replace it. */
    private final PriorityQueue<Excluded> kept;
    private final long[] onlyOutsideArea;
    private final long[] onlyConditions;
    private final Excluded[] firstOnlyConditions;
    private long total;

    ExcludedTally(int needCount, int keep) {
        this.keep = keep;
        this.kept = new PriorityQueue<>(Math.max(1, Math.min(keep, 1024)), RESULT_ORDER.reversed());
        this.onlyOutsideArea = new long[needCount];
        this.onlyConditions = new long[needCount];
        this.firstOnlyConditions = new Excluded[needCount];
    }

    void add(int needIndex, PartnerOffering candidate, int failedGates) {
        total++;
        Excluded excluded = null;
        if (failedGates == Gate.SERVICE_AREA.bit()) {
            onlyOutsideArea[needIndex]++;
        } else if ((failedGates & ~ELIGIBILITY) == 0) {
            onlyConditions[needIndex]++;
            excluded = new Excluded(needIndex, candidate, failedGates);
            Excluded first = firstOnlyConditions[needIndex];
            if (first == null || RESULT_ORDER.compare(excluded, first) < 0) {
                firstOnlyConditions[needIndex] = excluded;
            }
        }
        if (keep == 0) {
            return;
        }
        if (kept.size() == keep) {
            Excluded last = kept.peek();
            // needs are examined in order, so once the kept ones fill up this usually ends on the int comparison
            if (needIndex > last.needIndex() || needIndex == last.needIndex() && laterOrEqual(candidate, last)) {
                return;
            }
            kept.poll();
        }
        kept.add(excluded != null ? excluded : new Excluded(needIndex, candidate, failedGates));
    }

    private static boolean laterOrEqual(PartnerOffering candidate, Excluded last) {
        int byPartner = candidate.partner().id().compareTo(last.partnerId());
        return byPartner > 0 || byPartner == 0 && candidate.offering().id().compareTo(last.offeringId()) >= 0;
    }

    long total() {
        return total;
    }

    /** The kept ones in result order. */
    List<Excluded> kept() {
        List<Excluded> inOrder = new ArrayList<>(kept);
        inOrder.sort(RESULT_ORDER);
        return inOrder;
    }

    long onlyOutsideArea(int needIndex) {
        return onlyOutsideArea[needIndex];
    }

    long onlyConditions(int needIndex) {
        return onlyConditions[needIndex];
    }

    /** The first candidate of this need excluded by conditions only, in result order; null if none. */
    Excluded firstOnlyConditions(int needIndex) {
        return firstOnlyConditions[needIndex];
    }
}
