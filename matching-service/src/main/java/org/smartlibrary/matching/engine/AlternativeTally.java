package org.smartlibrary.matching.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The related-type offerings usable as ideas, per need, during one match: the first {@code keep} per need in the
 * order partner name, partner id, offering id, held in a bounded heap so a large related bucket costs no sorting.
 */
final class AlternativeTally {

    private static final Comparator<PartnerOffering> ORDER = Comparator
            .comparing((PartnerOffering o) -> o.partner().name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(o -> o.partner().id())
            .thenComparing(o -> o.offering().id());

    private final int keep;
    /** Per need, the kept ideas with the last in {@link #ORDER} on top, so a better one can replace it. */
    private final List<PriorityQueue<PartnerOffering>> byNeed;

    AlternativeTally(int needCount, int keep) {
        this.keep = keep;
        this.byNeed = new ArrayList<>(needCount);
        for (int i = 0; i < needCount; i++) {
            byNeed.add(new PriorityQueue<>(ORDER.reversed()));
        }
    }

    boolean wanted() {
        return keep > 0;
    }

    void add(int needIndex, PartnerOffering candidate) {
        PriorityQueue<PartnerOffering> kept = byNeed.get(needIndex);
        if (kept.size() < keep) {
            kept.add(candidate);
        } else if (ORDER.compare(candidate, kept.peek()) < 0) {
            kept.poll();
            kept.add(candidate);
        }
    }

    /** The kept ideas with their texts, need by need. */
    List<Alternative> kept(List<NeedInput> needs) {
        List<Alternative> alternatives = new ArrayList<>();
        for (int i = 0; i < needs.size(); i++) {
            NeedInput need = needs.get(i);
            List<PartnerOffering> ideas = new ArrayList<>(byNeed.get(i));
            ideas.sort(ORDER);
            for (PartnerOffering idea : ideas) {
                OfferingInput offering = idea.offering();
                Measure offered = offering.capacity();
                alternatives.add(new Alternative(need.id(), idea.partner().id(), idea.partner().name(),
                        offering.id(), offering.type(), offering.type() + " is related to " + need.type()
                        + (offered.stated() ? " (offers " + offered.describe() + ")" : "")
                        + ": an idea only, not counted as a cover of this need"));
            }
        }
        return alternatives;
    }
}
