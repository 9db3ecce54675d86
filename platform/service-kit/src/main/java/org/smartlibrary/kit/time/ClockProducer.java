package org.smartlibrary.kit.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The clock of every service: the system clock in UTC, so that every date a service stores or compares ("today",
 * the match date, expiry, staleness) is a UTC date. Tests replace it with an alternative to fix or move time.
 */
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
