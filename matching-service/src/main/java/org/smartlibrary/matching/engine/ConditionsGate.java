package org.smartlibrary.matching.engine;

import java.util.stream.Collectors;

/**
 * An eligibility condition the library cannot meet (e.g. REGION_ONLY another region) excludes the offering; in a
 * pooled match, a condition any contributing member cannot meet.
 */
final class ConditionsGate implements HardGate {

    private final ConditionEvaluator evaluator;

    ConditionsGate(ConditionEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public ExclusionCode test(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate) {
        if (!candidate.hasConditions()) {
            return null;
        }
        for (ConditionOutcome outcome : evaluator.evaluate(candidate.offering(), candidate.partner(), context,
                needIndex)) {
            if (outcome.verdict() == ConditionOutcome.Verdict.UNSATISFIABLE) {
                return ExclusionCode.CONDITION_NOT_MET;
            }
        }
        return null;
    }

    @Override
    public String explain(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate,
                          ExclusionCode failure) {
        return evaluator.evaluate(candidate.offering(), candidate.partner(), context, needIndex).stream()
                .filter(outcome -> outcome.verdict() == ConditionOutcome.Verdict.UNSATISFIABLE)
                .map(ConditionOutcome::text)
                .collect(Collectors.joining("; "));
    }
}
