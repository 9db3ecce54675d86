package org.smartlibrary.assessment.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.smartlibrary.assessment.Api;
import org.smartlibrary.testkit.TestTokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.smartlibrary.assessment.Api.json;

/**
 * The CSV form of an assessment's needs ({@code Accept: text/csv}): one row per need with the JSON properties as
 * columns, RFC 4180 quoting, formulas neutralised, the header row also for no needs, and exactly the errors of the
 * JSON form, as problem documents.
 */
@QuarkusTest
class NeedsCsvTest {

    private static final String NEEDS = "/api/v1/assessments/{id}/needs";
    private static final String HEADER = "id,category,type,description,quantity,unit,amount,currency,period,horizon,"
            + "priority,current_capacity,goal_id\r\n";

    @Test
    void everyNeedIsOneRowWithTheColumnsOfTheJsonForm() {
        String id = Api.createAssessment(Api.createLibrary(null));
        String goalId = Api.addGoal(id, "IT_JOB_SKILLS");
        Map<String, Object> robots = Api.robotsNeed();
        robots.put("goal_id", goalId);
        String robotsId = Api.addNeed(id, robots);
        String grantId = Api.addNeed(id, Api.grantNeed());
        Map<String, Object> quoted = Api.volunteersNeed();
        quoted.put("description", "Mentors, \"senior\" ones\nand students");
        String quotedId = Api.addNeed(id, quoted);
        Map<String, Object> formula = Api.staffingPerYearNeed();
        formula.put("description", "=HYPERLINK(\"http://evil.example\",\"click\")");
        String formulaId = Api.addNeed(id, formula);
        Map<String, Object> unicode = Api.volunteersNeed();
        unicode.put("description", "Bibliothèque – 図書館 🙂");
        unicode.put("unit", "bénévoles");
        String unicodeId = Api.addNeed(id, unicode);

        String csv = Api.as(Api.ownerOf(id)).accept("text/csv").get(NEEDS, id).then()
                .statusCode(200)
                .header("Content-Type", "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"needs-" + id + ".csv\"")
                .header("ETag", nullValue())
                .extract().asString();

        assertCsv(HEADER
                + robotsId + ",TECHNOLOGY,TECHNOLOGY.ROBOTICS,Programmable educational robots for the coding club,"
                + "300,kits,,,,SHORT_TERM,5,20," + goalId + "\r\n"
                + grantId + ",FINANCIAL,FINANCIAL.PROGRAM,Two-year program grant for the coding club,,,45000,EUR,"
                + "ONE_TIME,LONG_TERM,4,5000,\r\n"
                + quotedId + ",HUMAN,HUMAN.WORKSHOP_VOLUNTEERS,\"Mentors, \"\"senior\"\" ones\nand students\","
                + "12,volunteers,,,,LONG_TERM,4,,\r\n"
                + formulaId + ",FINANCIAL,FINANCIAL.STAFFING,"
                + "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",,,30000,USD,YEAR,LONG_TERM,4,5000,\r\n"
                + unicodeId + ",HUMAN,HUMAN.WORKSHOP_VOLUNTEERS,Bibliothèque – 図書館 🙂,12,bénévoles,,,,LONG_TERM,4,,"
                + "\r\n", csv);
    }

    @Test
    void theJsonFormStaysTheDefault() {
        String id = Api.createAssessment(Api.createLibrary(null));
        Api.addNeed(id, Api.robotsNeed());
        for (String accept : new String[]{"*/*", "application/json", "application/json, text/csv"}) {
            Api.as(Api.ownerOf(id)).accept(accept).get(NEEDS, id).then()
                    .statusCode(200)
                    .contentType("application/json")
                    .header("Content-Disposition", nullValue())
                    .body("$", hasSize(1))
                    .body("[0].type", equalTo("TECHNOLOGY.ROBOTICS"));
        }
        Api.as(Api.ownerOf(id)).get(NEEDS, id).then().statusCode(200).contentType("application/json");
    }

    @Test
    void anAssessmentWithoutNeedsIsTheHeaderRow() {
        String id = Api.createAssessment(Api.createLibrary(null));
        String csv = Api.as(Api.ownerOf(id)).accept("text/csv").get(NEEDS, id).then().statusCode(200)
                .extract().asString();
        assertCsv(HEADER, csv);
    }

    @Test
    void whoMayNotReadTheNeedsGetsTheProblemOfTheJsonForm() {
        String id = Api.createAssessment(Api.createLibrary(null));
        Api.addNeed(id, Api.robotsNeed());
        String otherStaff = Api.staffOf(Api.createLibrary(null));
        String analyst = TestTokens.consortiumAnalyst("Any consortium");

        for (String token : List.of(otherStaff, analyst)) {
            Response asJson = Api.as(token).accept("application/json").get(NEEDS, id);
            Response asCsv = Api.as(token).accept("text/csv").get(NEEDS, id);
            asCsv.then().contentType("application/problem+json");
            assertEquals(asJson.statusCode(), asCsv.statusCode());
            assertEquals(asJson.jsonPath().getString("type"), asCsv.jsonPath().getString("type"));
            assertEquals(asJson.jsonPath().getString("detail"), asCsv.jsonPath().getString("detail"));
        }
        Api.as(otherStaff).accept("text/csv").get(NEEDS, id).then().statusCode(404);
        Api.as(analyst).accept("text/csv").get(NEEDS, id).then().statusCode(403);
        Api.as(Api.ownerOf(id)).accept("text/csv").get(NEEDS, UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");
        Api.as(Api.ownerOf(id)).accept("text/csv").get(NEEDS, "not-a-uuid").then()
                .statusCode(400).contentType("application/problem+json");
        json().accept("text/csv").get(NEEDS, id).then()
                .statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
    }

    /** Compared with the line ends visible, so that a missing CR shows in the failure. */
    static void assertCsv(String expected, String actual) {
        assertEquals(expected.replace("\r", "\\r"), actual.replace("\r", "\\r"));
    }
}
