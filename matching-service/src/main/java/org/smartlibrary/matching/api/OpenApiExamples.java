package org.smartlibrary.matching.api;

/**
 * Example documents of the REST API, shown in the OpenAPI description (referenced by the resources). Each is valid
 * against its schema (OpenApiContractTest checks it) and tells one story from the demo data
 * (deploy/local/demo/data): Northgate Community Library in Seattle, matched on 2027-01-11.
 */
public final class OpenApiExamples {

    public static final String READY = """
            {"assessment_id":"6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f","status":"READY","revision":1,
             "recommendation_set_version":2,"generated_at":"2027-01-11T09:00:03.004Z","evaluated_on":"2027-01-11",
             "trigger":"PARTNER_CHANGED","refresh_pending":false,"library_id":"3b9d6c1e-2f4a-4e8b-a7c5-1d2e3f4a5b6c",
             "library_name":"Northgate Community Library","partners_matched":1,
             "recommendations":[{"rank":1,"partner_id":"9a7e5c3b-1d2f-4a6b-8c9d-0e1f2a3b4c5d",
               "partner_name":"Cascade Robotics Cooperative","partner_type":"PRIVATE_COMPANY",
               "verification":"UNVERIFIED","score":0.1612,"coverage":0.1739,"match_quality":0.8542,
               "flags":["UNVERIFIED"],
               "covered_needs":[{"need_id":"4c8e2a6f-0b1d-4e3f-9a5b-7c6d8e9f0a1b","need_type":"TECHNOLOGY.ROBOTICS",
                 "priority":4,"offering_id":"7d2b9e4a-6c1f-4b8d-a3e5-2f0c9b8a7d6e",
                 "offering_type":"TECHNOLOGY.ROBOTICS","coverage":1,"partial":false,"match_score":0.8542,
                 "flags":[]}],
               "explanation":[{"criterion":"CAPACITY","value":1,"weight":0.3,
                 "text":"capacity 60 ≥ gap 34 kits (need 40 − current 6): full cover",
                 "need_id":"4c8e2a6f-0b1d-4e3f-9a5b-7c6d8e9f0a1b"},
                 {"criterion":"GEOGRAPHY","value":1,"weight":0.1,"text":"serves the library's city Seattle",
                  "need_id":null}]}],
             "coverage_plan":{"partners":[{"partner_id":"9a7e5c3b-1d2f-4a6b-8c9d-0e1f2a3b4c5d",
               "partner_name":"Cascade Robotics Cooperative","added_weight":4,
               "need_ids":["4c8e2a6f-0b1d-4e3f-9a5b-7c6d8e9f0a1b"],
               "asks":[{"need_id":"4c8e2a6f-0b1d-4e3f-9a5b-7c6d8e9f0a1b",
                 "offering_id":"7d2b9e4a-6c1f-4b8d-a3e5-2f0c9b8a7d6e","quantity":34}],
               "balanced_instead_of":null}],
               "partner_ids":["9a7e5c3b-1d2f-4a6b-8c9d-0e1f2a3b4c5d"],"covered_weight":4,"total_weight":23,
               "covered_share":0.1739},
             "unmet_needs":[{"need_id":"5e9f3b7a-1c2d-4f4a-8b6c-3a1d0c9b8e7f","need_type":"TECHNOLOGY.FABRICATION",
               "priority":4,"reason":"OUTSIDE_SERVICE_AREA","covered":0,
               "detail":"1 active offering(s) of type TECHNOLOGY.FABRICATION exist, but none serves the library's area"}],
             "alternatives":[{"need_id":"5e9f3b7a-1c2d-4f4a-8b6c-3a1d0c9b8e7f",
               "partner_id":"9a7e5c3b-1d2f-4a6b-8c9d-0e1f2a3b4c5d","partner_name":"Cascade Robotics Cooperative",
               "offering_id":"7d2b9e4a-6c1f-4b8d-a3e5-2f0c9b8a7d6e","offering_type":"TECHNOLOGY.ROBOTICS",
               "text":"TECHNOLOGY.ROBOTICS is related to TECHNOLOGY.FABRICATION: an idea only, not counted as a cover of this need"}],
             "via_consortium":[{"partner_id":"b2d4f6a8-0c1e-4a3b-8d5f-7e9a1c3b5d7f",
               "partner_name":"Puget Sound STEM Kits","consortium":"Puget Sound Library Cooperative",
               "consortium_set_version":1,"flags":["VIA_CONSORTIUM"],
               "needs":[{"need_id":"4c8e2a6f-0b1d-4e3f-9a5b-7c6d8e9f0a1b","pool_key":"TECHNOLOGY.ROBOTICS|unit:kits",
                 "offering_id":"c3e5a7b9-1d2f-4b4c-9e6a-8f0b2d4c6e8a","gap":34,"share":34,"planned":false}],
               "text":"available through Puget Sound Library Cooperative: its pooled TECHNOLOGY.ROBOTICS need of 44 kits from 2 libraries meets this partner's terms; this library's share would be 34 kits",
               "consortium_recommendations":"/api/v1/consortia/Puget%20Sound%20Library%20Cooperative/recommendations"}],
             "changes":{"compared_with_revision":1,"compared_with_set_version":1,"partners_added":[],
               "partners_removed":[{"partner_id":"e4f6a8b0-c2d4-4e6f-8a0b-2c4d6e8f0a2b",
                 "partner_name":"Northwest Refurb Computers","previous_rank":2,"rank":null}],"rank_changes":[],
               "via_consortium_added":[],"via_consortium_removed":[]}}""";

