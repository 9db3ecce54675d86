package org.smartlibrary.matching.engine;

/**
 * Soft-score criteria, named with the taxonomy's match_criteria codes (the recommendations-ready schema uses them).
 * Every scored offering is of the need's exact type (the gates see to it), so type fit is not a criterion.
 * Partner-level criteria depend only on the partner, so a partner's explanation lists them once instead of per need.
 */
public enum Criterion {
    /** Offered capacity against the need's gap, recurring money compared per year; partial covers say so. */
    CAPACITY(false),
    /** The share of the need's horizon the offering's window covers; a later start or an earlier end lowers it. */
    HORIZON_FIT(false),
    /** The need's priority (1..5); also weights the need when aggregating per partner. */
    PRIORITY(false),
    /** Same city, same region, national, or remote. */
    GEOGRAPHY(true),
    /** The partner seeks something the library offers. */
    RECIPROCITY(true),
    /** How recently the partner confirmed its data, together with its verification state. */
    FRESHNESS(true),
    /** Eligibility conditions that are allowed but cost something or need a human check. */
    CONDITIONS(false);

    private final boolean partnerLevel;

    Criterion(boolean partnerLevel) {
        this.partnerLevel = partnerLevel;
    }

    public boolean partnerLevel() {
        return partnerLevel;
    }
}
