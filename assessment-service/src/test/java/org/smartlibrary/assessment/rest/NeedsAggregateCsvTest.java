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
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.smartlibrary.assessment.rest.NeedsCsvTest.assertCsv;

/**
 * The CSV form of a consortium's needs aggregate ({@code Accept: text/csv}): one row per resource type and total,
 * user text quoted and neutralised, the header row also when nothing is completed, and exactly the errors of the
 * JSON form.
 */
@QuarkusTest
class NeedsAggregateCsvTest {

    private static final String AGGREGATE = "/api/v1/consortia/{consortium}/needs-aggregate";
    private static final String HEADER = "category,type,need_count,library_count,short_term,long_term,"
            + "average_priority,unit,currency,period,requested,gap\r\n";

    @Test
    void everyTypeAndTotalIsOneRow() {
        String consortium = "CSV Cooperative " + UUID.randomUUID();
        String first = Api.createAssessment(Api.createLibrary(consortium));
        Api.addNeed(first, Api.robotsNeed());
        Api.addNeed(first, Api.grantNeed());
        Api.addNeed(first, Api.staffingPerYearNeed());
        Api.complete(first).statusCode(200);
        String second = Api.createAssessment(Api.createLibrary(consortium));
        Api.addNeed(second, robots(10, "boxes, \"large\"\nsets", 3));
        Api.addNeed(second, robots(2, "=SUM(A1)", 4));
        Api.complete(second).statusCode(200);
        Api.addNeed(Api.createAssessment(Api.createLibrary(consortium)), Api.volunteersNeed()); // a draft: not counted

        String csv = Api.as(TestTokens.consortiumAnalyst(consortium)).accept("text/csv").get(AGGREGATE, consortium)
                .then().statusCode(200)
                .header("Content-Type", "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"needs-aggregate-"
                        + consortium.replace(' ', '-') + ".csv\"")
                .extract().asString();

        assertCsv(HEADER
                + "FINANCIAL,FINANCIAL.PROGRAM,1,1,0,1,4.00,,EUR,ONE_TIME,45000,40000\r\n"
                + "FINANCIAL,FINANCIAL.STAFFING,1,1,0,1,4.00,,USD,YEAR,30000,25000\r\n"
                + "TECHNOLOGY,TECHNOLOGY.ROBOTICS,3,2,3,0,4.00,'=SUM(A1),,,2,2\r\n"
                + "TECHNOLOGY,TECHNOLOGY.ROBOTICS,3,2,3,0,4.00,\"boxes, \"\"large\"\"\nsets\",,,10,10\r\n"
                + "TECHNOLOGY,TECHNOLOGY.ROBOTICS,3,2,3,0,4.00,kits,,,300,280\r\n", csv);

        Api.as(TestTokens.consortiumAnalyst(consortium)).get(AGGREGATE, consortium).then()
                .statusCode(200).contentType("application/json")
                .header("Content-Disposition", nullValue())
                .body("need_count", equalTo(5));
    }

    @Test
    void aConsortiumWithoutCompletedAssessmentsIsTheHeaderRow() {
        String consortium = "Drafts only " + UUID.randomUUID();
        Api.addNeed(Api.createAssessment(Api.createLibrary(consortium)), Api.robotsNeed());
        String csv = Api.as(Api.platformAdmin()).accept("text/csv").get(AGGREGATE, consortium).then()
                .statusCode(200).extract().asString();
        assertCsv(HEADER, csv);
    }

    @Test
    void whoMayNotReadTheAggregateGetsTheProblemOfTheJsonForm() {
        String consortium = "Private " + UUID.randomUUID();
        Api.createLibrary(consortium);
        String otherAnalyst = TestTokens.consortiumAnalyst("Other " + UUID.randomUUID());
        String staff = Api.staffOf(Api.createLibrary(consortium));

        for (String token : List.of(otherAnalyst, staff)) {
            Response asJson = Api.as(token).accept("application/json").get(AGGREGATE, consortium);
            Response asCsv = Api.as(token).accept("text/csv").get(AGGREGATE, consortium);
            asCsv.then().contentType("application/problem+json");
            assertEquals(asJson.statusCode(), asCsv.statusCode());
            assertEquals(asJson.jsonPath().getString("type"), asCsv.jsonPath().getString("type"));
            assertEquals(asJson.jsonPath().getString("detail"), asCsv.jsonPath().getString("detail"));
        }
        Api.as(otherAnalyst).accept("text/csv").get(AGGREGATE, consortium).then().statusCode(404);
        Api.as(staff).accept("text/csv").get(AGGREGATE, consortium).then().statusCode(403);
        Api.as(Api.platformAdmin()).accept("text/csv").get(AGGREGATE, "No such " + UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");
    }

    private static Map<String, Object> robots(int quantity, String unit, int priority) {
        Map<String, Object> need = Api.robotsNeed();
        need.put("quantity", quantity);
        need.put("unit", unit);
        need.put("priority", priority);
        need.remove("current_capacity");
        return need;
    }
}
