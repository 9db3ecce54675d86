package org.smartlibrary.partner.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** Example documents of the REST API, shown in the OpenAPI description. */
public final class ApiExamples {

    public static final String REGISTRATION = """
            {"name": "Brightbyte Robotics B.V.", "partner_type": "IT_COMPANY",
             "description": "Educational robotics company supporting coding clubs.",
             "service_area": {"remote": false, "national": false, "regions": ["North Brabant"], "cities": ["Eindhoven"]},
             "website": "https://www.brightbyte-robotics.example",
             "contact": {"name": "Sanne de Vries", "email": "community@brightbyte-robotics.example"},
             "seeks": ["VISIBILITY", "EVENT_HOSTING"]}""";

    public static final String UPDATE = """
            {"name": "Brightbyte Robotics B.V.", "partner_type": "IT_COMPANY",
             "service_area": {"remote": true, "national": false, "regions": ["North Brabant"], "cities": []},
             "website": "https://www.brightbyte-robotics.example",
             "contact": {"name": "Sanne de Vries", "email": "community@brightbyte-robotics.example"},
             "seeks": ["VISIBILITY"]}""";

    public static final String OFFERING_VIEW = """
            {"id": "65984e65-6b3a-41df-8e24-d109577afdc5", "partner_id": "079a965b-e9f8-44c4-9f9f-90e7475621ac",
             "category": "TECHNOLOGY", "type": "TECHNOLOGY.ROBOTICS",
             "description": "Refurbished educational robot kits for public coding clubs.",
             "quantity": 150, "unit": "kits", "amount": null, "currency": null, "period": null,
             "available_from": "2026-01-01", "available_until": "2030-12-31", "horizon": "SHORT_TERM",
             "conditions": [{"code": "MIN_AUDIENCE", "description": "At least 20 regular participants.", "value": 20}],
             "min_order": {"quantity": 10, "unit": "kits"}, "min_joint_libraries": null,
             "status": "ACTIVE", "expired": false,
             "created_at": "2026-01-05T09:30:00Z", "updated_at": "2026-01-05T09:30:00Z", "version": 1}""";

    public static final String PARTNER_VIEW = """
            {"id": "079a965b-e9f8-44c4-9f9f-90e7475621ac", "name": "Brightbyte Robotics B.V.",
             "partner_type": "IT_COMPANY", "description": "Educational robotics company supporting coding clubs.",
             "service_area": {"remote": false, "national": false, "regions": ["North Brabant"], "cities": ["Eindhoven"]},
             "website": "https://www.brightbyte-robotics.example",
             "contact": {"name": "Sanne de Vries", "email": "community@brightbyte-robotics.example"},
             "seeks": ["VISIBILITY", "EVENT_HOSTING"], "verification": "UNVERIFIED",
             "last_confirmed_at": "2026-01-05", "stale": false, "offerings": [],
             "created_at": "2026-01-05T09:00:00Z", "updated_at": "2026-01-05T09:00:00Z", "version": 1}""";

    public static final String PARTNER_PAGE = """
            {"items": [""" + PARTNER_VIEW + """
            ], "next_cursor": "bhxicmlnaHRieXRlIHJvYm90aWNzIGIudi4fMDc5YTk2NWI", "limit": 20}""";

    public static final String OFFERING_LIST = "{\"items\": [" + OFFERING_VIEW + "]}";

    public static final String OFFERING = """
            {"category": "TECHNOLOGY", "type": "TECHNOLOGY.ROBOTICS",
             "description": "Refurbished educational robot kits for public coding clubs.",
             "quantity": 150, "unit": "kits", "available_from": "2026-01-01", "available_until": "2030-12-31",
             "horizon": "SHORT_TERM",
             "conditions": [{"code": "MIN_AUDIENCE", "description": "At least 20 regular participants.", "value": 20}],
             "min_order": {"quantity": 10}}""";

    public static final String GRANT = """
            {"category": "FINANCIAL", "type": "FINANCIAL.PROGRAM",
             "description": "Yearly grants for coding programs run by libraries together, up to 3 years.",
             "amount": 50000, "currency": "EUR", "period": "YEAR", "available_until": "2027-12-31",
             "horizon": "LONG_TERM",
             "conditions": [{"code": "MATCHING_FUNDS_REQUIRED", "description": "The library co-funds 25%.", "value": 0.25}],
             "min_order": {"amount": 5000, "currency": "EUR"}, "min_joint_libraries": 3}""";

    public static final String VERIFICATION = "{\"verification\": \"VERIFIED\"}";

    public static final String VALIDATION_PROBLEM = """
            {"type": "https://smartlibrary.org/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "2 fields are invalid", "instance": "/api/v1/partners",
             "errors": [{"field": "partner_type", "message": "must be one of [LOCAL_GOVERNMENT, ...]"},
                        {"field": "service_area", "message": "must list regions or cities, or be remote or national"}]}""";

