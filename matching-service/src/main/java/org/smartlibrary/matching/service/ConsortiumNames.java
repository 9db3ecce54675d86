package org.smartlibrary.matching.service;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * Consortium names compare case-insensitively (as in assessment-service): a consortium is keyed by its name in lower
 * case, and its consortium-recommendations-ready events by a name-based UUID of that key.
 */
public final class ConsortiumNames {

    /** The longest consortium name stored (assessment-service allows no longer one). */
    public static final int MAX_LENGTH = 200;

    private ConsortiumNames() {
    }

    /** The key of a consortium name; null for none (null, empty or blank). */
    public static String key(String consortium) {
        return named(consortium) ? consortium.toLowerCase(Locale.ROOT) : null;
    }

    /** Whether the name names a consortium (blank counts as none). */
    public static boolean named(String consortium) {
        return consortium != null && !consortium.isBlank();
    }

    /** The aggregate id (and Kafka key) of a consortium's events: the name-based UUID of "consortium:" + its key. */
    public static UUID aggregateId(String consortiumKey) {
        return UUID.nameUUIDFromBytes(("consortium:" + consortiumKey).getBytes(StandardCharsets.UTF_8));
    }
}
