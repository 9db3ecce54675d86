package org.smartlibrary.assessment.api;

/**
 * The OpenAPI examples of the responses, one JSON text per shape, each valid against its schema. They show the demo
 * data ({@code deploy/local/demo/data/libraries.json}): Northgate Community Library (Puget Sound Library
 * Cooperative, Seattle) and its "2027 digital skills and makerspace plan"; the ids are made up. The texts are
 * compile-time constants, put together from smaller ones, so that annotations can use them. Only the documentation
 * uses them.
 */
public final class ApiExamples {

    public static final String LIBRARY_ID = "5ba68dd7-a280-4d1d-9057-e02036f41959";
    public static final String ASSESSMENT_ID = "1e250c70-dff6-4e52-8690-a9c144e7cf0f";
    public static final String GOAL_ID = "117b86a0-c2d2-446a-b2a9-20ac45a37935";
    public static final String NEED_ID = "53faa3c4-3ea9-4123-8d95-5eaf07cedcf1";
    public static final String MONEY_NEED_ID = "9a7c3e51-0d2b-4f86-b1e4-6c8d2a5f7e93";
    public static final String OFFER_ID = "da16707b-ae61-46cf-ad81-3ac06f66a39e";

    public static final String LIBRARY_NAME = "Northgate Community Library";
    public static final String CONSORTIUM = "Puget Sound Library Cooperative";
    public static final String REGION = "Washington";
    public static final String CITY = "Seattle";
    public static final String TITLE = "2027 digital skills and makerspace plan";

    private static final String CREATED = "2026-10-05T09:00:00Z";
    private static final String UPDATED = "2026-10-12T14:30:00Z";
    private static final String COMPLETED = "2026-10-20T16:00:00Z";
    private static final String REVISED = "2027-01-15T10:00:00Z";

    /** A library (the view). */
    public static final String LIBRARY = "{\"id\": \"" + LIBRARY_ID + "\","
            + " \"name\": \"" + LIBRARY_NAME + "\","
            + " \"consortium\": \"" + CONSORTIUM + "\","
            + " \"region\": \"" + REGION + "\","
            + " \"city\": \"" + CITY + "\","
            + " \"location\": {\"latitude\": 47.7076, \"longitude\": -122.3251},"
            + " \"created_at\": \"2026-09-01T08:00:00Z\","
            + " \"updated_at\": \"2026-09-01T08:00:00Z\"}";

    /** A page of libraries, the last one. */
    public static final String LIBRARY_PAGE = "{\"items\": [" + LIBRARY + "], \"next_cursor\": null, \"limit\": 20}";

    // --- goals, needs and offers: the fields after the id, so that the copies of revision 2 can reuse them ---

    private static final String GOAL_FIELDS = " \"program_area\": \"INNOVATION_MAKERSPACE\","
            + " \"description\": \"Open a teen makerspace with fabrication and robotics\"}";

    private static final String ROBOT_KITS_FIELDS = " \"category\": \"TECHNOLOGY\", \"type\": \"TECHNOLOGY.ROBOTICS\","
            + " \"description\": \"Educational robot kits for the weekly teen robotics club\","
            + " \"quantity\": 40, \"unit\": \"kits\", \"amount\": null, \"currency\": null, \"period\": null,"
            + " \"horizon\": \"SHORT_TERM\", \"priority\": 4, \"current_capacity\": 6, \"goal_id\": \"";

    private static final String COORDINATOR_FIELDS = " \"category\": \"FINANCIAL\", \"type\": \"FINANCIAL.STAFFING\","
            + " \"description\": \"A part-time makerspace coordinator, 45,000 USD a year\","
            + " \"quantity\": null, \"unit\": null, \"amount\": 45000, \"currency\": \"USD\", \"period\": \"YEAR\","
            + " \"horizon\": \"LONG_TERM\", \"priority\": 4, \"current_capacity\": null, \"goal_id\": \"";

