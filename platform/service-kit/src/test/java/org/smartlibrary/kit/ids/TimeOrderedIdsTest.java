package org.smartlibrary.kit.ids;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeOrderedIdsTest {

    @Test
    void isAVersion7IdOfTheStandardVariantCarryingItsMillisecond() {
        long millis = 1_796_000_000_123L;
        UUID id = TimeOrderedIds.at(millis);
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(millis, TimeOrderedIds.millis(id));
        assertEquals(String.format("%012x", millis), id.toString().replace("-", "").substring(0, 12));
    }

    @Test
    void laterMillisecondsSortAfterEarlierOnesAsPostgresqlComparesUuids() {
        UUID earlier = TimeOrderedIds.at(1_796_000_000_123L);
        UUID later = TimeOrderedIds.at(1_796_000_000_124L);
        // PostgreSQL orders uuid values by their bytes, as their text form sorts
        assertTrue(earlier.toString().compareTo(later.toString()) < 0);
    }

    @Test
    void idsOfTheSameMillisecondDifferInTheirRandomBits() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(TimeOrderedIds.at(1_796_000_000_123L));
        }
        assertEquals(10_000, ids.size());
    }
}
