package org.smartlibrary.partner.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** Example documents of the REST API, shown in the OpenAPI description. */
public final class ApiExamples {

    // names and values of the demo data (deploy/local/demo/data/partners.json): Cascade Robotics Cooperative with
    // its robot kits and workshop volunteers; the yearly grant of the Oregon Office of Digital Inclusion. E-mail
    // addresses end in example.org (a reserved domain): e-mail format checks refuse the demo's ".example" top-level
    // domain, which is no registered one.

    public static final String PARTNER_ID = "079a965b-e9f8-44c4-9f9f-90e7475621ac";

    public static final String OFFERING_ID = "65984e65-6b3a-41df-8e24-d109577afdc5";

    public static final String REGISTRATION = """
            {"name": "Cascade Robotics Cooperative", "partner_type": "PRIVATE_COMPANY",
             "description": "Robotics cooperative supporting library coding clubs in Washington.",
             "service_area": {"remote": false, "national": false, "regions": ["Washington"], "cities": ["Seattle", "Tacoma"]},
             "website": "https://www.cascaderoboticscooperative.example",
             "contact": {"name": "Mia Lindqvist", "email": "mia@cascaderoboticscooperative.example.org"},
             "seeks": ["AUDIENCE_REACH", "EVENT_HOSTING"]}""";

    public static final String UPDATE = """
            {"name": "Cascade Robotics Cooperative", "partner_type": "PRIVATE_COMPANY",
             "description": "Robotics cooperative supporting library coding clubs in Washington.",
             "service_area": {"remote": true, "national": false, "regions": ["Washington"], "cities": []},
             "website": "https://www.cascaderoboticscooperative.example",
             "contact": {"name": "Mia Lindqvist", "email": "mia@cascaderoboticscooperative.example.org"},
             "seeks": ["AUDIENCE_REACH"]}""";

    public static final String OFFERING_VIEW = """
            {"id": "65984e65-6b3a-41df-8e24-d109577afdc5", "partner_id": "079a965b-e9f8-44c4-9f9f-90e7475621ac",
             "external_id": null, "import_id": null,
             "category": "TECHNOLOGY", "type": "TECHNOLOGY.ROBOTICS",
             "description": "Educational robot kits (with curriculum) on long-term loan for library robotics clubs",
             "quantity": 60, "unit": "kits", "amount": null, "currency": null, "period": null,
             "available_from": "2027-01-01", "available_until": "2027-12-31", "horizon": "SHORT_TERM",
             "conditions": [{"code": "MIN_AUDIENCE",
                             "description": "For library robotics clubs with at least 20 regular participants",
                             "value": 20}],
             "min_order": {"quantity": 10, "unit": "kits", "amount": null, "currency": null},
             "min_joint_libraries": null, "status": "ACTIVE", "expired": false,
             "created_at": "2026-11-05T09:30:00Z", "updated_at": "2026-11-05T09:30:00Z", "version": 1}""";

    public static final String WITHDRAWN_VIEW = """
            {"id": "65984e65-6b3a-41df-8e24-d109577afdc5", "partner_id": "079a965b-e9f8-44c4-9f9f-90e7475621ac",
             "external_id": null, "import_id": null,
             "category": "TECHNOLOGY", "type": "TECHNOLOGY.ROBOTICS",
             "description": "Educational robot kits (with curriculum) on long-term loan for library robotics clubs",
             "quantity": 60, "unit": "kits", "amount": null, "currency": null, "period": null,
             "available_from": "2027-01-01", "available_until": "2027-12-31", "horizon": "SHORT_TERM",
             "conditions": [{"code": "MIN_AUDIENCE",
                             "description": "For library robotics clubs with at least 20 regular participants",
                             "value": 20}],
             "min_order": {"quantity": 10, "unit": "kits", "amount": null, "currency": null},
             "min_joint_libraries": null, "status": "WITHDRAWN", "expired": false,
             "created_at": "2026-11-05T09:30:00Z", "updated_at": "2026-12-01T08:15:00Z", "version": 2}""";

