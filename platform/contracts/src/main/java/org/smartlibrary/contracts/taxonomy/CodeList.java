package org.smartlibrary.contracts.taxonomy;

/** The closed code lists of the taxonomy file, each a list of {@code {code, label, description}} entries. */
public enum CodeList {
    CATEGORIES("categories"),
    MEASURES("measures"),
    MONEY_PERIODS("money_periods"),
    LIBRARY_OFFERS("library_offers"),
    PARTNER_TYPES("partner_types"),
    PROGRAM_AREAS("program_areas"),
    HORIZONS("horizons"),
    OFFERING_HORIZONS("offering_horizons"),
    OFFERING_STATUSES("offering_statuses"),
    VERIFICATION_STATES("verification_states"),
    OFFERING_CONDITIONS("offering_conditions"),
    FEEDBACK_OUTCOMES("feedback_outcomes"),
    MATCH_CRITERIA("match_criteria"),
    UNMET_REASONS("unmet_reasons"),
    MATCH_FLAGS("match_flags"),
    EXCLUSION_REASONS("exclusion_reasons");

    private final String key;

    CodeList(String key) {
        this.key = key;
    }

    /** The list's name in the taxonomy file. */
    public String key() {
        return key;
    }
}
