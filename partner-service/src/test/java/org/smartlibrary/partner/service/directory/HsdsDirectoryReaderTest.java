package org.smartlibrary.partner.service.directory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartlibrary.contracts.taxonomy.Taxonomy;
import org.smartlibrary.kit.problem.Problem.FieldError;
import org.smartlibrary.partner.api.ContactDto;
import org.smartlibrary.partner.api.DirectoryOffering;
import org.smartlibrary.partner.api.DirectoryPartner;
import org.smartlibrary.partner.api.ServiceAreaDto;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading HSDS 3.0 documents: the mapping of a 211-style export, row errors, refused documents. */
class HsdsDirectoryReaderTest {

    private static final Taxonomy TAXONOMY = Taxonomy.load();

    /** An organization as a 211 database exports it, with our partner_type/seeks and offering terms added. */
    private static final String TWO_ONE_ONE_EXPORT = """
            {
              "organizations": [
                {
                  "id": "5f1c9a7e-2b4d-4e8a-9c3f-1a2b3c4d5e6f",
                  "name": "Rainier Valley Digital Access Coalition",
                  "alternate_name": "RVDAC",
                  "description": "Community nonprofit that lends laptops and teaches digital skills in South Seattle.",
                  "email": "info@rvdac.example.org",
                  "website": "https://rvdac.example.org",
                  "legal_status": "Nonprofit",
                  "year_incorporated": 2009,
                  "phones": [{"id": "0b6f1c2e-0000-4000-8000-000000000001", "number": "+1 206 555 0100", "type": "voice"}],
                  "locations": [
                    {
                      "id": "0b6f1c2e-0000-4000-8000-000000000002",
                      "location_type": "physical",
                      "name": "Main office",
                      "addresses": [
                        {
                          "id": "0b6f1c2e-0000-4000-8000-000000000003",
                          "location_id": "0b6f1c2e-0000-4000-8000-000000000002",
                          "address_1": "4400 Rainier Ave S",
                          "city": "Seattle",
                          "state_province": "WA",
                          "postal_code": "98118",
                          "country": "US"
                        }
                      ]
                    }
                  ],
                  "funding": [{"id": "0b6f1c2e-0000-4000-8000-000000000004", "source": "City of Seattle Technology Matching Fund"}],
                  "organization_identifiers": [
                    {
                      "id": "0b6f1c2e-0000-4000-8000-000000000005",
                      "identifier_scheme": "US-EIN",
                      "identifier_type": "Employer Identification Number",
                      "identifier": "91-1234567"
                    }
                  ],
                  "contacts": [
                    {
                      "id": "0b6f1c2e-0000-4000-8000-000000000006",
                      "name": "Dana Whitfield",
                      "title": "Program Director",
                      "email": "dana@rvdac.example.org"
                    }
                  ],
                  "attributes": [
                    {
                      "id": "0b6f1c2e-0000-4000-8000-000000000007",
                      "taxonomy_term": {"id": "0b6f1c2e-0000-4000-8000-000000000008", "code": "partner_type",
                        "name": "Partner type", "description": "The kind of organization",
                        "taxonomy": "smart-library-partnerships"},
                      "value": "NONPROFIT"
                    },
                    {
                      "id": "0b6f1c2e-0000-4000-8000-000000000009",
                      "taxonomy_term": {"id": "0b6f1c2e-0000-4000-8000-000000000010", "code": "seeks",
                        "name": "Seeks", "description": "What it values in return",
                        "taxonomy": "smart-library-partnerships"},
                      "value": "SPACE"
                    }
                  ],
                  "services": [
                    {
                      "id": "8d0e4b1a-0000-4000-8000-000000000001",
                      "organization_id": "5f1c9a7e-2b4d-4e8a-9c3f-1a2b3c4d5e6f",
                      "name": "Laptop Lending for Libraries",
                      "description": "Refurbished laptops lent to library branches for a year.",
                      "status": "active",
                      "phones": [{"id": "0b6f1c2e-0000-4000-8000-000000000011", "number": "+1 206 555 0101"}],
                      "schedules": [
                        {"id": "0b6f1c2e-0000-4000-8000-000000000012", "freq": "WEEKLY", "byday": "MO,WE",
                         "opens_at": "10:00", "closes_at": "16:00"}
                      ],
                      "service_areas": [
                        {"id": "0b6f1c2e-0000-4000-8000-000000000013", "name": "King County",
                         "description": "All of King County"}
                      ],
                      "attributes": [
                        {"id": "0b6f1c2e-0000-4000-8000-000000000014",
                         "taxonomy_term": {"code": "category", "taxonomy": "smart-library-partnerships"},
                         "value": "TECHNOLOGY"},
                        {"id": "0b6f1c2e-0000-4000-8000-000000000015",
                         "taxonomy_term": {"code": "type", "taxonomy": "smart-library-partnerships"},
                         "value": "TECHNOLOGY.DEVICES"},
                        {"id": "0b6f1c2e-0000-4000-8000-000000000016",
                         "taxonomy_term": {"code": "quantity", "taxonomy": "smart-library-partnerships"},
                         "value": "40"},
                        {"id": "0b6f1c2e-0000-4000-8000-000000000017",
                         "taxonomy_term": {"code": "unit", "taxonomy": "smart-library-partnerships"},
                         "value": "laptops"},
                        {"id": "0b6f1c2e-0000-4000-8000-000000000018",
                         "taxonomy_term": {"code": "horizon", "taxonomy": "smart-library-partnerships"},
                         "value": "SHORT_TERM"},
                        {"id": "0b6f1c2e-0000-4000-8000-000000000019",
                         "taxonomy_term": {"id": "0b6f1c2e-0000-4000-8000-000000000020", "code": "TJ-6500.1500",
                           "name": "Computer Literacy Training",
                           "description": "Programs that teach computer skills", "taxonomy": "AIRS"}}
                      ]
                    },
                    {
                      "id": "8d0e4b1a-0000-4000-8000-000000000002",
                      "name": "Digital Skills Volunteers",
                      "description": "Volunteers who run weekly help desks at library branches.",
                      "status": "temporarily closed",
                      "languages": [{"id": "0b6f1c2e-0000-4000-8000-000000000021", "name": "Spanish", "code": "es"}],
                      "service_areas": [{"id": "0b6f1c2e-0000-4000-8000-000000000022", "name": "Seattle"}],
                      "attributes": [
                        {"id": "0b6f1c2e-0000-4000-8000-000000000023",
                         "taxonomy_term": {"code": "category", "taxonomy": "smart-library-partnerships"},
                         "value": "HUMAN"},
                        {"id": "0b6f1c2e-0000-4000-8000-000000000024",
                         "taxonomy_term": {"code": "type", "taxonomy": "smart-library-partnerships"},
                         "value": "HUMAN.WORKSHOP_VOLUNTEERS"},
                        {"id": "0b6f1c2e-0000-4000-8000-000000000025",
                         "taxonomy_term": {"code": "quantity", "taxonomy": "smart-library-partnerships"},
                         "value": "6"},
                        {"id": "0b6f1c2e-0000-4000-8000-000000000026",
                         "taxonomy_term": {"code": "unit", "taxonomy": "smart-library-partnerships"},
                         "value": "volunteers"}
                      ]
                    }
                  ]
                }
              ]
            }
            """;