    public static final String VOLUNTEERS_VIEW = """
            {"id": "c2d4e6f8-0a1b-4c3d-8e5f-7a9b1c3d5e7f", "partner_id": "079a965b-e9f8-44c4-9f9f-90e7475621ac",
             "external_id": null, "import_id": null,
             "category": "HUMAN", "type": "HUMAN.WORKSHOP_VOLUNTEERS",
             "description": "Engineers who run monthly robotics workshops for teens",
             "quantity": 5, "unit": "volunteers", "amount": null, "currency": null, "period": null,
             "available_from": "2027-01-15", "available_until": null, "horizon": "LONG_TERM",
             "conditions": [], "min_order": null, "min_joint_libraries": null, "status": "PAUSED", "expired": false,
             "created_at": "2026-11-05T09:40:00Z", "updated_at": "2026-11-20T14:00:00Z", "version": 2}""";

    public static final String GRANT_VIEW = """
            {"id": "3f1c2a9e-5b7d-4e8f-9a6b-2c4d8e0f1a3b", "partner_id": "b8e2f4a6-1c3d-4e5f-8a7b-9c0d1e2f3a4b",
             "external_id": null, "import_id": null,
             "category": "FINANCIAL", "type": "FINANCIAL.OPERATING",
             "description": "Operating support for digital navigator programs, 25,000 USD a year until mid-2029",
             "quantity": null, "unit": null, "amount": 25000, "currency": "USD", "period": "YEAR",
             "available_from": "2027-07-01", "available_until": "2029-06-30", "horizon": "LONG_TERM",
             "conditions": [], "min_order": {"quantity": null, "unit": null, "amount": 5000, "currency": "USD"},
             "min_joint_libraries": 2, "status": "ACTIVE", "expired": false,
             "created_at": "2026-11-05T10:00:00Z", "updated_at": "2026-11-05T10:00:00Z", "version": 1}""";

    public static final String PARTNER_VIEW = """
            {"id": "079a965b-e9f8-44c4-9f9f-90e7475621ac", "name": "Cascade Robotics Cooperative",
             "partner_type": "PRIVATE_COMPANY",
             "description": "Robotics cooperative supporting library coding clubs in Washington.",
             "service_area": {"remote": false, "national": false, "regions": ["Washington"], "cities": ["Seattle", "Tacoma"]},
             "website": "https://www.cascaderoboticscooperative.example",
             "external_id": null, "org_registry_id": null, "source": null, "import_id": null,
             "contact": {"name": "Mia Lindqvist", "email": "mia@cascaderoboticscooperative.example.org"},
             "seeks": ["AUDIENCE_REACH", "EVENT_HOSTING"], "verification": "UNVERIFIED",
             "last_confirmed_at": "2026-11-05", "stale": false, "offerings": [""" + OFFERING_VIEW + """
            ], "created_at": "2026-11-05T09:00:00Z", "updated_at": "2026-11-05T09:30:00Z", "version": 2,
             "relevance": null}""";

    public static final String REGISTERED_VIEW = """
            {"id": "079a965b-e9f8-44c4-9f9f-90e7475621ac", "name": "Cascade Robotics Cooperative",
             "partner_type": "PRIVATE_COMPANY",
             "description": "Robotics cooperative supporting library coding clubs in Washington.",
             "service_area": {"remote": false, "national": false, "regions": ["Washington"], "cities": ["Seattle", "Tacoma"]},
             "website": "https://www.cascaderoboticscooperative.example",
             "external_id": null, "org_registry_id": null, "source": null, "import_id": null,
             "contact": {"name": "Mia Lindqvist", "email": "mia@cascaderoboticscooperative.example.org"},
             "seeks": ["AUDIENCE_REACH", "EVENT_HOSTING"], "verification": "UNVERIFIED",
             "last_confirmed_at": "2026-11-05", "stale": false, "offerings": [],
             "created_at": "2026-11-05T09:00:00Z", "updated_at": "2026-11-05T09:00:00Z", "version": 1,
             "relevance": null}""";

