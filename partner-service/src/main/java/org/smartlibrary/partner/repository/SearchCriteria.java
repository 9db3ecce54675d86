package org.smartlibrary.partner.repository;

/**
 * Filters of a directory search; null means "any". Offering filters (category, type, horizon, status) are met when
 * one offering of the partner meets all of them together.
 */
public record SearchCriteria(
        String q,
        String category,
        String type,
        String partnerType,
        String region,
        String city,
        String horizon,
        String status,
        Boolean verified,
        Boolean stale,
        /** Listings stale on the day this many days ahead (the already stale included); null = no such filter. */
        Integer staleWithinDays,
        SortOrder sort) {

    public enum SortOrder { RELEVANCE, NAME }

    /** The same filters in name order (what an export lists). */
    public SearchCriteria inNameOrder() {
        return new SearchCriteria(q, category, type, partnerType, region, city, horizon, status, verified, stale,
                staleWithinDays, SortOrder.NAME);
    }

    public boolean hasOfferingFilter() {
        return category != null || type != null || horizon != null || status != null;
    }
}