    /** Every property present: what is not known while the newest revision is being matched is null. */
    public static final String PENDING = """
            {"assessment_id":"6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f","status":"PENDING","revision":2,
             "recommendation_set_version":null,"generated_at":null,"evaluated_on":null,"trigger":null,
             "refresh_pending":null,"library_id":"3b9d6c1e-2f4a-4e8b-a7c5-1d2e3f4a5b6c","library_name":"Northgate Community Library",
             "partners_matched":null,"recommendations":null,"coverage_plan":null,"unmet_needs":null,
             "alternatives":null,"via_consortium":null,"changes":null}""";

    public static final String FEEDBACK_REQUEST = """
            {"outcome":"DECLINED","decline_reason":"CONDITIONS_UNACCEPTABLE",
             "note":"The 20% co-funding is not possible this year."}""";

    /** Declined: Rainier Community Foundation's staffing grant requires 20% matching funds. */
    public static final String FEEDBACK = """
            {"id":"0b7a1e62-4d0f-4c53-9d7e-2f1b2c3d4e5f","assessment_id":"6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f",
             "partner_id":"c1d3e5f7-a9b2-4c4d-8e6f-0a2b4c6d8e0f","revision":1,"recommendation_set_version":2,
             "outcome":"DECLINED","decline_reason":"CONDITIONS_UNACCEPTABLE",
             "note":"The 20% co-funding is not possible this year.","recorded_at":"2027-01-14T10:15:00Z"}""";

    public static final String FEEDBACK_PAGE = "{\"items\":[" + FEEDBACK + "],\"next_cursor\":null,\"limit\":20}";

    public static final String EXCLUDED = """
            {"assessment_id":"6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f","revision":1,"recommendation_set_version":2,
             "total":2,"items":[{"need_id":"4c8e2a6f-0b1d-4e3f-9a5b-7c6d8e9f0a1b","partner_id":"2b4d6f8a-0c1e-4a3b-9d5f-7e6a8c0b2d4f",
               "partner_name":"Tacoma School District STEM Office","offering_id":"8e0a2c4d-6f1b-4d3a-b5c7-9e8f0a1b2c3d",
               "offering_type":"TECHNOLOGY.ROBOTICS","reasons":[{"gate":"SERVICE_AREA","code":"OUTSIDE_SERVICE_AREA",
               "text":"partner serves regions [Washington] and cities [Tacoma], not Seattle (Washington)"}]},
               {"need_id":"5e9f3b7a-1c2d-4f4a-8b6c-3a1d0c9b8e7f","partner_id":"f0e1d2c3-b4a5-4968-8776-a5b4c3d2e1f0",
               "partner_name":"Maker Collective Tacoma","offering_id":"0d1e2f3a-4b5c-4d6e-9f7a-8b9c0d1e2f3a",
               "offering_type":"TECHNOLOGY.FABRICATION","reasons":[{"gate":"SERVICE_AREA","code":"OUTSIDE_SERVICE_AREA",
               "text":"partner serves regions [Washington] and cities [Tacoma], not Seattle (Washington)"}]}],
             "next_cursor":null,"limit":20}""";

