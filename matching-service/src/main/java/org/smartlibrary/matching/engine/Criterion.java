package org.smartlibrary.matching.engine;

/**
 * Soft-score criteria, named with the taxonomy's match_criteria codes (the recommendations-ready schema uses them).
 * Partner-level criteria depend only on the partner, so a partner's explanation lists them once instead of per need.
 */
public enum Criterion {
    /** Exact type or a related type. */
    TYPE_FIT(false),
    /** Offered capacity against the need's gap; a partial cover is labelled as such. */
    CAPACITY(false),
    /** A time-boxed offer only partly covers a recurring long-term need. */
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
