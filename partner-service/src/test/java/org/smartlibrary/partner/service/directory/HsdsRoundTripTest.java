package org.smartlibrary.partner.service.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.smartlibrary.partner.api.ConditionDto;
import org.smartlibrary.partner.api.ContactDto;
import org.smartlibrary.partner.api.DirectoryOffering;
import org.smartlibrary.partner.api.DirectoryPartner;
import org.smartlibrary.partner.api.MinOrderDto;
import org.smartlibrary.partner.api.ServiceAreaDto;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Writing HSDS and reading it back: the same records, and the same bytes when written again. */
class HsdsRoundTripTest {

    /** Configured like the service's mapper (the condition values are JSON trees it would have read). */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

    private static final UUID PARTNER_ID = UUID.fromString("3f2c6a1e-8d4b-4c2a-9e1f-5b6a7c8d9e0f");
    private static final UUID KITS_ID = UUID.fromString("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    private static final UUID GRANT_ID = UUID.fromString("0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f");

    /** A partner with every field of the record set, including the import-only ones. */
    private static DirectoryPartner everyFieldSet() throws IOException {
        DirectoryOffering kits = new DirectoryOffering(KITS_ID, "hsds-svc-kits", "TECHNOLOGY", "TECHNOLOGY.ROBOTICS",
                "300 robotics kits for library code clubs", new BigDecimal("300"), "kits", null, null, null,
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 6, 30), "SHORT_TERM",
                List.of(new ConditionDto("MIN_AUDIENCE", "For robotics clubs with at least 20 regular participants",
                                value("20")),
                        new ConditionDto("REGION_ONLY", null, value("[\"Washington\", \"Oregon\"]")),
                        new ConditionDto("OTHER", "Kits are collected by the library", null)),
                new MinOrderDto(new BigDecimal("20"), "kits", null, null), 2, "PAUSED");
        DirectoryOffering grant = new DirectoryOffering(GRANT_ID, "hsds-svc-grant", "FINANCIAL", "FINANCIAL.PROGRAM",
                "Yearly grant for a two-year coding club; a line break\nand \"quotes\" survive", null, null,
                new BigDecimal("25000.00"), "USD", "YEAR", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31),
                "LONG_TERM", List.of(new ConditionDto("MATCHING_FUNDS_REQUIRED", "A quarter from the library",
                value("0.25"))), new MinOrderDto(null, null, new BigDecimal("5000"), "USD"), null, "WITHDRAWN");
        return new DirectoryPartner(PARTNER_ID, "hsds-org-0042", "US-EIN-12-3456789", "Cascade Robotics Cooperative",
                "NONPROFIT", "Robotics kits and mentors for library code clubs.",
                new ServiceAreaDto(true, false, List.of("Washington", "Oregon"), List.of("Seattle", "Tacoma")),
                "https://cascaderobotics.example.org", new ContactDto("Mia Lindqvist", "mia@cascaderobotics.example.org"),
                List.of("SPACE", "AUDIENCE_REACH"), "VERIFIED", LocalDate.of(2026, 3, 14),
                "hsds: legal_status=Cooperative; phones[0].number=+1 206 555 0142", true, List.of(kits, grant));
    }

    @Test
    void aRecordWithEveryFieldSetIsReadBackEqual() throws IOException {
        DirectoryPartner partner = everyFieldSet();

        List<ImportRow> rows = HsdsDirectoryReaderTest.read(write(List.of(partner)));

        assertEquals(1, rows.size());
        assertEquals(List.of(), rows.get(0).errors());
        assertEquals(partner, rows.get(0).partner());
    }

    @Test
    void writingWhatWasReadGivesTheSameBytes() throws IOException {
        DirectoryPartner withoutOfferings = new DirectoryPartner(UUID.fromString(
                "11111111-2222-4333-8444-555555555555"), "hsds-org-0043", null, "Spokane Library Friends",
                "FOUNDATION", null, new ServiceAreaDto(false, false, List.of(), List.of("Spokane")), null, null,
                List.of(), "UNVERIFIED", null, null, null, List.of());
        String first = write(List.of(everyFieldSet(), withoutOfferings));

        List<DirectoryPartner> read = HsdsDirectoryReaderTest.read(first).stream().map(ImportRow::partner).toList();
        String second = write(read);

        assertArrayEquals(first.getBytes(StandardCharsets.UTF_8), second.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(everyFieldSet(), withoutOfferings), read);
    }

    @Test
    void aRecordWithoutExternalIdsComesBackWithItsIdsAsExternalIdsAndTheSameBytes() throws IOException {
        DirectoryOffering offering = new DirectoryOffering(KITS_ID, null, "HUMAN", "HUMAN.MENTORING",
                "Mentors for young jobseekers", new BigDecimal("12"), "mentors", null, null, null, null, null, "ANY",
                List.of(), null, null, "ACTIVE");
        DirectoryPartner partner = new DirectoryPartner(PARTNER_ID, null, null, "Tacoma Mentors Network",
                "NONPROFIT", "Mentoring", new ServiceAreaDto(false, false, List.of("Washington"), List.of()), null,
                null, List.of(), "PENDING", LocalDate.of(2026, 2, 1), null, null, List.of(offering));
        String first = write(List.of(partner));

        DirectoryPartner read = HsdsDirectoryReaderTest.read(first).get(0).partner();

        assertEquals(PARTNER_ID.toString(), read.externalId(), "organization.id is the partner id");
        assertEquals(KITS_ID.toString(), read.offerings().get(0).externalId(), "service.id is the offering id");
        DirectoryOffering expectedOffering = new DirectoryOffering(KITS_ID, KITS_ID.toString(), "HUMAN",
                "HUMAN.MENTORING", "Mentors for young jobseekers", new BigDecimal("12"), "mentors", null, null, null,
                null, null, "ANY", List.of(), null, null, "ACTIVE");
        assertEquals(new DirectoryPartner(PARTNER_ID, PARTNER_ID.toString(), null, "Tacoma Mentors Network",
                "NONPROFIT", "Mentoring", new ServiceAreaDto(false, false, List.of("Washington"), List.of()), null,
                null, List.of(), "PENDING", LocalDate.of(2026, 2, 1), null, null, List.of(expectedOffering)), read);
        assertEquals(first, write(List.of(read)));
    }

    @Test
    void aRecordWithoutAnyIdGetsAnIdDerivedFromItsPlaceAndNameThatStaysTheSame() throws IOException {
        DirectoryPartner partner = new DirectoryPartner(null, null, null, "Everett Makers", "MAKERSPACE", null,
                new ServiceAreaDto(false, false, List.of(), List.of("Everett")), null, null, List.of(), null, null,
                null, null, List.of());
        String first = write(List.of(partner));

        DirectoryPartner read = HsdsDirectoryReaderTest.read(first).get(0).partner();

        assertEquals(UUID.nameUUIDFromBytes("smart-library-partnerships:organization:0:Everett Makers"
                .getBytes(StandardCharsets.UTF_8)).toString(), read.externalId());
        assertEquals(first, write(List.of(read)));
    }

    @Test
    void oneOrganizationPerLineBetweenTheDocumentsFirstAndLastLine() throws IOException {
        DirectoryPartner second = new DirectoryPartner(null, "hsds-org-0044", null, "Bellingham Bits", "IT_COMPANY",
                null, new ServiceAreaDto(true, null, null, null), null, null, null, null, null, null, null, null);

        String document = write(List.of(everyFieldSet(), second));

        List<String> lines = document.lines().toList();
        assertEquals(4, lines.size(), document);
        assertEquals("{\"organizations\":[", lines.get(0));
        assertTrue(lines.get(1).startsWith("{\"id\":\"hsds-org-0042\",\"name\":\"Cascade Robotics Cooperative\","),
                lines.get(1));
        assertTrue(lines.get(1).endsWith("},"), lines.get(1));
        assertEquals("{\"id\":\"hsds-org-0044\",\"name\":\"Bellingham Bits\",\"attributes\":["
                + "{\"id\":\"" + HsdsOrganizationWriter.rowId("hsds-org-0044", "attributes[0]") + "\","
                + "\"taxonomy_term\":{\"id\":\"" + HsdsOrganizationWriter.derivedId("term:partner_type") + "\","
                + "\"code\":\"partner_type\",\"name\":\"Partner type\",\"description\":\"The kind of organization "
                + "(taxonomy partner_types)\",\"taxonomy\":\"smart-library-partnerships\"},\"value\":\"IT_COMPANY\"},"
                + "{\"id\":\"" + HsdsOrganizationWriter.rowId("hsds-org-0044", "attributes[1]") + "\","
                + "\"taxonomy_term\":{\"id\":\"" + HsdsOrganizationWriter.derivedId("term:remote") + "\","
                + "\"code\":\"remote\",\"name\":\"Serves remotely\",\"description\":\"true when the partner serves "
                + "anywhere remotely\",\"taxonomy\":\"smart-library-partnerships\"},\"value\":\"true\"}]}",
                lines.get(2));
        assertEquals("]}", lines.get(3));
        List<ImportRow> rows = HsdsDirectoryReaderTest.read(document);
        assertEquals(List.of(2L, 3L), rows.stream().map(ImportRow::line).toList());
    }

    @Test
    void anEmptyExportIsAnEmptyOrganizationsArray() throws IOException {
        String document = write(List.of());

        assertEquals("{\"organizations\":[]}\n", document);
        assertEquals(List.of(), HsdsDirectoryReaderTest.read(document));
    }

    @Test
    void theHsdsFieldsHoldWhatHsdsConsumersLookFor() throws IOException {
        JsonNode organization = JSON.readTree(write(List.of(everyFieldSet()))).path("organizations").get(0);

        assertEquals("hsds-org-0042", organization.path("id").asText());
        assertEquals("Mia Lindqvist", organization.path("contacts").get(0).path("name").asText());
        JsonNode identifier = organization.path("organization_identifiers").get(0);
        assertEquals("US-EIN", identifier.path("identifier_scheme").asText());
        assertEquals("12-3456789", identifier.path("identifier").asText());
        JsonNode kits = organization.path("services").get(0);
        assertEquals("hsds-svc-kits", kits.path("id").asText());
        assertEquals("TECHNOLOGY.ROBOTICS", kits.path("name").asText());
        assertEquals("temporarily closed", kits.path("status").asText());
        assertEquals(List.of("Washington", "Oregon", "Seattle", "Tacoma"),
                kits.path("service_areas").findValuesAsText("name"));
        assertEquals("defunct", organization.path("services").get(1).path("status").asText());
    }

    private static JsonNode value(String json) throws IOException {
        return JSON.readTree(json);
    }

    private static String write(List<DirectoryPartner> partners) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HsdsDirectoryWriter writer = new HsdsDirectoryWriter(out);
        writer.start();
        for (DirectoryPartner partner : partners) {
            writer.write(partner);
        }
        writer.finish();
        return out.toString(StandardCharsets.UTF_8);
    }
}
