package org.smartlibrary.partner.repository;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import com.fasterxml.jackson.databind.node.IntNode;
import org.junit.jupiter.api.Test;
import org.smartlibrary.kit.ids.TimeOrderedIds;
import org.smartlibrary.partner.model.Offering;
import org.smartlibrary.partner.model.OfferingCondition;
import org.smartlibrary.partner.model.Partner;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.smartlibrary.partner.PartnerFixtures.token;

/**
 * The COPY path for new partners writes every column as the entity reads it back, including text that COPY and array
 * literals must escape (tabs, line breaks, backslashes, quotes, commas, braces, a literal \N), and leaves nothing
 * behind when the transaction fails.
 */
@QuarkusTest
class NewPartnerRowsTest {

    private static final String AWKWARD = "tab\there, line\nbreak\r\nback\\slash \"quoted\" {brace}, comma \\N é";

    @Inject
    NewPartnerRows rows;

    @Inject
    PartnerRepository partners;

    @Test
    void everyColumnReadsBackAsWritten() {
        Partner written = partner(token());
        QuarkusTransaction.requiringNew().run(() -> rows.insert(List.of(written)));

        Partner read = QuarkusTransaction.requiringNew().call(() -> {
            Partner p = partners.findWithOfferings(List.of(written.id)).get(0);
            p.offerings.size();
            return p;
        });
        QuarkusTransaction.requiringNew().run(() -> partners.getEntityManager() // other tests search the directory
                .createNativeQuery("DELETE FROM partner WHERE id = ?1").setParameter(1, written.id).executeUpdate());
        assertEquals(0L, read.version);
        assertEquals(written.name, read.name);
        assertEquals(written.nameKey, read.nameKey);
        assertEquals(written.normalizedName, read.normalizedName);
        assertEquals("ACADEMIC_INSTITUTION", read.partnerType);
        assertEquals(AWKWARD, read.description);
        assertEquals(true, read.remote);
        assertEquals(false, read.national);
        assertArrayEquals(new String[]{"Lane \"County\"", "a,b {c} \\d"}, read.regions);
        assertArrayEquals(new String[]{}, read.cities);
        assertArrayEquals(written.areaKeys, read.areaKeys);
        assertEquals("https://example.org/x", read.website);
        assertEquals("example.org", read.websiteDomain);
        assertEquals("Ada\tLovelace", read.contactName);
        assertEquals("ada@example.org", read.contactEmail);
        assertArrayEquals(new String[]{"VISIBILITY", "SPACE"}, read.seeks);
        assertEquals("VERIFIED", read.verification);
        assertEquals(LocalDate.of(2024, 2, 29), read.lastConfirmedAt);
        assertEquals(written.externalId, read.externalId);
        assertEquals(written.orgRegistryId, read.orgRegistryId);
        assertEquals(AWKWARD, read.sourceNote);
        assertEquals(written.importId, read.importId);
        assertEquals(AWKWARD, read.offeringText);
        assertEquals(written.createdAt, read.createdAt);
        assertEquals(written.updatedAt, read.updatedAt);

        assertEquals(2, read.offerings.size());
        Offering kits = read.offerings.get(0);
        assertEquals(written.offerings.get(0).id, kits.id);
        assertEquals(written.id, kits.partner.id);
        assertEquals("TECHNOLOGY", kits.category);
        assertEquals("TECHNOLOGY.ROBOTICS", kits.type);
        assertEquals(AWKWARD, kits.description);
        assertEquals(0, new BigDecimal("12.5").compareTo(kits.quantity));
        assertEquals("kits", kits.unit);
        assertNull(kits.amount);
        assertNull(kits.currency);
        assertNull(kits.period);
        assertEquals(0, new BigDecimal("3").compareTo(kits.minOrderQuantity));
        assertEquals("kits", kits.minOrderUnit);
        assertNull(kits.minOrderAmount);
        assertNull(kits.minOrderCurrency);
        assertEquals(3, kits.minJointLibraries);
        assertEquals(LocalDate.of(2020, 1, 1), kits.availableFrom);
        assertEquals(LocalDate.of(2021, 6, 30), kits.availableUntil);
        assertEquals("SHORT_TERM", kits.horizon);
        assertEquals(List.of(new OfferingCondition("MIN_AUDIENCE", AWKWARD, IntNode.valueOf(20))), kits.conditions);
        assertEquals("offer\\1", kits.externalId);
        assertEquals(written.importId, kits.importId);
        assertEquals("EXPIRED", kits.status);
        assertEquals(written.offerings.get(0).createdAt, kits.createdAt);
        assertEquals(written.offerings.get(0).updatedAt, kits.updatedAt);
        assertEquals(0L, kits.version);

        Offering grant = read.offerings.get(1);
        assertEquals(written.offerings.get(1).id, grant.id);
        assertEquals("FINANCIAL.PROGRAM", grant.type);
        assertNull(grant.quantity);
        assertNull(grant.unit);
        assertEquals(0, new BigDecimal("2500.75").compareTo(grant.amount));
        assertEquals("EUR", grant.currency);
        assertEquals("YEAR", grant.period);
        assertEquals(0, new BigDecimal("500").compareTo(grant.minOrderAmount));
        assertEquals("EUR", grant.minOrderCurrency);
        assertNull(grant.minJointLibraries);
        assertNull(grant.availableFrom);
        assertNull(grant.externalId);
        assertEquals(List.of(), grant.conditions);
        assertEquals("ACTIVE", grant.status);
    }

