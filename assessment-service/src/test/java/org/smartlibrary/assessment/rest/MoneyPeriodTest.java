package org.smartlibrary.assessment.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.smartlibrary.assessment.Api;
import org.smartlibrary.assessment.DatabaseRows;
import org.smartlibrary.testkit.TestTokens;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.smartlibrary.assessment.Api.json;

/**
 * The period of a money need (ONE_TIME, MONTH, YEAR): stored, shown, defaulted to ONE_TIME, copied into a new
 * revision, and never added up with amounts of another period in the summary and the consortium aggregate.
 */
@QuarkusTest
class MoneyPeriodTest {

    private static final String NEED = "/api/v1/assessments/{id}/needs/{needId}";

    @Inject
    DatabaseRows rows;

    @Test
    void periodRoundTripsThroughCreateReadAndReplace() {
        String id = Api.createAssessment(Api.createLibrary(null));
        String staff = Api.ownerOf(id);

        Response created = json(staff).body(Api.staffingPerYearNeed()).post("/api/v1/assessments/{id}/needs", id);
        created.then().statusCode(201)
                .body("type", equalTo("FINANCIAL.STAFFING"))
                .body("amount", equalTo(30000))
                .body("currency", equalTo("USD"))
                .body("period", equalTo("YEAR"));
        String staffingId = created.path("id");
        json(staff).get("/api/v1/assessments/{id}/needs/{needId}", id, staffingId).then().statusCode(200)
                .body("period", equalTo("YEAR"));
        assertEquals("YEAR", stored(staffingId));

        Map<String, Object> perMonth = Api.staffingPerYearNeed();
        perMonth.put("amount", 2500);
        perMonth.put("period", "MONTH");
        json(staff).header("If-Match", "\"0\"").body(perMonth)
                .put(NEED, id, staffingId).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("amount", equalTo(2500))
                .body("period", equalTo("MONTH"));
        json(staff).get("/api/v1/assessments/{id}/needs/{needId}", id, staffingId).then().body("period", equalTo("MONTH"));

        // replacing without a period makes it a single amount again
        Map<String, Object> once = Api.staffingPerYearNeed();
        once.remove("period");
        Api.ifMatchOf(json(staff), NEED, id, staffingId).body(once).put(NEED, id, staffingId).then().statusCode(200)
                .body("period", equalTo("ONE_TIME"));
        assertEquals("ONE_TIME", stored(staffingId));
        Map<String, Object> explicitOnce = Api.staffingPerYearNeed();
        explicitOnce.put("period", "ONE_TIME");
        Api.ifMatchOf(json(staff), NEED, id, staffingId).body(explicitOnce).put(NEED, id, staffingId).then().statusCode(200)
                .body("period", equalTo("ONE_TIME"));
        Api.ifMatchOf(json(staff), NEED, id, staffingId).body(Api.staffingPerYearNeed()).put(NEED, id, staffingId)
                .then().statusCode(200).body("period", equalTo("YEAR"));

        // a money need without a period is stored and shown as ONE_TIME; a quantity need has none
        String grantId = Api.addNeed(id, Api.grantNeed());
        Map<String, Object> explicitNull = Api.grantNeed();
        explicitNull.put("period", null);
        String nullPeriodId = Api.addNeed(id, explicitNull);
        String robotsId = Api.addNeed(id, Api.robotsNeed());
        assertEquals("ONE_TIME", stored(grantId));
        assertEquals("ONE_TIME", stored(nullPeriodId));
        assertNull(stored(robotsId));

        json(staff).get("/api/v1/assessments/{id}", id).then().statusCode(200)
                .body("needs.id", equalTo(List.of(staffingId, grantId, nullPeriodId, robotsId)))
                .body("needs.period", equalTo(Arrays.asList("YEAR", "ONE_TIME", "ONE_TIME", null)));
        json(staff).get("/api/v1/assessments/{id}/needs", id).then().statusCode(200)
                .body("find { it.id == '" + staffingId + "' }.period", equalTo("YEAR"))
                .body("find { it.id == '" + robotsId + "' }.period", nullValue())
                .body("find { it.id == '" + robotsId + "' }", hasKey("period"));
    }

    @Test
    void aRevisionCopiesThePeriodAndTheCompletedRevisionKeepsIt() {
        String id = Api.createAssessment(Api.createLibrary(null));
        String staffingId = Api.addNeed(id, Api.staffingPerYearNeed());
        Api.addNeed(id, Api.grantNeed());
        Api.addNeed(id, Api.robotsNeed());
        Api.complete(id).statusCode(200).body("needs.period", equalTo(Arrays.asList("YEAR", "ONE_TIME", null)));

        Response revised = Api.ifMatchOf(Api.as(Api.ownerOf(id)), Api.ASSESSMENT, id).accept("application/json")
                .post("/api/v1/assessments/{id}/revisions", id);
        revised.then().statusCode(201)
                .body("revision", equalTo(2))
                .body("needs", hasSize(3))
                .body("needs.type", equalTo(List.of("FINANCIAL.STAFFING", "FINANCIAL.PROGRAM", "TECHNOLOGY.ROBOTICS")))
                .body("needs.period", equalTo(Arrays.asList("YEAR", "ONE_TIME", null)));
        String copyId = revised.path("needs[0].id");
        assertNotEquals(staffingId, copyId);
        assertEquals("YEAR", stored(copyId));

        // the draft changes, revision 1 stays as it was completed
        Map<String, Object> perMonth = Api.staffingPerYearNeed();
        perMonth.put("period", "MONTH");
        Api.ifMatchOf(json(Api.ownerOf(id)), NEED, id, copyId).body(perMonth).put(NEED, id, copyId).then()
                .statusCode(200).body("period", equalTo("MONTH"));
        json(Api.ownerOf(id)).get("/api/v1/assessments/{id}/revisions/1", id).then().statusCode(200)
                .body("needs[0].id", equalTo(staffingId))
                .body("needs[0].period", equalTo("YEAR"));
    }

