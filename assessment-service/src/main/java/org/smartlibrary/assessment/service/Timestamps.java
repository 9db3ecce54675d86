package org.smartlibrary.assessment.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Timestamps at the database's precision, so a value read back (and a cursor made from it) equals the one written. */
final class Timestamps {

    private Timestamps() {
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
