package org.smartlibrary.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartlibrary.contracts.taxonomy.Taxonomy;
import org.smartlibrary.deploy.system.Workload;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticDirectoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private final SyntheticDirectory directory = new SyntheticDirectory(42, TODAY);
    private final Taxonomy taxonomy = Taxonomy.load();

    @Test
    void sameSeedAndDayWriteTheSameFile(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("a.ndjson");
        Path second = dir.resolve("b.ndjson");
        new SyntheticDirectory(42, TODAY).writeNdjson(first, 100, 50);
        long bytes = new SyntheticDirectory(42, TODAY).writeNdjson(second, 100, 50);

        assertEquals(Files.readString(first), Files.readString(second));
        assertEquals(50, Files.readAllLines(first).size());
        assertEquals(Files.size(second), bytes);
    }

    @Test
    void partnersAreDistinctOrganizations() {
        Set<String> names = new HashSet<>();
        Set<String> externalIds = new HashSet<>();
        Set<String> websites = new HashSet<>();
        int withRegistryId = 0;
        for (int i = 0; i < 3000; i++) {
            ObjectNode partner = directory.partner(i);
            assertTrue(names.add(partner.get("name").asText().toLowerCase()), partner.get("name").asText());
            assertTrue(externalIds.add(partner.get("external_id").asText()));
            if (partner.has("website")) {
                assertTrue(websites.add(partner.get("website").asText()));
            }
            if (partner.has("org_registry_id")) {
                assertTrue(partner.get("org_registry_id").asText().matches("XX-TEST-[0-9]+"));
                withRegistryId++;
            }
        }
        assertEquals(1000, withRegistryId);
        assertEquals(1500, websites.size());
    }

    @Test
    void madeUpWordsNeverRepeat() {
        Set<String> words = new HashSet<>();
        IntStream.range(0, 300_000).forEach(i -> assertTrue(words.add(SyntheticDirectory.word(i)), "word " + i));
    }

    @Test
    void offeringsStateCapacityInTheirTypesMeasureAndSomeHaveEnded() {
        int expired = 0;
        for (int i = 0; i < 600; i++) {
            JsonNode offerings = directory.partner(i).get("offerings");
            assertEquals(SyntheticDirectory.OFFERINGS_PER_PARTNER, offerings.size());
            for (JsonNode offering : offerings) {
                Taxonomy.ResourceType type = taxonomy.resourceType(offering.get("type").asText()).orElseThrow();
                assertEquals(type.category(), offering.get("category").asText());
                if (type.measure() == Taxonomy.Measure.MONEY) {
                    assertTrue(offering.has("amount") && offering.has("currency") && !offering.has("quantity"));
                } else {
                    assertTrue(offering.has("quantity") && offering.has("unit") && !offering.has("amount"));
                }
                if (offering.get("status").asText().equals("EXPIRED")) {
                    expired++;
                    assertTrue(LocalDate.parse(offering.get("available_until").asText()).isBefore(TODAY));
                }
            }
        }
        assertTrue(expired > 150 && expired < 450, "about one in six of 1800 offerings ended: " + expired);
    }

    @Test
    void restBodiesCarryNoHistory() throws Exception {
        for (int i = 0; i < 300; i++) {
            ObjectNode registration = directory.registration(i);
            assertFalse(registration.has("verification") || registration.has("last_confirmed_at")
                    || registration.has("offerings"));
            List<ObjectNode> offerings = directory.offeringRequests(i);
            assertEquals(directory.partner(i).get("name"), registration.get("name"));
            for (ObjectNode offering : offerings) {
                assertTrue(List.of("ACTIVE", "PAUSED").contains(offering.get("status").asText()),
                        Workload.JSON.writeValueAsString(offering));
                assertFalse(offering.has("external_id"));
                if (offering.has("available_until")) {
                    assertFalse(LocalDate.parse(offering.get("available_until").asText()).isBefore(TODAY));
                }
            }
        }
    }
}