    @Test
    void aTwoOneOneExportBecomesOnePartnerWithTwoOfferings() throws IOException {
        List<ImportRow> rows = read(TWO_ONE_ONE_EXPORT);

        DirectoryPartner expected = new DirectoryPartner(null, "5f1c9a7e-2b4d-4e8a-9c3f-1a2b3c4d5e6f",
                "US-EIN-91-1234567", "Rainier Valley Digital Access Coalition", "NONPROFIT",
                "Community nonprofit that lends laptops and teaches digital skills in South Seattle.",
                new ServiceAreaDto(null, null, List.of("King County", "Seattle"), List.of()),
                "https://rvdac.example.org", new ContactDto("Dana Whitfield", "dana@rvdac.example.org"),
                List.of("SPACE"), null, null,
                "hsds: alternate_name=RVDAC; legal_status=Nonprofit; year_incorporated=2009; "
                        + "phones[0].number=+1 206 555 0100; phones[0].type=voice; "
                        + "locations[0].location_type=physical; locations[0].name=Main office; "
                        + "locations[0].addresses[0].address_1=4400 Rainier Ave S; "
                        + "locations[0].addresses[0].city=Seattle; locations[0].addresses[0].state_province=WA; "
                        + "locations[0].addresses[0].postal_code=98118; locations[0].addresses[0].country=US; "
                        + "funding[0].source=City of Seattle Technology Matching Fund; "
                        + "organization_identifiers[0].identifier_type=Employer Identification Number; "
                        + "contacts[0].title=Program Director; "
                        + "services[0].phones[0].number=+1 206 555 0101; "
                        + "services[0].schedules[0].freq=WEEKLY; services[0].schedules[0].byday=MO,WE; "
                        + "services[0].schedules[0].opens_at=10:00; services[0].schedules[0].closes_at=16:00; "
                        + "services[0].attributes[5].taxonomy_term.code=TJ-6500.1500; "
                        + "services[0].attributes[5].taxonomy_term.name=Computer Literacy Training; "
                        + "services[0].attributes[5].taxonomy_term.description=Programs that teach computer skills; "
                        + "services[0].attributes[5].taxonomy_term.taxonomy=AIRS; "
                        + "services[0].name=Laptop Lending for Libraries; "
                        + "services[1].languages[0].name=Spanish; services[1].languages[0].code=es; "
                        + "services[1].name=Digital Skills Volunteers; "
                        + "email=info@rvdac.example.org; "
                        + "services[0].service_areas[0].description=All of King County",
                null,
                List.of(new DirectoryOffering(null, "8d0e4b1a-0000-4000-8000-000000000001", "TECHNOLOGY",
                                "TECHNOLOGY.DEVICES", "Refurbished laptops lent to library branches for a year.",
                                new BigDecimal("40"), "laptops", null, null, null, null, null, "SHORT_TERM",
                                List.of(), null, null, "ACTIVE"),
                        new DirectoryOffering(null, "8d0e4b1a-0000-4000-8000-000000000002", "HUMAN",
                                "HUMAN.WORKSHOP_VOLUNTEERS",
                                "Volunteers who run weekly help desks at library branches.", new BigDecimal("6"),
                                "volunteers", null, null, null, null, null, null, List.of(), null, null, "PAUSED")));
        assertEquals(1, rows.size());
        assertEquals(List.of(), rows.get(0).errors());
        assertEquals(3, rows.get(0).line(), "the organization's object starts on line 3");
        assertEquals(expected, rows.get(0).partner());
    }

