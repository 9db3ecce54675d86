package org.smartlibrary.matching.engine;

import java.util.List;

/** All admitted (need, offering) coverages of one partner, before aggregation. */
record PartnerMatches(PartnerInput partner, List<NeedCoverage> coverages) {

    PartnerMatches {
        coverages = List.copyOf(coverages);
    }
}
