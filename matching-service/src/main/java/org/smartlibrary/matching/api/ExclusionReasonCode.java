package org.smartlibrary.matching.api;

/**
 * Why a hard gate excluded a candidate: the taxonomy's {@code exclusion_reasons}, as served. The same codes as the
 * engine's {@code engine.ExclusionCode} (a test keeps them, the engine and the taxonomy in step; the service maps
 * one to the other by name). The OpenAPI document shows it as the taxonomy's schema
 * ({@code TaxonomySchemas.EXCLUSION_REASON}).
 */
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
    JOINT_APPLICATION_REQUIRED
}