    private static final String OFFER_FIELDS = " \"type\": \"SPACE\","
            + " \"description\": \"Community room for 60 people and a 90 m2 basement room ready for a makerspace\"}";

    /** A goal (the view). */
    public static final String GOAL = "{\"id\": \"" + GOAL_ID + "\"," + GOAL_FIELDS;

    /** A quantity need (the view). */
    public static final String NEED = "{\"id\": \"" + NEED_ID + "\"," + ROBOT_KITS_FIELDS + GOAL_ID + "\"}";

    /** A recurring money need (the view): 45,000 USD a year. */
    public static final String MONEY_NEED = "{\"id\": \"" + MONEY_NEED_ID + "\"," + COORDINATOR_FIELDS + GOAL_ID + "\"}";

    /** An offer (the view). */
    public static final String OFFER = "{\"id\": \"" + OFFER_ID + "\"," + OFFER_FIELDS;

    public static final String GOAL_LIST = "[" + GOAL + "]";
    public static final String NEED_LIST = "[" + NEED + ", " + MONEY_NEED + "]";
    public static final String OFFER_LIST = "[" + OFFER + "]";

    // --- assessments ---

    private static final String ASSESSMENT_HEAD = "{\"id\": \"" + ASSESSMENT_ID + "\",";
    private static final String OWNER = " \"library_id\": \"" + LIBRARY_ID + "\", \"library\": " + LIBRARY + ",";
    private static final String ITEMS = " \"goals\": " + GOAL_LIST + ", \"needs\": " + NEED_LIST + ", \"offers\": "
            + OFFER_LIST + ",";

    /** Just started: revision 1, a draft without goals, needs and offers. */
    public static final String ASSESSMENT_NEW = ASSESSMENT_HEAD
            + " \"revision\": 1, \"latest_revision\": 1, \"status\": \"DRAFT\", \"title\": \"" + TITLE + "\"," + OWNER
            + " \"goals\": [], \"needs\": [], \"offers\": [],"
            + " \"created_at\": \"" + CREATED + "\", \"updated_at\": \"" + CREATED + "\", \"completed_at\": null}";

    /** The draft with a goal, two needs and an offer. */
    public static final String ASSESSMENT_DRAFT = ASSESSMENT_HEAD
            + " \"revision\": 1, \"latest_revision\": 1, \"status\": \"DRAFT\", \"title\": \"" + TITLE + "\"," + OWNER
            + ITEMS
            + " \"created_at\": \"" + CREATED + "\", \"updated_at\": \"" + UPDATED + "\", \"completed_at\": null}";

    /** The draft after a new title. */
    public static final String ASSESSMENT_RETITLED = ASSESSMENT_HEAD
            + " \"revision\": 1, \"latest_revision\": 1, \"status\": \"DRAFT\", \"title\": \"" + TITLE + " (revised)\","
            + OWNER + ITEMS
            + " \"created_at\": \"" + CREATED + "\", \"updated_at\": \"" + UPDATED + "\", \"completed_at\": null}";

    /** Revision 1 completed. */
    public static final String ASSESSMENT_COMPLETED = ASSESSMENT_HEAD
            + " \"revision\": 1, \"latest_revision\": 1, \"status\": \"COMPLETED\", \"title\": \"" + TITLE + "\","
            + OWNER + ITEMS
            + " \"created_at\": \"" + CREATED + "\", \"updated_at\": \"" + COMPLETED + "\","
            + " \"completed_at\": \"" + COMPLETED + "\"}";

    /** Revision 1 read after revision 2 was started. */
    public static final String ASSESSMENT_REVISION_1 = ASSESSMENT_HEAD
            + " \"revision\": 1, \"latest_revision\": 2, \"status\": \"COMPLETED\", \"title\": \"" + TITLE + "\","
            + OWNER + ITEMS
            + " \"created_at\": \"" + CREATED + "\", \"updated_at\": \"" + COMPLETED + "\","
            + " \"completed_at\": \"" + COMPLETED + "\"}";

