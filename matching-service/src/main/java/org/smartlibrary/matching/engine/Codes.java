package org.smartlibrary.matching.engine;

/** The taxonomy codes the engine interprets; every other code is passed through as data. */
final class Codes {

    static final String ACTIVE = "ACTIVE";

    static final String SHORT_TERM = "SHORT_TERM";
    static final String LONG_TERM = "LONG_TERM";
    static final String ANY_HORIZON = "ANY";

    static final String VERIFIED = "VERIFIED";
    static final String PENDING = "PENDING";
    static final String REJECTED = "REJECTED";

    static final String REGION_ONLY = "REGION_ONLY";
    static final String NONPROFIT_ONLY = "NONPROFIT_ONLY";
    static final String MATCHING_FUNDS_REQUIRED = "MATCHING_FUNDS_REQUIRED";
    static final String MIN_AUDIENCE = "MIN_AUDIENCE";

    static final String AUDIENCE_REACH = "AUDIENCE_REACH";

    private Codes() {
    }
}
