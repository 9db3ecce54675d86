package org.smartlibrary.contracts;

import org.junit.jupiter.api.Test;
import org.smartlibrary.contracts.taxonomy.CodeList;
import org.smartlibrary.contracts.taxonomy.Taxonomy;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one reader of the taxonomy file answers from the file, in its order, and refuses what is not in it. */
class TaxonomyReaderTest {

    private final Taxonomy taxonomy = Taxonomy.load();

    @Test
    void readsTheCodesInTheFilesOrder() {
        assertEquals(List.of("FINANCIAL", "TECHNOLOGY", "HUMAN"), List.copyOf(taxonomy.categories()));
        assertEquals(List.of("SHORT_TERM", "LONG_TERM"), List.copyOf(taxonomy.horizons()));
        assertEquals(List.of("ONE_TIME", "MONTH", "YEAR"), List.copyOf(taxonomy.moneyPeriods()));
        assertEquals(List.of("SHORT_TERM", "LONG_TERM", "ANY"), List.copyOf(taxonomy.offeringHorizons()));
        assertTrue(taxonomy.isProgramArea("IT_JOB_SKILLS"));
        assertTrue(taxonomy.isLibraryOffer("EVENT_HOSTING"));
        assertTrue(taxonomy.isPartnerType("ACADEMIC_INSTITUTION"));
        assertTrue(taxonomy.isMoneyPeriod(Taxonomy.ONE_TIME));
        assertTrue(taxonomy.codes(CodeList.MATCH_FLAGS).contains("STALE_LISTING"));
    }

    @Test
    void readsEachResourceTypesMeasureUnitAndRelatedTypes() {
        Taxonomy.ResourceType robotics = taxonomy.resourceType("TECHNOLOGY.ROBOTICS").orElseThrow();
        assertEquals("TECHNOLOGY", robotics.category());
        assertEquals(Taxonomy.Measure.QUANTITY, robotics.measure());
        assertEquals("kits", robotics.defaultUnit());
        assertEquals(Taxonomy.Measure.MONEY, taxonomy.resourceType("FINANCIAL.PROGRAM").orElseThrow().measure());
        for (Taxonomy.ResourceType type : taxonomy.resourceTypes().values()) {
            for (String related : type.related()) {
                assertTrue(taxonomy.resourceType(related).orElseThrow().related().contains(type.code()),
                        type.code() + " lists " + related + " but not the other way round");
            }
        }
    }

    @Test
    void refusesWhatIsNotInIt() {
        assertTrue(taxonomy.resourceType("TECHNOLOGY.TIME_MACHINES").isEmpty());
        assertTrue(taxonomy.resourceType(null).isEmpty());
        assertFalse(taxonomy.isCategory("technology"));
        assertFalse(taxonomy.isCategory(null));
        assertFalse(taxonomy.isLibraryOffer("IT_COMPANY"));
        assertFalse(taxonomy.isCurrency("eur"));
        assertFalse(taxonomy.isMoneyPeriod("year"));
        assertFalse(taxonomy.isMoneyPeriod("WEEK"));
        assertTrue(taxonomy.isCurrency("EUR"));
    }
}
