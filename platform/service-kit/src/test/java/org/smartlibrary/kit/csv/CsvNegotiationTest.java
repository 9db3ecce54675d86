package org.smartlibrary.kit.csv;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which form an Accept header asks for: JSON unless it prefers text/csv. */
class CsvNegotiationTest {

    private static boolean csv(String... accept) {
        return CsvResponses.prefersCsv(List.of(accept));
    }

    @Test
    void jsonIsTheDefault() {
        assertFalse(CsvResponses.prefersCsv(null));
        assertFalse(CsvResponses.prefersCsv(List.of()));
        assertFalse(csv("*/*"));
        assertFalse(csv("application/json"));
        assertFalse(csv("application/*"));
    }

    @Test
    void csvWhenItIsNamedOrPreferred() {
        assertTrue(csv("text/csv"));
        assertTrue(csv("TEXT/CSV; charset=utf-8"));
        assertTrue(csv("text/*"));
        assertTrue(csv("text/csv, */*;q=0.8"));
        assertTrue(csv("text/csv, */*"), "named beats any type at the same quality");
        assertTrue(csv("application/json;q=0.5, text/csv"));
        assertTrue(csv("application/json;q=0.5", "text/csv"), "several Accept headers count together");
        assertTrue(csv("text/csv;q=0.3"));
    }

    @Test
    void jsonWhenItIsPreferredOrTiedWithCsv() {
        assertFalse(csv("application/json, text/csv"), "a tie keeps the default");
        assertFalse(csv("text/csv, application/json"), "a tie keeps the default, whatever the order");
        assertFalse(csv("application/json, text/csv, application/problem+json"),
                "what clients generated from the OpenAPI documents send");
        assertFalse(csv("text/csv;q=0.5, */*"));
        assertFalse(csv("text/csv;q=0.5, application/json"));
        assertFalse(csv("text/csv;q=0"));
        assertFalse(csv("text/csv;q=0, */*"), "q=0 refuses it");
    }

    @Test
    void theMostSpecificRangeGivesTheQuality() {
        assertFalse(csv("text/*;q=0.9, text/csv;q=0.1, application/json;q=0.5"));
        assertTrue(csv("text/*;q=0.1, text/csv;q=0.9, application/json;q=0.5"));
    }

    @Test
    void whatIsNotAMediaRangeIsIgnored() {
        assertFalse(csv("csv"));
        assertFalse(csv("text/csv;q=high"));
        assertTrue(csv(",, text/csv"));
    }

    @Test
    void fileNamesKeepOnlySafeCharacters() {
        assertEquals("needs-Puget-Sound-Library-Cooperative.csv",
                CsvResponses.safeFileName("needs-Puget Sound Library Cooperative.csv"));
        assertEquals("a--b-c.csv", CsvResponses.safeFileName("a\"\nb;c.csv"));
        assertEquals("Biblioth-que.csv", CsvResponses.safeFileName("Bibliothèque.csv"));
    }
}