    /** Cascade Robotics Cooperative's view: the libraries it is recommended to. */
    public static final String PARTNER_DEMAND = """
            {"partner_id":"9a7e5c3b-1d2f-4a6b-8c9d-0e1f2a3b4c5d","partner_name":"Puget Sound STEM Kits",
             "offerings":[{"offering_id":"7d2b9e4a-6c1f-4b8d-a3e5-2f0c9b8a7d6e","offering_type":"TECHNOLOGY.ROBOTICS",
               "status":"ACTIVE","capacity":60,"unit":"kits","currency":null,"period":null,"asked":74,"libraries":3,
               "utilization":1.2333,"oversubscribed":true}]}""";

    public static final String MATCHING_LIBRARIES = """
            {"items":[{"assessment_id":"6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f","revision":1,
               "recommendation_set_version":2,"library_id":"3b9d6c1e-2f4a-4e8b-a7c5-1d2e3f4a5b6c",
               "library_name":"Northgate Community Library","region":"Washington","city":"Seattle","rank":1,
               "score":0.1612,"covered_needs":[{"need_id":"4c8e2a6f-0b1d-4e3f-9a5b-7c6d8e9f0a1b",
               "need_type":"TECHNOLOGY.ROBOTICS","priority":4,"offering_id":"7d2b9e4a-6c1f-4b8d-a3e5-2f0c9b8a7d6e",
               "offering_type":"TECHNOLOGY.ROBOTICS","coverage":1,"partial":false,
               "match_score":0.8542,"flags":[]}],"latest_outcome":"CONTACTED",
               "generated_at":"2027-01-11T09:00:03.004Z"}],
             "next_cursor":"NmYxYzJhNGUtOGQzYi00YzVhLTllN2YtMGExYjJjM2Q0ZTVm","limit":20}""";