    @Test
    void anOrganizationWithoutOurTermsKeepsEverythingElseAndLeavesOurFieldsEmpty() throws IOException {
        DirectoryPartner partner = single("""
                {"organizations": [{"id": "org-7", "name": "Tacoma Makers", "description": "A makerspace",
                  "email": "hello@tacomamakers.example.org", "tax_status": "501(c)(3)",
                  "services": [{"id": "svc-1", "name": "Open shop nights", "status": "inactive"}]}]}
                """);

        assertEquals("org-7", partner.externalId());
        assertEquals(new ContactDto(null, "hello@tacomamakers.example.org"), partner.contact(),
                "the organization's email is the contact's when no contact has one");
        assertNull(partner.partnerType(), "left to the import's rules, which refuse a partner without one");
        assertNull(partner.serviceArea());
        assertEquals(List.of(), partner.seeks());
        assertEquals("hsds: tax_status=501(c)(3); services[0].name=Open shop nights", partner.source());
        DirectoryOffering offering = partner.offerings().get(0);
        assertEquals("svc-1", offering.externalId());
        assertEquals("EXPIRED", offering.status(), "inactive is not offered now but may come back: EXPIRED");
        assertNull(offering.type());
    }

    @Test
    void aSourceNoteOfAnEarlierExportComesBeforeWhatThisDocumentAdds() throws IOException {
        DirectoryPartner partner = single("""
                [{"id": "org-8", "name": "Olympia Code Club", "logo": "https://occ.example.org/logo.png",
                  "attributes": [{"taxonomy_term": {"code": "source", "taxonomy": "smart-library-partnerships"},
                                  "value": "hsds: legal_status=Nonprofit"}]}]
                """);

        assertEquals("hsds: legal_status=Nonprofit; hsds: logo=https://occ.example.org/logo.png", partner.source());
    }

