package org.smartlibrary.matching.engine;

/**
 * The partner-level criterion values of one partner for one assessment, equal for every need it serves, and its
 * partner-level flags (STALE_LISTING, UNVERIFIED) as {@link Flag#bit()}s.
 */
record PartnerFigures(double geography, double reciprocity, double freshness, int flags) {

    boolean stale() {
        return (flags & Flag.STALE_LISTING.bit()) != 0;
    }
}