    private static final String GOAL_COPY_ID = "2f8b6c14-7e3d-4a59-9c02-b1d4e6f8a357";

    /** Revision 2, the draft copy of revision 1: the same items under new ids, the goal links following the copies. */
    public static final String ASSESSMENT_REVISION_2 = ASSESSMENT_HEAD
            + " \"revision\": 2, \"latest_revision\": 2, \"status\": \"DRAFT\", \"title\": \"" + TITLE + "\"," + OWNER
            + " \"goals\": [{\"id\": \"" + GOAL_COPY_ID + "\"," + GOAL_FIELDS + "],"
            + " \"needs\": [{\"id\": \"d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f70\"," + ROBOT_KITS_FIELDS + GOAL_COPY_ID + "\"}, "
            + "{\"id\": \"0c9b8a7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d\"," + COORDINATOR_FIELDS + GOAL_COPY_ID + "\"}],"
            + " \"offers\": [{\"id\": \"7b6a5c4d-3e2f-4109-8a7b-6c5d4e3f2a1b\"," + OFFER_FIELDS + "],"
            + " \"created_at\": \"" + REVISED + "\", \"updated_at\": \"" + REVISED + "\", \"completed_at\": null}";

    /** A page of the assessment list: the demo plans of the two Puget Sound libraries. */
    public static final String ASSESSMENT_PAGE = "{\"items\": ["
            + "{\"id\": \"" + ASSESSMENT_ID + "\", \"revision\": 1, \"latest_revision\": 1, \"status\": \"COMPLETED\","
            + " \"title\": \"" + TITLE + "\", \"library_id\": \"" + LIBRARY_ID + "\","
            + " \"library_name\": \"" + LIBRARY_NAME + "\", \"consortium\": \"" + CONSORTIUM + "\","
            + " \"region\": \"" + REGION + "\", \"city\": \"" + CITY + "\","
            + " \"goal_count\": 1, \"need_count\": 2, \"offer_count\": 1,"
            + " \"created_at\": \"" + CREATED + "\", \"completed_at\": \"" + COMPLETED + "\"}, "
            + "{\"id\": \"3c8e1f7a-95d2-4b60-8e4f-d2a7b9c1e5f8\", \"revision\": 1, \"latest_revision\": 1,"
            + " \"status\": \"DRAFT\", \"title\": \"STEM and IT-job skills for Hilltop youth\","
            + " \"library_id\": \"a4d2c6e8-1b3f-4a5c-9d7e-0f2b4d6a8c1e\","
            + " \"library_name\": \"Hilltop Neighborhood Library\", \"consortium\": \"" + CONSORTIUM + "\","
            + " \"region\": \"" + REGION + "\", \"city\": \"Tacoma\","
            + " \"goal_count\": 2, \"need_count\": 5, \"offer_count\": 3,"
            + " \"created_at\": \"2026-09-28T11:00:00Z\", \"completed_at\": null}"
            + "], \"next_cursor\": null, \"limit\": 20}";

    /** The revisions of an assessment under revision. */
    public static final String REVISION_PAGE = "{\"items\": ["
            + "{\"revision\": 1, \"status\": \"COMPLETED\", \"title\": \"" + TITLE + "\","
            + " \"created_at\": \"" + CREATED + "\", \"completed_at\": \"" + COMPLETED + "\"}, "
            + "{\"revision\": 2, \"status\": \"DRAFT\", \"title\": \"" + TITLE + "\","
            + " \"created_at\": \"" + REVISED + "\", \"completed_at\": null}"
            + "], \"next_cursor\": null, \"limit\": 20}";

