package org.smartlibrary.matching.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.matching.engine.ExclusionCode;

/**
 * Why a hard gate excluded a candidate: the taxonomy's {@code exclusion_reasons}, as served. The same codes as the
 * engine's {@link ExclusionCode} (a test keeps them, the engine and the taxonomy in step).
 */
@Schema(name = "ExclusionReasonCode", description = "An exclusion reason (taxonomy exclusion_reasons)")
public enum ExclusionReasonCode {
    PARTNER_REJECTED,
    NOT_ACTIVE,
    WINDOW_ENDED,
    STARTS_TOO_LATE,
    CATEGORY_MISMATCH,
    MEASURE_MISMATCH,
    NO_CAPACITY_LEFT,
    OUTSIDE_SERVICE_AREA,
    CONDITION_NOT_MET,
    BELOW_MIN_ORDER,
    JOINT_APPLICATION_REQUIRED;

    public static ExclusionReasonCode of(ExclusionCode code) {
        return valueOf(code.name());
    }
}