    /** A search result as an anonymous caller sees it: no contact; relevance because the page is ordered by it. */
    public static final String PARTNER_PAGE = """
            {"items": [{"id": "079a965b-e9f8-44c4-9f9f-90e7475621ac", "name": "Cascade Robotics Cooperative",
             "partner_type": "PRIVATE_COMPANY",
             "description": "Robotics cooperative supporting library coding clubs in Washington.",
             "service_area": {"remote": false, "national": false, "regions": ["Washington"], "cities": ["Seattle", "Tacoma"]},
             "website": "https://www.cascaderoboticscooperative.example",
             "external_id": null, "org_registry_id": null, "source": null, "import_id": null, "contact": null,
             "seeks": ["AUDIENCE_REACH", "EVENT_HOSTING"], "verification": "VERIFIED",
             "last_confirmed_at": "2026-11-05", "stale": false, "offerings": [""" + OFFERING_VIEW + """
            ], "created_at": "2026-11-05T09:00:00Z", "updated_at": "2026-11-05T09:30:00Z", "version": 3,
             "relevance": 0.4}],
             "next_cursor": "dB8yHzA3OWE5NjViLWU5ZjgtNDRjNC05ZjlmLTkwZTc0NzU2MjFhYw", "limit": 20}""";

    public static final String OFFERING_LIST = "{\"items\": [" + OFFERING_VIEW + ", " + VOLUNTEERS_VIEW + "]}";

    public static final String OFFERING = """
            {"category": "TECHNOLOGY", "type": "TECHNOLOGY.ROBOTICS",
             "description": "Educational robot kits (with curriculum) on long-term loan for library robotics clubs",
             "quantity": 60, "unit": "kits", "available_from": "2027-01-01", "available_until": "2027-12-31",
             "horizon": "SHORT_TERM",
             "conditions": [{"code": "MIN_AUDIENCE",
                             "description": "For library robotics clubs with at least 20 regular participants",
                             "value": 20}],
             "min_order": {"quantity": 10}}""";

    public static final String GRANT = """
            {"category": "FINANCIAL", "type": "FINANCIAL.OPERATING",
             "description": "Operating support for digital navigator programs, 25,000 USD a year until mid-2029",
             "amount": 25000, "currency": "USD", "period": "YEAR",
             "available_from": "2027-07-01", "available_until": "2029-06-30", "horizon": "LONG_TERM",
             "conditions": [], "min_order": {"amount": 5000}, "min_joint_libraries": 2}""";

    public static final String VERIFICATION = "{\"verification\": \"VERIFIED\"}";

    public static final String DUPLICATE = """
            {"type": "https://smartlibrary.org/problems/duplicate-partner", "title": "Partner already registered",
             "status": 409, "detail": "an organization with the same name is registered as 'Cascade Robotics \
            Cooperative' (079a965b-e9f8-44c4-9f9f-90e7475621ac); if this is a different organization, send the \
            registration again with confirm_distinct: true", "instance": "/api/v1/partners",
             "existing_partner": {"id": "079a965b-e9f8-44c4-9f9f-90e7475621ac", "name": "Cascade Robotics Cooperative",
                                  "href": "/api/v1/partners/079a965b-e9f8-44c4-9f9f-90e7475621ac", "matched_on": "name"}}""";

    public static final String KEY_IN_USE = """
            {"type": "https://smartlibrary.org/problems/idempotency-key-in-use", "title": "Idempotency-Key in use",
             "status": 409, "detail": "another request with this Idempotency-Key is being processed; retry to get its \
            response", "instance": "/api/v1/partners"}""";

    public static final String UNAUTHORIZED = """
            {"type": "https://smartlibrary.org/problems/unauthorized", "title": "Unauthorized", "status": 401,
             "detail": "send a valid bearer token in the Authorization header",
             "instance": "/api/v1/partners/079a965b-e9f8-44c4-9f9f-90e7475621ac"}""";

    /** The 403 problem another partner's administrator gets (as a JSON object, for the OpenAPI filter). */
    public static Map<String, Object> otherPartner(String instance) {
        return problem(403, "forbidden", "Forbidden", "only administrators of partner " + PARTNER_ID
                + " may change it and its offerings", instance);
    }

    private static Map<String, Object> problem(int status, String slug, String title, String detail, String instance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://smartlibrary.org/problems/" + slug);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", instance.replace("{partnerId}", PARTNER_ID).replace("{offeringId}", OFFERING_ID));
        return problem;
    }