    public static final String ELIGIBILITY_PROBLEM = """
            {"type": "https://smartlibrary.org/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "2 fields are invalid",
             "instance": "/api/v1/partners/079a965b-e9f8-44c4-9f9f-90e7475621ac/offerings",
             "errors": [{"field": "min_order.currency",
                         "message": "must be the offering's currency EUR (or absent): a minimum order is stated in the offering's measure"},
                        {"field": "period", "message": "must be one of [ONE_TIME, MONTH, YEAR]"}]}""";

    public static final String OFFERING_PROBLEM = """
            {"type": "https://smartlibrary.org/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "quantity: must be absent: a FINANCIAL.PROGRAM offering states its capacity as amount + currency",
             "instance": "/api/v1/partners/079a965b-e9f8-44c4-9f9f-90e7475621ac/offerings",
             "errors": [{"field": "quantity",
                         "message": "must be absent: a FINANCIAL.PROGRAM offering states its capacity as amount + currency"}]}""";

    public static final String SEARCH_PROBLEM = """
            {"type": "https://smartlibrary.org/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "limit: must be between 1 and 100", "instance": "/api/v1/partners",
             "errors": [{"field": "limit", "message": "must be between 1 and 100"}]}""";

    public static final String NOT_FOUND = """
            {"type": "https://smartlibrary.org/problems/not-found", "title": "Not found", "status": 404,
             "detail": "partner 079a965b-e9f8-44c4-9f9f-90e7475621ac does not exist",
             "instance": "/api/v1/partners/079a965b-e9f8-44c4-9f9f-90e7475621ac"}""";

    public static final String DUPLICATE = """
            {"type": "https://smartlibrary.org/problems/duplicate-partner", "title": "Partner already registered",
             "status": 409, "detail": "an organization with the same name is registered as 'Brightbyte Robotics B.V.' \
            (079a965b-e9f8-44c4-9f9f-90e7475621ac); if this is a different organization, send the registration again \
            with confirm_distinct: true", "instance": "/api/v1/partners",
             "existing_partner": {"id": "079a965b-e9f8-44c4-9f9f-90e7475621ac", "name": "Brightbyte Robotics B.V.",
                                  "href": "/api/v1/partners/079a965b-e9f8-44c4-9f9f-90e7475621ac", "matched_on": "name"}}""";

    public static final String CONFLICT = """
            {"type": "https://smartlibrary.org/problems/concurrent-update", "title": "Concurrent update", "status": 409,
             "detail": "the resource was changed by another request; read it again and retry",
             "instance": "/api/v1/partners/079a965b-e9f8-44c4-9f9f-90e7475621ac"}""";

    public static final String OFFERING_CONFLICT = """
            {"type": "https://smartlibrary.org/problems/offering-withdrawn", "title": "Offering withdrawn", "status": 409,
             "detail": "offering 65984e65-6b3a-41df-8e24-d109577afdc5 was withdrawn and cannot change; add a new offering instead",
             "instance": "/api/v1/partners/079a965b-e9f8-44c4-9f9f-90e7475621ac/offerings/65984e65-6b3a-41df-8e24-d109577afdc5"}""";

    public static final String TOO_MANY_OFFERINGS = """
            {"type": "https://smartlibrary.org/problems/too-many-offerings", "title": "Too many offerings", "status": 409,
             "detail": "a partner holds at most 100 offerings; withdrawn and expired ones count too",
             "instance": "/api/v1/partners/079a965b-e9f8-44c4-9f9f-90e7475621ac/offerings"}""";

    public static final String PRECONDITION_FAILED = """
            {"type": "https://smartlibrary.org/problems/precondition-failed", "title": "Precondition failed", "status": 412,
             "detail": "If-Match \\"3\\" does not match the current version \\"4\\"; read the resource again and retry with its ETag",
             "instance": "/api/v1/partners/079a965b-e9f8-44c4-9f9f-90e7475621ac"}""";

    public static final String KEY_REUSED = """
            {"type": "https://smartlibrary.org/problems/idempotency-key-reused", "title": "Idempotency-Key reused",
             "status": 422, "detail": "this Idempotency-Key was already used with a different request body",
             "instance": "/api/v1/partners"}""";

    public static final String UNAUTHORIZED = """
            {"type": "https://smartlibrary.org/problems/unauthorized", "title": "Unauthorized", "status": 401,
             "detail": "send a valid bearer token in the Authorization header",
             "instance": "/api/v1/partners/079a965b-e9f8-44c4-9f9f-90e7475621ac"}""";

    /** The 403 problem another partner's administrator gets (as a JSON object, for the OpenAPI filter). */
    public static Map<String, Object> otherPartner(String instance) {
        return problem(403, "forbidden", "Forbidden", "only administrators of partner "
                + "079a965b-e9f8-44c4-9f9f-90e7475621ac may change it and its offerings", instance);
    }

    private static Map<String, Object> problem(int status, String slug, String title, String detail, String instance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://smartlibrary.org/problems/" + slug);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", instance.replace("{id}", "079a965b-e9f8-44c4-9f9f-90e7475621ac")
                .replace("{partnerId}", "079a965b-e9f8-44c4-9f9f-90e7475621ac")
                .replace("{offeringId}", "65984e65-6b3a-41df-8e24-d109577afdc5"));
        return problem;
    }

    private ApiExamples() {
    }
}
