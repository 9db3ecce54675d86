package org.smartlibrary.matching.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Eligibility conditions the gates allowed: 1, times a factor per condition that costs the library something
 * (matching funds it does not state) or that a person has to check (free text). The same outcomes give the
 * CONDITION_COST and CONDITIONS_TO_REVIEW flags.
 *
 * <p>In a consortium's pooled match the text also says how the pool meets the offering's minimum order and
 * joint-application rule ({@link MinOrderGate#pooledPass}, {@link JointApplicationGate#pooledPass}): rules of
 * eligibility that one library alone could not meet, so the consortium sees why the partner is open to it.
 */
final class ConditionsCriterion implements NeedCriterion {

    static final double PENALTY_FACTOR = 0.5;
    static final double REVIEW_FACTOR = 0.8;

    private final ConditionEvaluator evaluator;

    ConditionsCriterion(ConditionEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public Criterion criterion() {
        return Criterion.CONDITIONS;
    }

    @Override
    public double value(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate) {
        return valueOf(outcomes(context, needIndex, candidate));
    }

    /** What the library's eligibility for this candidate is, condition by condition (empty without conditions). */
    List<ConditionOutcome> outcomes(MatchContext context, int needIndex, PartnerOffering candidate) {
        return candidate.hasConditions()
                ? evaluator.evaluate(candidate.offering(), candidate.partner(), context, needIndex) : List.of();
    }

    /** The flags of these outcomes as {@link Flag#bit()}s. */
    static int flagsOf(List<ConditionOutcome> outcomes) {
        int flags = 0;
        for (ConditionOutcome outcome : outcomes) {
            switch (outcome.verdict()) {
                case PENALTY -> flags |= Flag.CONDITION_COST.bit();
                case NEEDS_REVIEW -> flags |= Flag.CONDITIONS_TO_REVIEW.bit();
                case MET, UNSATISFIABLE -> { }
            }
        }
        return flags;
    }

    @Override
    public String explain(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate,
                          double value) {
        List<String> texts = new ArrayList<>();
        for (ConditionOutcome outcome : outcomes(context, needIndex, candidate)) {
            texts.add(outcome.text());
        }
        addIfPresent(texts, MinOrderGate.pooledPass(context, needIndex, candidate));
        addIfPresent(texts, JointApplicationGate.pooledPass(context, needIndex, candidate));
        return texts.isEmpty() ? "no conditions" : String.join("; ", texts);
    }

    private static void addIfPresent(List<String> texts, String text) {
        if (text != null) {
            texts.add(text);
        }
    }

    /** The CONDITIONS value of these outcomes. */
    static double valueOf(List<ConditionOutcome> outcomes) {
        double value = 1.0;
        for (ConditionOutcome outcome : outcomes) {
            switch (outcome.verdict()) {
                case PENALTY -> value *= PENALTY_FACTOR;
                case NEEDS_REVIEW -> value *= REVIEW_FACTOR;
                case MET, UNSATISFIABLE -> { }
            }
        }
        return value;
    }
}
