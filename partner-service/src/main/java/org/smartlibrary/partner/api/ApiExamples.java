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

    public static final String DUPLICATE = """
            {"type": "https://smartlibrary.org/problems/duplicate-partner", "title": "Partner already registered",
             "status": 409, "detail": "an organization with the same name is registered as 'Brightbyte Robotics B.V.' \
            (079a965b-e9f8-44c4-9f9f-90e7475621ac); if this is a different organization, send the registration again \
            with confirm_distinct: true", "instance": "/api/v1/partners",
             "existing_partner": {"id": "079a965b-e9f8-44c4-9f9f-90e7475621ac", "name": "Brightbyte Robotics B.V.",
                                  "href": "/api/v1/partners/079a965b-e9f8-44c4-9f9f-90e7475621ac", "matched_on": "name"}}""";

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
