package org.smartlibrary.matching.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.smartlibrary.matching.engine.Fixtures.need;
import static org.smartlibrary.matching.engine.Fixtures.offering;
import static org.smartlibrary.matching.engine.Fixtures.partner;

import org.junit.jupiter.api.Test;

/** Several offerings of one need together: capacity adds up, overlapping time does not. */
class CombinedCoverTest {

    /** A horizon of 1,000 days, starting on epoch day 0. */
    private static final long HORIZON = 1000;
    private static final NeedInput NEED = need("hours", "HUMAN.TECH_EXPERTISE").quantity("100", "hours").longTerm()
            .build();

    @Test
    void twoOfferingsServingTheSameFirstHalfStillLeaveTheSecondHalfOpen() {
        CombinedCover combined = new CombinedCover();
        combined.add(cover("a", 1.0, 0, 499));
        assertEquals(0.5, combined.covered(), 1e-9);

        assertEquals(0.5, combined.coveredWith(cover("b", 1.0, 0, 499)), 1e-9);
    }

    @Test
    void offeringsServingTheTwoHalvesTogetherCoverTheWholeHorizon() {
        CombinedCover combined = new CombinedCover();
        combined.add(cover("first-half", 1.0, 0, 499));

        assertEquals(1.0, combined.coveredWith(cover("second-half", 1.0, 500, 999)), 1e-9);
    }

    @Test
    void partialCapacitiesOverTheSameDaysAddUpToTheWholeNeedAtMost() {
        CombinedCover combined = new CombinedCover();
        combined.add(cover("sixty", 0.6, 0, 999));
        assertEquals(0.6, combined.covered(), 1e-9);

        assertEquals(1.0, combined.coveredWith(cover("seventy", 0.7, 0, 999)), 1e-9);
        assertEquals(0.8, combined.coveredWith(cover("forty-first-half", 0.4, 0, 499)), 1e-9);
    }

    /** An offering that closes {@code capacity} of the gap on the days {@code from..to} of the horizon. */
    private static Cover cover(String offeringId, double capacity, long from, long to) {
        PartnerInput partner = partner("partner-" + offeringId).build();
        PartnerOffering candidate = new PartnerOffering(partner, offering(offeringId, NEED.type()).build());
        double horizonShare = (to - from + 1) / (double) HORIZON;
        return new Cover(0, NEED, candidate, capacity, horizonShare, 1.0, capacity * horizonShare, 0.8, 0, from, to,
                HORIZON);
    }
}
