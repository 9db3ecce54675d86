package org.smartlibrary.matching.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The clock of the service: the match date ("today", a UTC date) and the time a set is generated come from it, so
 * tests can fix or move it.
 */
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