    @Test
    void aFailedTransactionLeavesNoRow() {
        Partner first = partner(token());
        Partner clash = partner(token());
        clash.externalId = first.externalId; // the unique external id refuses the second row
        assertThrows(RuntimeException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> rows.insert(List.of(first, clash))));
        assertEquals(0, QuarkusTransaction.requiringNew().call(
                () -> partners.findWithOfferings(List.of(first.id, clash.id)).size()));
    }

    private static Partner partner(String word) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Partner p = new Partner();
        p.id = TimeOrderedIds.next();
        p.name = "Copy " + word;
        p.nameKey = p.name.toLowerCase();
        p.normalizedName = "copy" + word;
        p.partnerType = "ACADEMIC_INSTITUTION";
        p.description = AWKWARD;
        p.remote = true;
        p.national = false;
        p.regions = new String[]{"Lane \"County\"", "a,b {c} \\d"};
        p.cities = new String[]{};
        p.areaKeys = new String[]{Partner.regionKey("Lane \"County\""), Partner.regionKey("a,b {c} \\d")};
        p.website = "https://example.org/x";
        p.websiteDomain = "example.org";
        p.contactName = "Ada\tLovelace";
        p.contactEmail = "ada@example.org";
        p.seeks = new String[]{"VISIBILITY", "SPACE"};
        p.verification = "VERIFIED";
        p.lastConfirmedAt = LocalDate.of(2024, 2, 29);
        p.externalId = "ext " + word;
        p.orgRegistryId = "XX-" + word;
        p.sourceNote = AWKWARD;
        p.importId = UUID.randomUUID();
        p.createdAt = now;
        p.updatedAt = now.plus(1, ChronoUnit.MICROS);
        Offering kits = offering(p, now);
        kits.category = "TECHNOLOGY";
        kits.type = "TECHNOLOGY.ROBOTICS";
        kits.quantity = new BigDecimal("12.5000");
        kits.unit = "kits";
        kits.minOrderQuantity = new BigDecimal("3");
        kits.minOrderUnit = "kits";
        kits.minJointLibraries = 3;
        kits.availableFrom = LocalDate.of(2020, 1, 1);
        kits.availableUntil = LocalDate.of(2021, 6, 30);
        kits.horizon = "SHORT_TERM";
        kits.conditions = List.of(new OfferingCondition("MIN_AUDIENCE", AWKWARD, IntNode.valueOf(20)));
        kits.externalId = "offer\\1";
        kits.status = "EXPIRED";
        Offering grant = offering(p, now.plus(1, ChronoUnit.MICROS));
        grant.category = "FINANCIAL";
        grant.type = "FINANCIAL.PROGRAM";
        grant.amount = new BigDecimal("2500.75");
        grant.currency = "EUR";
        grant.period = "YEAR";
        grant.minOrderAmount = new BigDecimal("500");
        grant.minOrderCurrency = "EUR";
        grant.horizon = "LONG_TERM";
        grant.status = "ACTIVE";
        p.offeringText = AWKWARD;
        return p;
    }

    private static Offering offering(Partner partner, Instant createdAt) {
        Offering o = new Offering();
        o.id = TimeOrderedIds.next();
        o.partner = partner;
        o.description = AWKWARD;
        o.importId = partner.importId;
        o.createdAt = createdAt;
        o.updatedAt = createdAt;
        partner.offerings.add(o);
        return o;
    }
}
