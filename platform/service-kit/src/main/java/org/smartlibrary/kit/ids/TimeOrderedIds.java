package org.smartlibrary.kit.ids;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * New row ids that start with their creation time (RFC 9562 version 7: 48 bits of Unix milliseconds, then 74 random
 * bits). Rows created together sit together in a B-tree index, so a large insert (a directory import, an outbox
 * burst) writes to the index's last pages instead of a random page per row, and a cache smaller than the index is
 * enough. The random part keeps ids unguessable as before; ids say nothing else and are still only compared for
 * equality and as tie-breaks.
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedIds() {
    }

    public static UUID next() {
        return at(System.currentTimeMillis());
    }

    /** An id for this instant (Unix milliseconds); {@link #next()} uses the clock. */
    static UUID at(long unixMillis) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long high = (unixMillis & 0xFFFF_FFFF_FFFFL) << 16   // unix_ts_ms: 48 bits
                | 0x7000L                                     // version 7
                | ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL); // rand_a: 12 bits
        long low = 0x8000_0000_0000_0000L                   // variant 10
                | ((random[2] & 0x3FL) << 56);
        for (int i = 3; i < 10; i++) {
            low |= (random[i] & 0xFFL) << (8 * (9 - i));
        }
        return new UUID(high, low);
    }

    /** The Unix milliseconds an id of this kind was created at. */
    static long millis(UUID id) {
        return id.getMostSignificantBits() >>> 16;
    }
}