    public static final String IMPORT_ID = "5d0f7c4e-2b7a-4f0e-9a51-3f1c2d9e8b10";

    /**
     * One line of an NDJSON directory file: one partner with its offerings, every property written as an export
     * writes it (the document shows a line; a file has one per partner).
     */
    public static final String NDJSON_LINE = """
            {"id": null, "external_id": "hsds-org-0042", "org_registry_id": "US-EIN-12-3456789",
             "name": "Cascade Robotics Cooperative", "partner_type": "NONPROFIT", "description": null,
             "service_area": {"remote": false, "national": false, "regions": ["Washington"], "cities": []},
             "website": null, "contact": null, "seeks": [], "verification": "VERIFIED",
             "last_confirmed_at": "2026-03-01", "source": null, "confirm_distinct": null,
             "offerings": [{"id": null, "external_id": "svc-7", "category": "TECHNOLOGY",
                            "type": "TECHNOLOGY.ROBOTICS", "description": "Robot kits on loan", "quantity": 60,
                            "unit": "kits", "amount": null, "currency": null, "period": null,
                            "available_from": null, "available_until": "2025-06-30", "horizon": "LONG_TERM",
                            "conditions": [], "min_order": null, "min_joint_libraries": null,
                            "status": "EXPIRED"}]}""";

    public static final String CSV_FILE = "external_id,name,partner_type,regions,category,type,quantity,unit,horizon,"
            + "status\r\nhsds-org-0042,Cascade Robotics Cooperative,NONPROFIT,Washington,TECHNOLOGY,"
            + "TECHNOLOGY.ROBOTICS,60,kits,LONG_TERM,ACTIVE\r\n";

    public static final String IMPORT_QUEUED = """
            {"id": "5d0f7c4e-2b7a-4f0e-9a51-3f1c2d9e8b10", "format": "NDJSON", "dry_run": false, "status": "QUEUED",
             "file_bytes": 412, "rows_read": 0, "created": 0, "updated": 0, "unchanged": 0, "refused": 0,
             "error_count": 0, "failure": null, "submitted_at": "2026-12-05T09:00:00Z", "started_at": null,
             "finished_at": null, "errors": "/api/v1/directory/imports/5d0f7c4e-2b7a-4f0e-9a51-3f1c2d9e8b10/errors"}""";

    public static final String IMPORT_DONE = """
            {"id": "5d0f7c4e-2b7a-4f0e-9a51-3f1c2d9e8b10", "format": "NDJSON", "dry_run": false, "status": "SUCCEEDED",
             "file_bytes": 41200, "rows_read": 100, "created": 97, "updated": 1, "unchanged": 0, "refused": 2,
             "error_count": 2, "failure": null, "submitted_at": "2026-12-05T09:00:00Z",
             "started_at": "2026-12-05T09:00:01Z", "finished_at": "2026-12-05T09:00:02Z",
             "errors": "/api/v1/directory/imports/5d0f7c4e-2b7a-4f0e-9a51-3f1c2d9e8b10/errors"}""";

    public static final String IMPORT_ERRORS = """
            {"items": [{"line": 17, "field": "org_registry_id", "message": "check digit does not match for NO-BRC             123456789"}, {"line": 42, "field": "offerings[0].type", "message": "is not a resource type of the             taxonomy, e.g. TECHNOLOGY.ROBOTICS"}], "next_cursor": null, "limit": 20}""";

    public static final String MALFORMED_FILE = """
            {"type": "https://smartlibrary.org/problems/malformed-directory-file", "title": "Malformed directory             file", "status": 400, "detail": "the CSV header has unknown columns [colour]; ...; nothing was imported",             "instance": "/api/v1/directory/imports"}""";

    public static final String TOO_LARGE = """
            {"type": "https://smartlibrary.org/problems/payload-too-large", "title": "Payload too large",             "status": 413, "detail": "the body has 62914560 bytes; at most 52428800 are accepted",             "instance": "/api/v1/directory/imports"}""";

    private ApiExamples() {
    }
}
