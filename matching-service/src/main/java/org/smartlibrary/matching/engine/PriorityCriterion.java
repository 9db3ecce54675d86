package org.smartlibrary.matching.engine;

/** The need's priority, 1..5 scaled to 0.2..1. */
final class PriorityCriterion implements NeedCriterion {

    private static final String[] LABELS = {"", "optional", "low", "medium", "high", "critical"};

    @Override
    public Criterion criterion() {
        return Criterion.PRIORITY;
    }

    @Override
    public double value(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate) {
        return need.priority() / (double) NeedInput.MAX_PRIORITY;
    }

    @Override
    public String explain(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate,
                          double value) {
        return "priority " + need.priority() + " of " + NeedInput.MAX_PRIORITY + " (" + LABELS[need.priority()] + ")";
    }
}