    @Test
    void serviceAreasThatAreNotTheCopyOfTheOrganizationsTermsAreKept() throws IOException {
        DirectoryPartner partner = single("""
                {"organizations": [{"id": "org-9", "name": "Puget Sound Fab Lab",
                  "attributes": [
                    {"taxonomy_term": {"code": "regions", "taxonomy": "smart-library-partnerships"}, "value": "Washington"},
                    {"taxonomy_term": {"code": "cities", "taxonomy": "smart-library-partnerships"}, "value": "Everett"}],
                  "services": [
                    {"id": "a", "name": "TECHNOLOGY.FABRICATION", "status": "active",
                     "service_areas": [{"id": "x", "name": "Washington"}, {"id": "y", "name": "Everett"}]},
                    {"id": "b", "name": "TECHNOLOGY.FABRICATION", "status": "active",
                     "service_areas": [{"name": "Snohomish County"}]}]}]}
                """);

        assertEquals(new ServiceAreaDto(null, null, List.of("Washington"), List.of("Everett")), partner.serviceArea());
        assertEquals("hsds: services[0].name=TECHNOLOGY.FABRICATION; services[1].name=TECHNOLOGY.FABRICATION; "
                        + "services[1].service_areas[0].name=Snohomish County", partner.source(),
                "service a's areas are the export's copy; a name equal to the type is only skipped for that type");
    }

    @Test
    void anOrganizationWithoutANameIsARowErrorAndTheNextOneIsStillRead() throws IOException {
        List<ImportRow> rows = read("""
                {"organizations": [
                {"id": "org-1", "description": "no name here"},
                {"id": "org-2", "name": "Spokane Library Friends"}
                ]}
                """);

        assertEquals(2, rows.size());
        assertEquals(new ImportRow(2, null, List.of(new FieldError("organizations[0].name",
                "required: every HSDS organization has a name"))), rows.get(0));
        assertEquals(3, rows.get(1).line());
        assertEquals("Spokane Library Friends", rows.get(1).partner().name());
        assertEquals(List.of(), rows.get(1).errors());
    }

    @Test
    void unknownCodesAndUnreadableValuesAreRowErrorsNamingTheirHsdsPath() throws IOException {
        List<ImportRow> rows = read("""
                [{"id": "org-1", "name": "A",
                  "attributes": [
                    {"taxonomy_term": {"code": "partner_type", "taxonomy": "smart-library-partnerships"}, "value": "SPACESHIP"},
                    {"taxonomy_term": {"code": "category", "taxonomy": "smart-library-partnerships"}, "value": "HUMAN"}],
                  "services": [{"id": "s1", "name": "x", "status": "open",
                    "attributes": [
                      {"taxonomy_term": {"code": "colour", "taxonomy": "smart-library-partnerships"}, "value": "red"},
                      {"taxonomy_term": {"code": "quantity", "taxonomy": "smart-library-partnerships"}, "value": "many"},
                      {"taxonomy_term": {"code": "conditions", "taxonomy": "smart-library-partnerships"},
                       "value": "{\\"code\\": \\"FREE_PIZZA\\"}"}]}]},
                 {"id": "org-2", "name": "B"}]
                """);

        List<String> fields = rows.get(0).errors().stream().map(FieldError::field).toList();
        assertEquals(List.of("[0].attributes[0].value", "[0].attributes[1].taxonomy_term.code",
                "[0].services[0].status", "[0].services[0].attributes[0].taxonomy_term.code",
                "[0].services[0].attributes[1].value", "[0].services[0].attributes[2].value"), fields);
        List<String> messages = rows.get(0).errors().stream().map(FieldError::message).toList();
        assertTrue(messages.get(0).contains("'SPACESHIP' is not a partner type"), messages.get(0));
        assertTrue(messages.get(1).contains("'category' is not a term of smart-library-partnerships for an "
                + "organization"), messages.get(1));
        assertTrue(messages.get(2).contains("'open' is not an HSDS service status"), messages.get(2));
        assertTrue(messages.get(4).contains("'many' is not a decimal number"), messages.get(4));
        assertTrue(messages.get(5).contains("FREE_PIZZA"), messages.get(5));
        assertNull(rows.get(0).partner());
        assertEquals("B", rows.get(1).partner().name(), "reading goes on after a row error");
    }

