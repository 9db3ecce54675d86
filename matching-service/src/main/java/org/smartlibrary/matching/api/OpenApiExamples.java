package org.smartlibrary.matching.api;

/** Example documents of the REST API, shown in the OpenAPI description (referenced by the resources). */
public final class OpenApiExamples {

    public static final String READY = """
            {"assessment_id":"1e250c70-dff6-4e52-8690-a9c144e7cf0f","status":"READY","revision":1,
             "recommendation_set_version":2,"generated_at":"2025-04-01T09:00:03.004Z","evaluated_on":"2025-04-01",
             "trigger":"PARTNER_CHANGED","refresh_pending":false,"library_id":"5ba68dd7-a280-4d1d-9057-e02036f41959",
             "library_name":"Eindhoven City Library","partners_matched":1,
             "recommendations":[{"rank":1,"partner_id":"079a965b-e9f8-44c4-9f9f-90e7475621ac",
               "partner_name":"Brightbyte Robotics B.V.","partner_type":"IT_COMPANY","verification":"VERIFIED",
               "score":0.1346,"coverage":0.1488,"match_quality":0.8093,"flags":["PARTIAL_COVER"],
               "covered_needs":[{"need_id":"53faa3c4-3ea9-4123-8d95-5eaf07cedcf1","need_type":"TECHNOLOGY.ROBOTICS",
                 "priority":5,"offering_id":"65984e65-6b3a-41df-8e24-d109577afdc5",
                 "offering_type":"TECHNOLOGY.ROBOTICS","coverage":0.5357,"partial":true,"match_score":0.8093,
                 "flags":["PARTIAL_COVER"]}],
               "explanation":[{"criterion":"CAPACITY","value":0.5357,"weight":0.3,
                 "text":"capacity 150 of gap 280 kits (need 300 − current 20) → partial 54%",
                 "need_id":"53faa3c4-3ea9-4123-8d95-5eaf07cedcf1"},
                 {"criterion":"GEOGRAPHY","value":1.0,"weight":0.1,"text":"serves the library's city Eindhoven",
                  "need_id":null}]}],
             "coverage_plan":{"partners":[{"partner_id":"079a965b-e9f8-44c4-9f9f-90e7475621ac",
               "partner_name":"Brightbyte Robotics B.V.","added_weight":2.6786,
               "need_ids":["53faa3c4-3ea9-4123-8d95-5eaf07cedcf1"]}],
               "partner_ids":["079a965b-e9f8-44c4-9f9f-90e7475621ac"],"covered_weight":2.6786,"total_weight":18,
               "covered_share":0.1488},
             "unmet_needs":[{"need_id":"b74add46-8835-4923-9e16-8e912e8e30db","need_type":"HUMAN.DESIGN_EXPERTISE",
               "priority":2,"reason":"NO_CANDIDATE","covered":0,
               "detail":"no active offering of HUMAN.DESIGN_EXPERTISE"}],
             "alternatives":[{"need_id":"8d4d2cd6-1c9c-4db1-937d-d03b94b09201",
               "partner_id":"079a965b-e9f8-44c4-9f9f-90e7475621ac","partner_name":"Brightbyte Robotics B.V.",
               "offering_id":"d89fc652-6fcc-4e07-bdab-946af700d2d6","offering_type":"HUMAN.TECH_EXPERTISE",
               "text":"HUMAN.TECH_EXPERTISE is related to HUMAN.STAFF_SKILLS: an idea only, not counted as a cover of this need"}],
             "changes":{"compared_with_revision":1,"compared_with_set_version":1,"partners_added":[],
               "partners_removed":[{"partner_id":"4eac0e94-1b72-439a-894b-ee8c0094a8d0",
                 "partner_name":"Fonds Digitale Inclusie","previous_rank":2,"rank":null}],"rank_changes":[]}}""";

    public static final String PENDING = """
            {"assessment_id":"1e250c70-dff6-4e52-8690-a9c144e7cf0f","status":"PENDING","revision":2,
             "library_id":"5ba68dd7-a280-4d1d-9057-e02036f41959","library_name":"Eindhoven City Library"}""";

    public static final String FEEDBACK_REQUEST = """
            {"outcome":"DECLINED","decline_reason":"CONDITIONS_UNACCEPTABLE",
             "note":"Co-funding of 25% is not possible this year."}""";

    public static final String FEEDBACK = """
            {"id":"0b7a1e62-4d0f-4c53-9d7e-2f1b2c3d4e5f","assessment_id":"1e250c70-dff6-4e52-8690-a9c144e7cf0f",
             "partner_id":"4eac0e94-1b72-439a-894b-ee8c0094a8d0","revision":1,"recommendation_set_version":2,
             "outcome":"DECLINED","decline_reason":"CONDITIONS_UNACCEPTABLE",
             "note":"Co-funding of 25% is not possible this year.","recorded_at":"2025-04-03T10:15:00Z"}""";

    public static final String FEEDBACK_PAGE = "{\"items\":[" + FEEDBACK + "],\"next_cursor\":null,\"limit\":20}";

    public static final String EXCLUDED = """
            {"assessment_id":"1e250c70-dff6-4e52-8690-a9c144e7cf0f","revision":1,"recommendation_set_version":2,
             "total":1,"items":[{"need_id":"91d1d12f-bc0b-41ab-bc38-add9e258cb98","partner_id":"4eac0e94-1b72-439a-894b-ee8c0094a8d0",
               "partner_name":"Fonds Digitale Inclusie","offering_id":"2d7c1778-fb2f-4505-854e-94f8d7e8ec97",
               "offering_type":"FINANCIAL.EQUIPMENT","reasons":[{"gate":"STATUS","code":"NOT_ACTIVE",
               "text":"offering status is EXPIRED, not ACTIVE"},
               {"gate":"AVAILABILITY","code":"WINDOW_ENDED","text":"availability ended on 2024-12-31"}]}],
             "next_cursor":null,"limit":20}""";

    public static final String MATCHING_LIBRARIES = """
            {"items":[{"assessment_id":"1e250c70-dff6-4e52-8690-a9c144e7cf0f","revision":1,
               "recommendation_set_version":2,"library_id":"5ba68dd7-a280-4d1d-9057-e02036f41959",
               "library_name":"Eindhoven City Library","region":"North Brabant","city":"Eindhoven","rank":1,
               "score":0.1346,"covered_needs":[{"need_id":"53faa3c4-3ea9-4123-8d95-5eaf07cedcf1",
               "need_type":"TECHNOLOGY.ROBOTICS","priority":5,"offering_id":"65984e65-6b3a-41df-8e24-d109577afdc5",
               "offering_type":"TECHNOLOGY.ROBOTICS","coverage":0.5357,"partial":true,
               "match_score":0.8093,"flags":["PARTIAL_COVER"]}],"latest_outcome":"CONTACTED",
               "generated_at":"2025-04-01T09:00:03.004Z"}],
             "next_cursor":"MWUyNTBjNzAtZGZmNi00ZTUyLTg2OTAtYTljMTQ0ZTdjZjBm","limit":20}""";

    private OpenApiExamples() {
    }
}
