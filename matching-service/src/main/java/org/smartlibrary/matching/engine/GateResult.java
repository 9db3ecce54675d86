package org.smartlibrary.matching.engine;

import java.util.List;

/** The outcome of the hard gates for one (need, offering): admitted when no gate excluded it. */
record GateResult(TypeMatch typeMatch, List<ExclusionReason> reasons, List<MatchNote> notes,
                  List<ConditionOutcome> conditions) {

    GateResult {
        reasons = List.copyOf(reasons);
        notes = List.copyOf(notes);
        conditions = List.copyOf(conditions);
    }

    boolean admitted() {
        return reasons.isEmpty();
    }
}