    /** The summary of the completed revision 1 (a goal, the robot kits, the coordinator, an offer). */
    public static final String SUMMARY = "{\"assessment_id\": \"" + ASSESSMENT_ID + "\", \"revision\": 1,"
            + " \"status\": \"COMPLETED\", \"goal_count\": 1, \"need_count\": 2, \"offer_count\": 1,"
            + " \"by_category\": ["
            + "{\"category\": \"FINANCIAL\", \"need_count\": 1, \"short_term\": 0, \"long_term\": 1, \"highest_priority\": 4}, "
            + "{\"category\": \"TECHNOLOGY\", \"need_count\": 1, \"short_term\": 1, \"long_term\": 0, \"highest_priority\": 4}, "
            + "{\"category\": \"HUMAN\", \"need_count\": 0, \"short_term\": 0, \"long_term\": 0, \"highest_priority\": null}],"
            + " \"by_horizon\": ["
            + "{\"horizon\": \"SHORT_TERM\", \"need_count\": 1, \"amounts\": [],"
            + " \"quantities\": [{\"unit\": \"kits\", \"requested\": 40, \"gap\": 34}]}, "
            + "{\"horizon\": \"LONG_TERM\", \"need_count\": 1,"
            + " \"amounts\": [{\"currency\": \"USD\", \"period\": \"YEAR\", \"requested\": 45000, \"gap\": 45000}],"
            + " \"quantities\": []}],"
            + " \"top_needs\": ["
            + "{\"rank\": 1, \"need_id\": \"" + MONEY_NEED_ID + "\", \"category\": \"FINANCIAL\","
            + " \"type\": \"FINANCIAL.STAFFING\", \"description\": \"A part-time makerspace coordinator, 45,000 USD a year\","
            + " \"priority\": 4, \"horizon\": \"LONG_TERM\", \"requested\": 45000, \"unit\": null, \"currency\": \"USD\","
            + " \"period\": \"YEAR\", \"current_capacity\": null, \"gap\": 45000, \"gap_ratio\": 1.0,"
            + " \"goal_id\": \"" + GOAL_ID + "\"}, "
            + "{\"rank\": 2, \"need_id\": \"" + NEED_ID + "\", \"category\": \"TECHNOLOGY\","
            + " \"type\": \"TECHNOLOGY.ROBOTICS\", \"description\": \"Educational robot kits for the weekly teen robotics club\","
            + " \"priority\": 4, \"horizon\": \"SHORT_TERM\", \"requested\": 40, \"unit\": \"kits\", \"currency\": null,"
            + " \"period\": null, \"current_capacity\": 6, \"gap\": 34, \"gap_ratio\": 0.85,"
            + " \"goal_id\": \"" + GOAL_ID + "\"}]}";

    private static final String NO_MONEY = " \"amounts\": [], \"quantities\": [{\"unit\": \"";

