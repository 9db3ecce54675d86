package org.smartlibrary.matching.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The related-type offerings usable as ideas, per need, during one match. A partner that already covers the need
 * with its exact type is no idea for it; of the rest, the first {@code keep} per need in the order partner name,
 * partner id, offering id are kept.
 */
final class AlternativeTally {

    private static final Comparator<PartnerOffering> ORDER = Comparator
            .comparing((PartnerOffering o) -> o.partner().name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(o -> o.partner().id())
            .thenComparing(o -> o.offering().id());

    private final int keep;
    private final List<List<PartnerOffering>> byNeed;

    AlternativeTally(int needCount, int keep) {
        this.keep = keep;
        this.byNeed = new ArrayList<>(needCount);
        for (int i = 0; i < needCount; i++) {
            byNeed.add(new ArrayList<>());
        }
    }

    boolean wanted() {
        return keep > 0;
    }

    void add(int needIndex, PartnerOffering candidate) {
        byNeed.get(needIndex).add(candidate);
    }

    /** The kept ideas with their texts, need by need. */
    List<Alternative> kept(List<NeedInput> needs, CoverLookup covers) {
        List<Alternative> alternatives = new ArrayList<>();
        for (int i = 0; i < needs.size(); i++) {
            NeedInput need = needs.get(i);
            int needIndex = i;
            List<PartnerOffering> ideas = byNeed.get(i).stream()
                    .filter(candidate -> !covers.covers(candidate.partner().id(), needIndex))
                    .sorted(ORDER)
                    .limit(keep)
                    .toList();
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

    /** Whether a partner covers a need with an offering of its exact type. */
    interface CoverLookup {
        boolean covers(String partnerId, int needIndex);
    }
}
