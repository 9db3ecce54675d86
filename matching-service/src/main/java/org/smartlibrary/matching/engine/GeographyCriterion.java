package org.smartlibrary.matching.engine;

/**
 * Same city, same region, national, or remote: the closer the partner works, the better. A consortium's pooled
 * match scores it from the pool's {@link ConsortiumPool#area()} (the service-area gate has made sure the partner
 * serves every contributing member), and its texts speak of the members' main region and name the member whose
 * city it is.
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
        if (value == SAME_CITY) {
            return context.pooled()
                    ? "serves member " + library.id() + "'s city " + library.city() + " in the members' main region "
                            + library.region()
                    : "serves the library's city " + library.city();
        }
        if (value == SAME_REGION) {
            return (context.pooled() ? "serves the members' main region " : "serves the library's region ")
                    + library.region();
        }
        return value == NATIONAL ? "serves nationally" : "serves remotely";
    }
}
