package org.smartlibrary.matching.engine;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Capacity contention in one match: what other libraries' current recommendations already ask of an offering
 * ({@link OfferingDemand}) and what a cover of this match would ask ({@link CapacityCriterion#asked}), against the
 * offering's capacity. Only a finite capacity (stated and above 0) can be contended: an offering that states none is
 * never. Read for the explained covers ({@link Flag#OVERSUBSCRIBED}) and by the coverage plan's balancing, never by
 * the ranking.
 */
final class Contention {

    private final MatchContext context;
    private final OfferingDemand demand;

    Contention(MatchContext context, OfferingDemand demand) {
        this.context = context;
        this.demand = Objects.requireNonNull(demand, "demand");
    }

    /** Whether other libraries may ask for anything; without ({@link OfferingDemand#NONE}) nothing is contended. */
    boolean active() {
        return demand != OfferingDemand.NONE;
    }

    /** Whether the match is a consortium's pooled match: what it asks, and its texts, are the consortium's. */
    boolean pooled() {
        return context.pooled();
    }

    /** How much lower the score of an equivalent, less contended partner may be for the plan to prefer it. */
    double margin() {
        return context.settings().contentionMargin();
    }

    /** What the plan asks of the cover's offering for its need. */
    OfferingAsk ask(Cover cover) {
        return new OfferingAsk(cover.needId(), cover.offeringId(), asked(cover));
    }

    /** What the cover asks of its offering, in the offering's measure (0 when not countable). */
    BigDecimal asked(Cover cover) {
        return CapacityCriterion.asked(context, cover.needIndex(), cover.need(), cover.candidate());
    }

    /** What other libraries ask of the cover's offering when its capacity is finite; 0 otherwise. */
    BigDecimal demandedByOthers(Cover cover) {
        if (!active() || !finite(cover)) {
            return BigDecimal.ZERO;
        }
        BigDecimal others = demand.demandedByOthers(cover.offeringId());
        return others == null || others.signum() < 0 ? BigDecimal.ZERO : others;
    }

    /** Whether other libraries ask for some of the cover's finite capacity. */
    boolean askedByOthers(Cover cover) {
        return demandedByOthers(cover).signum() > 0;
    }

    /** Whether what others ask plus what the cover asks exceeds the offering's finite capacity. */
    boolean oversubscribed(Cover cover) {
        BigDecimal others = demandedByOthers(cover);
        return others.signum() > 0 && others.add(asked(cover)).compareTo(capacity(cover)) > 0;
    }

    /** (asked by others + asked by the cover) / capacity: above 1 is oversubscribed; 0 for an unlimited offering. */
    double share(Cover cover) {
        if (!finite(cover)) {
            return 0;
        }
        return demandedByOthers(cover).add(asked(cover)).doubleValue() / capacity(cover).doubleValue();
    }

    /** e.g. "3 other libraries ask for 480 kits, of a capacity of 500 kits; with this library 520 > 500". */
    String oversubscribedText(Cover cover) {
        BigDecimal others = demandedByOthers(cover);
        Measure capacity = cover.candidate().capacity();
        return askers(cover) + " for " + capacity.describe(others) + ", of a capacity of " + capacity.describe()
                + "; with " + applicant() + " " + Figures.number(others.add(asked(cover))) + " > "
                + Figures.number(capacity.value());
    }

    /**
     * Why {@code chosen} was planned instead of {@code passedOver}, e.g. "chosen over Cascade Robotics (score 0.98 vs
     * 0.97): 1 other library asks for 40 kits of its capacity of 40 kits; with this library's 40 that is 200%, against
     * 100% for Brook Makers".
     */
    BalancedChoice balancedChoice(CandidatePartner chosen, Cover chosenCover, CandidatePartner passedOver,
                                  Cover passedCover) {
        double passedShare = share(passedCover);
        double chosenShare = share(chosenCover);
        Measure passedCapacity = passedCover.candidate().capacity();
        String text = "chosen over " + passedOver.partnerName() + " (score " + Figures.ratio(passedOver.score())
                + " vs " + Figures.ratio(chosen.score()) + "): " + askers(passedCover) + " for "
                + passedCapacity.describe(demandedByOthers(passedCover)) + " of its capacity of "
                + passedCapacity.describe() + "; with " + applicant() + "'s " + Figures.number(asked(passedCover))
                + " that is " + Figures.percent(passedShare) + ", against "
                + (finite(chosenCover) ? Figures.percent(chosenShare) + " for " : "no stated limit for ")
                + chosen.partnerName();
        return new BalancedChoice(passedOver.partnerId(), passedOver.partnerName(), passedOver.score(),
                chosen.score(), passedShare, chosenShare, text);
    }

    /** e.g. "1 other library asks", "3 other libraries ask". */
    private String askers(Cover cover) {
        int libraries = demand.librariesAsking(cover.offeringId());
        if (libraries <= 0) {
            return "other libraries ask";
        }
        return libraries == 1 ? "1 other library asks" : libraries + " other libraries ask";
    }

    private String applicant() {
        return context.pooled() ? "this consortium" : "this library";
    }

    private static boolean finite(Cover cover) {
        Measure capacity = cover.candidate().capacity();
        return capacity.stated() && capacity.value().signum() > 0;
    }

    private static BigDecimal capacity(Cover cover) {
        return cover.candidate().capacity().value();
    }
}
