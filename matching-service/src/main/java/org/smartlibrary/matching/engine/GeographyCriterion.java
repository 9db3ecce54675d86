package org.smartlibrary.matching.engine;

/**
 * Same city, same region, national, or remote: the closer the partner works, the better. A consortium's pooled
 * match scores it from the pool's {@link ConsortiumPool#area()} (the service-area gate has made sure the partner
 * serves every contributing member).
 */
final class GeographyCriterion implements PartnerCriterion {

    static final double SAME_CITY = 1.0;
    static final double SAME_REGION = 0.8;
    static final double NATIONAL = 0.6;
    static final double REMOTE = 0.4;

    @Override
    public Criterion criterion() {
        return Criterion.GEOGRAPHY;
    }

    @Override
    public double value(MatchContext context, PartnerInput partner) {
        ServiceArea area = partner.serviceArea();
        LibraryInput library = context.library();
        if (area.servesCity(library.city())) {
            return SAME_CITY;
        }
        if (area.servesRegion(library.region())) {
            return SAME_REGION;
        }
        return area.national() ? NATIONAL : REMOTE;
    }

    @Override
    public String explain(MatchContext context, PartnerInput partner, double value) {
        LibraryInput library = context.library();
        String whose = context.pooled() ? "the consortium's" : "the library's";
        if (value == SAME_CITY) {
            return "serves " + whose + " city " + library.city();
        }
        if (value == SAME_REGION) {
            return "serves " + whose + " region " + library.region();
        }
        return value == NATIONAL ? "serves nationally" : "serves remotely";
    }
}
