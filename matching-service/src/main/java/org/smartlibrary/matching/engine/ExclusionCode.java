package org.smartlibrary.matching.engine;

/** Why a hard gate excluded a candidate (the taxonomy's exclusion_reasons), one code per distinct failure. */
public enum ExclusionCode {
    PARTNER_REJECTED(Gate.VERIFICATION),
    NOT_ACTIVE(Gate.STATUS),
    WINDOW_ENDED(Gate.AVAILABILITY),
    STARTS_TOO_LATE(Gate.AVAILABILITY),
    CATEGORY_MISMATCH(Gate.TYPE),
    MEASURE_MISMATCH(Gate.MEASURE),
    NO_CAPACITY_LEFT(Gate.MEASURE),
    OUTSIDE_SERVICE_AREA(Gate.SERVICE_AREA),
    CONDITION_NOT_MET(Gate.CONDITIONS),
    BELOW_MIN_ORDER(Gate.MIN_ORDER),
    JOINT_APPLICATION_REQUIRED(Gate.JOINT_APPLICATION);

    private final Gate gate;

    ExclusionCode(Gate gate) {
        this.gate = gate;
    }

    public Gate gate() {
        return gate;
    }
}