    @Test
    void anElementThatIsNotAnObjectIsARowError() throws IOException {
        List<ImportRow> rows = read("[\"just text\",\n{\"id\": \"b\", \"name\": \"B\"}]");

        assertEquals(new ImportRow(1, null, List.of(new FieldError("[0]",
                "must be a JSON object (an HSDS organization)"))), rows.get(0));
        assertEquals("B", rows.get(1).partner().name());
        assertEquals(2, rows.get(1).line());
    }

    @Test
    void anApiPageIsReadLikeTheOrganizationsDocument() throws IOException {
        List<ImportRow> rows = read("""
                {"total_items": 1, "total_pages": 1, "page_number": 1, "size": 1, "first_page": true,
                 "last_page": true, "empty": false, "contents": [{"id": "org-1", "name": "A"}]}
                """);

        assertEquals(1, rows.size());
        assertEquals("org-1", rows.get(0).partner().externalId());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "CSV instead of JSON | 'name,partner_type\nAcme,NONPROFIT\n' | not valid JSON at line 1",
            "empty document | '' | the document is empty",
            "a number | '42' | the document starts with a number",
            "no organizations array | '{\"services\": []}' | member \"services\"",
            "organizations not an array | '{\"organizations\": {}}' | \"organizations\" holds an object",
            "two arrays | '{\"organizations\": [], \"contents\": []}' | a second organizations array",
            "a second document | '[] []' | goes on after its end",
            "text after the document | '{\"organizations\": []} x' | not valid JSON",
            "a member given twice | '[{\"name\": \"A\", \"name\": \"B\"}]' | Duplicate field 'name'",
            "cut off inside the array | '{\"organizations\": [{\"name\": \"A\"},' | not valid JSON"})
    void aDocumentOfAnotherShapeIsRefusedAsAWhole(String what, String document, String saying) {
        MalformedDirectoryFile refused = assertThrows(MalformedDirectoryFile.class, () -> read(document), what);

        assertTrue(refused.getMessage().contains(saying), refused.getMessage());
        assertTrue(refused.getMessage().contains("expected an HSDS JSON document: {\"organizations\": ["),
                refused.getMessage());
    }

    @Test
    void rowsBeforeTheDocumentBreaksAreReturned() throws IOException {
        try (HsdsDirectoryReader reader = reader("{\"organizations\": [\n{\"id\": \"a\", \"name\": \"A\"},\n{\"id\":")) {
            assertEquals("A", reader.next().orElseThrow().partner().name());
            MalformedDirectoryFile refused = assertThrows(MalformedDirectoryFile.class, reader::next);
            assertTrue(refused.getMessage().contains("line 3"), refused.getMessage());
            assertEquals(Optional.empty(), reader.next(), "nothing more after the refusal");
        }
    }

    private static DirectoryPartner single(String document) throws IOException {
        List<ImportRow> rows = read(document);
        assertEquals(1, rows.size());
        assertEquals(List.of(), rows.get(0).errors());
        return rows.get(0).partner();
    }

    static List<ImportRow> read(String document) throws IOException {
        List<ImportRow> rows = new ArrayList<>();
        try (HsdsDirectoryReader reader = reader(document)) {
            Optional<ImportRow> row;
            while ((row = reader.next()).isPresent()) {
                rows.add(row.get());
            }
        }
        return rows;
    }

    private static HsdsDirectoryReader reader(String document) throws IOException {
        return new HsdsDirectoryReader(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), TAXONOMY);
    }
}