    /** The needs aggregate of the Puget Sound Library Cooperative over the demo data (both plans completed). */
    public static final String CONSORTIUM_AGGREGATE = "{\"consortium\": \"" + CONSORTIUM + "\","
            + " \"member_libraries\": 2, \"reporting_libraries\": 2, \"assessments_included\": 2, \"need_count\": 11,"
            + " \"by_category\": ["
            + "{\"category\": \"FINANCIAL\", \"need_count\": 2, \"library_count\": 2, \"short_term\": 1, \"long_term\": 1}, "
            + "{\"category\": \"TECHNOLOGY\", \"need_count\": 6, \"library_count\": 2, \"short_term\": 6, \"long_term\": 0}, "
            + "{\"category\": \"HUMAN\", \"need_count\": 3, \"library_count\": 2, \"short_term\": 0, \"long_term\": 3}],"
            + " \"by_type\": ["
            + "{\"type\": \"FINANCIAL.EQUIPMENT\", \"category\": \"FINANCIAL\", \"need_count\": 1, \"library_count\": 1,"
            + " \"short_term\": 1, \"long_term\": 0, \"average_priority\": 3.00,"
            + " \"amounts\": [{\"currency\": \"USD\", \"period\": \"ONE_TIME\", \"requested\": 45000, \"gap\": 45000}],"
            + " \"quantities\": []}, "
            + "{\"type\": \"FINANCIAL.STAFFING\", \"category\": \"FINANCIAL\", \"need_count\": 1, \"library_count\": 1,"
            + " \"short_term\": 0, \"long_term\": 1, \"average_priority\": 4.00,"
            + " \"amounts\": [{\"currency\": \"USD\", \"period\": \"YEAR\", \"requested\": 45000, \"gap\": 45000}],"
            + " \"quantities\": []}, "
            + "{\"type\": \"HUMAN.MENTORING\", \"category\": \"HUMAN\", \"need_count\": 1, \"library_count\": 1,"
            + " \"short_term\": 0, \"long_term\": 1, \"average_priority\": 3.00,"
            + NO_MONEY + "mentors\", \"requested\": 15, \"gap\": 15}]}, "
            + "{\"type\": \"HUMAN.TECH_EXPERTISE\", \"category\": \"HUMAN\", \"need_count\": 1, \"library_count\": 1,"
            + " \"short_term\": 0, \"long_term\": 1, \"average_priority\": 4.00,"
            + NO_MONEY + "hours\", \"requested\": 480, \"gap\": 480}]}, "
            + "{\"type\": \"HUMAN.WORKSHOP_VOLUNTEERS\", \"category\": \"HUMAN\", \"need_count\": 1, \"library_count\": 1,"
            + " \"short_term\": 0, \"long_term\": 1, \"average_priority\": 3.00,"
            + NO_MONEY + "volunteers\", \"requested\": 8, \"gap\": 6}]}, "
            + "{\"type\": \"TECHNOLOGY.CONNECTIVITY\", \"category\": \"TECHNOLOGY\", \"need_count\": 1, \"library_count\": 1,"
            + " \"short_term\": 1, \"long_term\": 0, \"average_priority\": 5.00,"
            + NO_MONEY + "units\", \"requested\": 80, \"gap\": 70}]}, "
            + "{\"type\": \"TECHNOLOGY.DEVICES\", \"category\": \"TECHNOLOGY\", \"need_count\": 1, \"library_count\": 1,"
            + " \"short_term\": 1, \"long_term\": 0, \"average_priority\": 3.00,"
            + NO_MONEY + "devices\", \"requested\": 120, \"gap\": 85}]}, "
            + "{\"type\": \"TECHNOLOGY.FABRICATION\", \"category\": \"TECHNOLOGY\", \"need_count\": 1, \"library_count\": 1,"
            + " \"short_term\": 1, \"long_term\": 0, \"average_priority\": 4.00,"
            + NO_MONEY + "machines\", \"requested\": 3, \"gap\": 3}]}, "
            + "{\"type\": \"TECHNOLOGY.ROBOTICS\", \"category\": \"TECHNOLOGY\", \"need_count\": 2, \"library_count\": 2,"
            + " \"short_term\": 2, \"long_term\": 0, \"average_priority\": 3.50,"
            + NO_MONEY + "kits\", \"requested\": 52, \"gap\": 44}]}, "
            + "{\"type\": \"TECHNOLOGY.SOFTWARE\", \"category\": \"TECHNOLOGY\", \"need_count\": 1, \"library_count\": 1,"
            + " \"short_term\": 1, \"long_term\": 0, \"average_priority\": 3.00,"
            + NO_MONEY + "licenses\", \"requested\": 200, \"gap\": 175}]}],"
            + " \"by_horizon\": ["
            + "{\"horizon\": \"SHORT_TERM\", \"need_count\": 7, \"library_count\": 2}, "
            + "{\"horizon\": \"LONG_TERM\", \"need_count\": 4, \"library_count\": 2}]}";

    private ApiExamples() {
    }
}