    @Test
    void theSummaryTotalsMoneyPerCurrencyAndPeriod() {
        String id = Api.createAssessment(Api.createLibrary(null));
        Api.addNeed(id, Api.staffingPerYearNeed());
        Map<String, Object> equipment = Api.staffingPerYearNeed();
        equipment.put("type", "FINANCIAL.EQUIPMENT");
        equipment.put("amount", 10000);
        equipment.put("period", "ONE_TIME");
        equipment.put("current_capacity", 0);
        equipment.put("priority", 5);
        Api.addNeed(id, equipment);

        json(Api.ownerOf(id)).get("/api/v1/assessments/{id}/summary", id).then().statusCode(200)
                .body("by_horizon.find { it.horizon == 'LONG_TERM' }.amounts", hasSize(2))
                .body("by_horizon.find { it.horizon == 'LONG_TERM' }.amounts[0].currency", equalTo("USD"))
                .body("by_horizon.find { it.horizon == 'LONG_TERM' }.amounts[0].period", equalTo("ONE_TIME"))
                .body("by_horizon.find { it.horizon == 'LONG_TERM' }.amounts[0].requested", equalTo(10000))
                .body("by_horizon.find { it.horizon == 'LONG_TERM' }.amounts[1].currency", equalTo("USD"))
                .body("by_horizon.find { it.horizon == 'LONG_TERM' }.amounts[1].period", equalTo("YEAR"))
                .body("by_horizon.find { it.horizon == 'LONG_TERM' }.amounts[1].requested", equalTo(30000))
                .body("by_horizon.find { it.horizon == 'LONG_TERM' }.amounts[1].gap", equalTo(25000))
                .body("top_needs.type", equalTo(List.of("FINANCIAL.EQUIPMENT", "FINANCIAL.STAFFING")))
                .body("top_needs.period", equalTo(List.of("ONE_TIME", "YEAR")));
    }

    @Test
    void theConsortiumAggregateNeverAddsUpAmountsOfDifferentPeriods() {
        String consortium = "Periods " + UUID.randomUUID();
        String perYear = Api.createAssessment(Api.createLibrary(consortium));
        Api.addNeed(perYear, Api.staffingPerYearNeed());
        Api.complete(perYear).statusCode(200);
        String once = Api.createAssessment(Api.createLibrary(consortium));
        Map<String, Object> oneTime = Api.staffingPerYearNeed();
        oneTime.put("amount", 10000);
        oneTime.put("current_capacity", 0);
        oneTime.remove("period");
        Api.addNeed(once, oneTime);
        Api.complete(once).statusCode(200);

        json(TestTokens.consortiumAnalyst(consortium)).get("/api/v1/consortia/{consortium}/needs-aggregate", consortium)
                .then().statusCode(200)
                .body("reporting_libraries", equalTo(2))
                .body("by_type.find { it.type == 'FINANCIAL.STAFFING' }.need_count", equalTo(2))
                .body("by_type.find { it.type == 'FINANCIAL.STAFFING' }.library_count", equalTo(2))
                .body("by_type.find { it.type == 'FINANCIAL.STAFFING' }.amounts", hasSize(2))
                .body("by_type.find { it.type == 'FINANCIAL.STAFFING' }.amounts[0].currency", equalTo("USD"))
                .body("by_type.find { it.type == 'FINANCIAL.STAFFING' }.amounts[0].period", equalTo("ONE_TIME"))
                .body("by_type.find { it.type == 'FINANCIAL.STAFFING' }.amounts[0].requested", equalTo(10000))
                .body("by_type.find { it.type == 'FINANCIAL.STAFFING' }.amounts[0].gap", equalTo(10000))
                .body("by_type.find { it.type == 'FINANCIAL.STAFFING' }.amounts[1].currency", equalTo("USD"))
                .body("by_type.find { it.type == 'FINANCIAL.STAFFING' }.amounts[1].period", equalTo("YEAR"))
                .body("by_type.find { it.type == 'FINANCIAL.STAFFING' }.amounts[1].requested", equalTo(30000))
                .body("by_type.find { it.type == 'FINANCIAL.STAFFING' }.amounts[1].gap", equalTo(25000));
    }

    /** The period column of the need, straight from the database. */
    private String stored(String needId) {
        return rows.text("SELECT period FROM assessment_need WHERE id = ?", UUID.fromString(needId));
    }
}
