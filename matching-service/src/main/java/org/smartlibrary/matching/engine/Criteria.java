package org.smartlibrary.matching.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The soft criteria, each a {@link NeedCriterion} or {@link PartnerCriterion} object, and the flags derived from
 * the same facts. {@link #cover} computes every value of an admitted candidate (no texts); {@link #explain} turns
 * those very values into an {@link Explanation} for the partners a match keeps, so figures and texts cannot drift.
 * Criteria are called through final fields, not a loop over a list, so each call site stays monomorphic.
 */
final class Criteria {

    private static final double FULL = 1 - 1e-9;

    private final ScoringWeights weights;
    private final CapacityCriterion capacity = new CapacityCriterion();
    private final HorizonCriterion horizon = new HorizonCriterion();
    private final PriorityCriterion priority = new PriorityCriterion();
    private final ConditionsCriterion conditions;
    private final GeographyCriterion geography = new GeographyCriterion();
    private final ReciprocityCriterion reciprocity = new ReciprocityCriterion();
    private final FreshnessCriterion freshness = new FreshnessCriterion();
    private final double weightSum;

    Criteria(ScoringWeights weights, ConditionEvaluator evaluator) {
        this.weights = weights;
        this.weightSum = weights.capacity() + weights.horizonFit() + weights.priority() + weights.geography()
                + weights.reciprocity() + weights.freshness() + weights.conditions();
        this.conditions = new ConditionsCriterion(evaluator);
    }

    /** The partner-level values and flags of this partner (once per partner and match). */
    PartnerFigures partnerFigures(MatchContext context, PartnerInput partner) {
        int flags = 0;
        if (context.stale(partner.lastConfirmed())) {
            flags |= Flag.STALE_LISTING.bit();
        }
        if (!Codes.VERIFIED.equals(partner.verification())) {
            flags |= Flag.UNVERIFIED.bit();
        }
        return new PartnerFigures(geography.value(context, partner), reciprocity.value(context, partner),
                freshness.value(context, partner), flags);
    }

    Cover cover(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate,
                PartnerFigures partner) {
        double capacityValue = capacity.value(context, needIndex, need, candidate);
        double horizonValue = horizon.value(context, needIndex, need, candidate);
        double priorityValue = priority.value(context, needIndex, need, candidate);
        // evaluated once for the value and the flags
        List<ConditionOutcome> outcomes = conditions.outcomes(context, needIndex, candidate);
        double conditionsValue = ConditionsCriterion.valueOf(outcomes);
        // the order of Criterion, as Explanation.weightedScore() would sum the items
        double weighted = weights.capacity() * capacityValue
                + weights.horizonFit() * horizonValue
                + weights.priority() * priorityValue
                + weights.geography() * partner.geography()
                + weights.reciprocity() * partner.reciprocity()
                + weights.freshness() * partner.freshness()
                + weights.conditions() * conditionsValue;
        double coverage = capacityValue * horizonValue;
        int flags = partner.flags() | ConditionsCriterion.flagsOf(outcomes)
                | flags(context, needIndex, need, candidate, coverage);
        if (!need.longTerm()) {
            return new Cover(needIndex, need, candidate, capacityValue, horizonValue, conditionsValue, coverage,
                    weighted / weightSum, flags, context.todayDay(), context.todayDay(), 1);
        }
        return new Cover(needIndex, need, candidate, capacityValue, horizonValue, conditionsValue, coverage,
                weighted / weightSum, flags, Math.max(context.todayDay(), candidate.availableFromDay()),
                Math.min(context.horizonEndDay(), candidate.availableUntilDay()), context.horizonDays());
    }

    private static int flags(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate,
                             double coverage) {
        int flags = 0;
        if (candidate.startsAfter(context.todayDay())) {
            flags |= Flag.STARTS_LATER.bit();
        }
        if (HorizonCriterion.endsEarly(context, need, candidate)) {
            flags |= Flag.ENDS_EARLY.bit();
        }
        if (coverage < FULL) {
            flags |= Flag.PARTIAL_COVER.bit();
        }
        if (CapacityCriterion.notStated(context, needIndex, candidate)) {
            flags |= Flag.CAPACITY_NOT_STATED.bit();
        }
        if (candidate.offering().minOrder() != null && context.gap(needIndex) == null) {
            // the minimum order gate could not compare: a person has to
            flags |= Flag.CONDITIONS_TO_REVIEW.bit();
        }
        return flags;
    }

    /**
     * The explained coverage of a cover: one item per need-level criterion, from the cover's own values; a cover that
     * would oversubscribe its offering ({@link Contention}) is flagged, and its CAPACITY text says by how much.
     */
    NeedCoverage explain(MatchContext context, Cover cover) {
        int i = cover.needIndex();
        NeedInput need = cover.need();
        PartnerOffering candidate = cover.candidate();
        double priorityValue = priority.value(context, i, need, candidate);
        String capacityText = capacity.explain(context, i, need, candidate, cover.capacity());
        int flags = cover.flags();
        Contention contention = context.contention();
        if (contention.oversubscribed(cover)) {
            flags |= Flag.OVERSUBSCRIBED.bit();
            capacityText = capacityText + "; " + contention.oversubscribedText(cover);
        }
        List<CriterionScore> items = List.of(
                item(capacity, cover.capacity(), capacityText, need),
                item(horizon, cover.horizon(), horizon.explain(context, i, need, candidate, cover.horizon()), need),
                item(priority, priorityValue, priority.explain(context, i, need, candidate, priorityValue), need),
                item(conditions, cover.conditions(),
                        conditions.explain(context, i, need, candidate, cover.conditions()), need));
        OfferingInput offering = candidate.offering();
        return new NeedCoverage(need.id(), need.type(), need.priority(), offering.id(), offering.type(),
                cover.coverage(), cover.matchScore(), new Explanation(items), Flag.of(flags));
    }

    /** The partner-level items, once per partner. */
    List<CriterionScore> explain(MatchContext context, PartnerInput partner, PartnerFigures figures) {
        List<CriterionScore> items = new ArrayList<>(3);
        items.add(new CriterionScore(Criterion.GEOGRAPHY, figures.geography(), weights.geography(),
                geography.explain(context, partner, figures.geography()), null));
        items.add(new CriterionScore(Criterion.RECIPROCITY, figures.reciprocity(), weights.reciprocity(),
                reciprocity.explain(context, partner, figures.reciprocity()), null));
        items.add(new CriterionScore(Criterion.FRESHNESS, figures.freshness(), weights.freshness(),
                freshness.explain(context, partner, figures.freshness()), null));
        return items;
    }

    private CriterionScore item(NeedCriterion criterion, double value, String text, NeedInput need) {
        return new CriterionScore(criterion.criterion(), value, weights.weightOf(criterion.criterion()), text,
                need.id());
    }
}
