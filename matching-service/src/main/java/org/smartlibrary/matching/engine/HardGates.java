package org.smartlibrary.matching.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The hard gates in the order they are reported. Every gate is checked, so an excluded candidate lists all its
 * reasons, not just the first. {@link #failures} runs for every examined candidate (a bit set, no texts);
 * {@link #reasons} for the excluded candidates a result keeps. Both ask the same {@link HardGate} objects.
 *
 * <p>The gates are called one by one through final fields rather than in a loop over a list, so that each call
 * site sees one class and the per-candidate path stays inlined.
 */
final class HardGates {

    private final VerificationGate verification = new VerificationGate();
    private final StatusGate status = new StatusGate();
    private final AvailabilityGate availability = new AvailabilityGate();
    private final CategoryGate category = new CategoryGate();
    private final MeasureGate measure = new MeasureGate();
    private final ServiceAreaGate serviceArea = new ServiceAreaGate();
    private final ConditionsGate conditions;
    private final MinOrderGate minOrder = new MinOrderGate();
    private final JointApplicationGate jointApplication = new JointApplicationGate();
    private final List<HardGate> all;

    HardGates(ConditionEvaluator evaluator) {
        this.conditions = new ConditionsGate(evaluator);
        this.all = List.of(verification, status, availability, category, measure, serviceArea, conditions, minOrder,
                jointApplication);
    }

    /** The gates this candidate fails as a set of {@link Gate#bit()}s; 0 = admitted. */
    int failures(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate) {
        int failed = 0;
        failed |= bit(verification.test(context, needIndex, need, candidate));
        failed |= bit(status.test(context, needIndex, need, candidate));
        failed |= bit(availability.test(context, needIndex, need, candidate));
        failed |= bit(category.test(context, needIndex, need, candidate));
        failed |= bit(measure.test(context, needIndex, need, candidate));
        failed |= bit(serviceArea.test(context, needIndex, need, candidate));
        failed |= bit(conditions.test(context, needIndex, need, candidate));
        failed |= bit(minOrder.test(context, needIndex, need, candidate));
        failed |= bit(jointApplication.test(context, needIndex, need, candidate));
        return failed;
    }

    /**
     * Whether an offering of a related type is usable as an idea for this need: it passes every gate except those
     * of category, measure and minimum order, which only an exact cover has to meet.
     */
    boolean usableAsAlternative(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate) {
        return verification.test(context, needIndex, need, candidate) == null
                && status.test(context, needIndex, need, candidate) == null
                && availability.test(context, needIndex, need, candidate) == null
                && serviceArea.test(context, needIndex, need, candidate) == null
                && conditions.test(context, needIndex, need, candidate) == null
                && jointApplication.test(context, needIndex, need, candidate) == null;
    }

    /** Every reason this candidate is excluded, with its text, in gate order. */
    List<ExclusionReason> reasons(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate) {
        List<ExclusionReason> reasons = new ArrayList<>();
        for (HardGate gate : all) {
            ExclusionCode failure = gate.test(context, needIndex, need, candidate);
            if (failure != null) {
                reasons.add(new ExclusionReason(failure, gate.explain(context, needIndex, need, candidate, failure)));
            }
        }
        return reasons;
    }

    private static int bit(ExclusionCode failure) {
        return failure == null ? 0 : failure.gate().bit();
    }
}
