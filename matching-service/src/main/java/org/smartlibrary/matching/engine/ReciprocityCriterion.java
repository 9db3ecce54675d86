package org.smartlibrary.matching.engine;

import java.util.Set;
import java.util.TreeSet;

/**
 * The partner seeks something the library offers in return (space, audience reach, ...). A consortium offers what any
 * of its members offers ({@link ConsortiumPool#asAssessment()}), and its texts say so.
 */
final class ReciprocityCriterion implements PartnerCriterion {

    static final double RECIPROCAL = 1.0;
    /** A partner that asks nothing in return is neither a plus nor a minus. */
    static final double NOTHING_SOUGHT = 0.5;
    static final double NOT_RECIPROCAL = 0.0;

    @Override
    public Criterion criterion() {
        return Criterion.RECIPROCITY;
    }

    @Override
    public double value(MatchContext context, PartnerInput partner) {
        Set<String> seeks = partner.seeks();
        if (seeks.isEmpty()) {
            return NOTHING_SOUGHT;
        }
        Set<String> libraryOffers = context.assessment().libraryOffers();
        for (String sought : seeks) {
            if (libraryOffers.contains(sought)) {
                return RECIPROCAL;
            }
        }
        return NOT_RECIPROCAL;
    }

    @Override
    public String explain(MatchContext context, PartnerInput partner, double value) {
        if (value == NOTHING_SOUGHT) {
            return "partner asks for nothing in return";
        }
        Set<String> shared = new TreeSet<>(partner.seeks());
        shared.retainAll(context.assessment().libraryOffers());
        boolean pooled = context.pooled();
        if (value == RECIPROCAL) {
            return "partner seeks " + String.join(", ", shared)
                    + (pooled ? ", which a consortium member offers" : ", which the library offers");
        }
        return "partner seeks " + String.join(", ", new TreeSet<>(partner.seeks()))
                + (pooled ? "; no consortium member offers any of these" : "; the library offers none of these");
    }
}
