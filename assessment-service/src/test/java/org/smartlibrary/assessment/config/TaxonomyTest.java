package org.smartlibrary.assessment.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service reads the contracts' taxonomy file, not a copy of it. */
class TaxonomyTest {

    private final Taxonomy taxonomy = Taxonomy.load(new ObjectMapper());

    @Test
    void readsTheCodesAssessmentsUse() {
        assertEquals(List.of("FINANCIAL", "TECHNOLOGY", "HUMAN"), List.copyOf(taxonomy.categories()));
        assertEquals(List.of("SHORT_TERM", "LONG_TERM"), List.copyOf(taxonomy.horizons()));
        Taxonomy.ResourceType robotics = taxonomy.resourceType("TECHNOLOGY.ROBOTICS").orElseThrow();
        assertEquals("TECHNOLOGY", robotics.category());
        assertEquals(Taxonomy.Measure.QUANTITY, robotics.measure());
        assertEquals("kits", robotics.defaultUnit());
        assertEquals(Taxonomy.Measure.MONEY, taxonomy.resourceType("FINANCIAL.PROGRAM").orElseThrow().measure());
        assertTrue(taxonomy.isProgramArea("IT_JOB_SKILLS"));
        assertTrue(taxonomy.isLibraryOffer("EVENT_HOSTING"));
        assertEquals(List.of("ONE_TIME", "MONTH", "YEAR"), List.copyOf(taxonomy.moneyPeriods()));
        assertTrue(taxonomy.isMoneyPeriod(Taxonomy.ONE_TIME));
    }

    @Test
    void refusesWhatIsNotInIt() {
        assertTrue(taxonomy.resourceType("TECHNOLOGY.TIME_MACHINES").isEmpty());
        assertFalse(taxonomy.isCategory("technology"));
        assertFalse(taxonomy.isLibraryOffer("IT_COMPANY"));
        assertFalse(taxonomy.isCurrency("eur"));
        assertFalse(taxonomy.isMoneyPeriod("year"));
        assertFalse(taxonomy.isMoneyPeriod("WEEK"));
        assertTrue(taxonomy.isCurrency("EUR"));
    }
}