    /**
     * Two libraries of the Puget Sound Library Consortium need learning-software licences; Cascade Learning Software
     * sells no fewer than 100. Northgate's revision 2 raised its gap from 30 to 70: pooled, 120 from 2 libraries now
     * reach the minimum order, which 80 did not.
     */
    public static final String CONSORTIUM_RECOMMENDATIONS = """
            {"consortium":"Puget Sound Library Consortium","set_version":2,"generated_at":"2027-01-11T09:00:03.004Z",
             "evaluated_on":"2027-01-11","trigger":"ASSESSMENT_COMPLETED","refresh_pending":false,"partners_matched":1,
             "members":[
               {"library_id":"3b9d6c1e-2f4a-4e8b-a7c5-1d2e3f4a5b6c","library_name":"Northgate Community Library",
                "assessment_id":"6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f","revision":2},
               {"library_id":"5d1f3a7c-9e2b-4c6d-8f0a-1b3c5d7e9f2a","library_name":"Vashon Island Library",
                "assessment_id":"8a2c4e6f-0b1d-4f3a-9c5e-7d9f1b3d5e7a","revision":1}],
             "pooled_needs":[{"pool_key":"TECHNOLOGY.SOFTWARE|unit:licenses","need_type":"TECHNOLOGY.SOFTWARE",
               "quantity":120,"unit":"licenses","amount":null,"currency":null,"period":null,"horizon":"SHORT_TERM",
               "priority":4,"libraries":2,
               "contributions":[{"library_id":"3b9d6c1e-2f4a-4e8b-a7c5-1d2e3f4a5b6c",
                 "library_name":"Northgate Community Library","assessment_id":"6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f",
                 "need_id":"4c8e2a6f-0b1d-4e3f-9a5b-7c6d8e9f0a1b","gap":70},
                 {"library_id":"5d1f3a7c-9e2b-4c6d-8f0a-1b3c5d7e9f2a","library_name":"Vashon Island Library",
                 "assessment_id":"8a2c4e6f-0b1d-4f3a-9c5e-7d9f1b3d5e7a",
                 "need_id":"2e4a6c8b-0d1f-4a3c-9e5b-7f9a1c3e5d7b","gap":50}]}],
             "recommendations":[{"rank":1,"partner_id":"9a7e5c3b-1d2f-4a6b-8c9d-0e1f2a3b4c5d",
               "partner_name":"Cascade Learning Software","partner_type":"PRIVATE_COMPANY","verification":"VERIFIED",
               "score":0.9275,"coverage":1,"match_quality":0.855,"flags":[],
               "covered_needs":[{"pool_key":"TECHNOLOGY.SOFTWARE|unit:licenses","need_type":"TECHNOLOGY.SOFTWARE",
                 "priority":4,"offering_id":"7d2b9e4a-6c1f-4b8d-a3e5-2f0c9b8a7d6e","offering_type":"TECHNOLOGY.SOFTWARE",
                 "coverage":1,"partial":false,"match_score":0.855,"flags":[]}],
               "explanation":[{"criterion":"CAPACITY","value":1,"weight":0.3,
                 "text":"capacity 500 ≥ pooled need 120 licenses: full cover",
                 "pool_key":"TECHNOLOGY.SOFTWARE|unit:licenses"},
                 {"criterion":"GEOGRAPHY","value":0.8,"weight":0.1,"text":"serves the members' main region Washington",
                  "pool_key":null}]}],
             "coverage_plan":{"partners":[{"partner_id":"9a7e5c3b-1d2f-4a6b-8c9d-0e1f2a3b4c5d",
               "partner_name":"Cascade Learning Software","added_weight":4,
               "pool_keys":["TECHNOLOGY.SOFTWARE|unit:licenses"],
               "asks":[{"pool_key":"TECHNOLOGY.SOFTWARE|unit:licenses",
                 "offering_id":"7d2b9e4a-6c1f-4b8d-a3e5-2f0c9b8a7d6e","quantity":120}],
               "balanced_instead_of":null}],
               "partner_ids":["9a7e5c3b-1d2f-4a6b-8c9d-0e1f2a3b4c5d"],"covered_weight":4,"total_weight":4,
               "covered_share":1},
             "unmet_needs":[],
             "shares":[{"pool_key":"TECHNOLOGY.SOFTWARE|unit:licenses","library_id":"3b9d6c1e-2f4a-4e8b-a7c5-1d2e3f4a5b6c",
               "library_name":"Northgate Community Library","assessment_id":"6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f",
               "need_id":"4c8e2a6f-0b1d-4e3f-9a5b-7c6d8e9f0a1b","gap":70,"share":70},
               {"pool_key":"TECHNOLOGY.SOFTWARE|unit:licenses","library_id":"5d1f3a7c-9e2b-4c6d-8f0a-1b3c5d7e9f2a",
               "library_name":"Vashon Island Library","assessment_id":"8a2c4e6f-0b1d-4f3a-9c5e-7d9f1b3d5e7a",
               "need_id":"2e4a6c8b-0d1f-4a3c-9e5b-7f9a1c3e5d7b","gap":50,"share":50}],
             "changes":{"compared_with_set_version":1,"members_joined":[],"members_left":[],
               "members_revised":[{"library_id":"3b9d6c1e-2f4a-4e8b-a7c5-1d2e3f4a5b6c",
                 "library_name":"Northgate Community Library","assessment_id":"6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f",
                 "previous_revision":1,"revision":2}],
               "pooled_needs_changed":[{"pool_key":"TECHNOLOGY.SOFTWARE|unit:licenses","previous_total":80,
                 "total":120,"previous_libraries":2,"libraries":2}],
               "needs_newly_met":["TECHNOLOGY.SOFTWARE|unit:licenses"],"needs_newly_unmet":[],
               "partners_added":[{"partner_id":"9a7e5c3b-1d2f-4a6b-8c9d-0e1f2a3b4c5d",
                 "partner_name":"Cascade Learning Software","previous_rank":null,"rank":1}],
               "partners_removed":[],"rank_changes":[]}}""";

    private OpenApiExamples() {
    }
}
