package org.smartlibrary.assessment.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.smartlibrary.assessment.Api;
import org.smartlibrary.testkit.TestTokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.smartlibrary.assessment.Api.json;

/** The whole life of an assessment through the API: draft, complete, immutable, revise, complete again. */
@QuarkusTest
class AssessmentLifecycleTest {

    @Test
    void draftCompleteReviseAndCompleteAgain() {
        String consortium = "Lifecycle " + UUID.randomUUID();
        Response library = json(Api.platformAdmin()).body(Api.library(consortium)).post("/api/v1/libraries");
        library.then().statusCode(201)
                .header("Location", containsString("/api/v1/libraries/"))
                .header("ETag", "\"0\"")
                .body("name", equalTo("Eindhoven City Library"))
                .body("consortium", equalTo(consortium))
                .body("location.latitude", equalTo(51.4416f));
        String libraryId = library.path("id");
        String staff = Api.staffOf(libraryId);

        Response created = json(staff).body(Map.of("library_id", libraryId, "title", "Coding club"))
                .post("/api/v1/assessments");
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/assessments/"))
                .body("revision", equalTo(1))
                .body("status", equalTo("DRAFT"))
                .body("library_id", equalTo(libraryId))
                .body("library.city", equalTo("Eindhoven"))
                .body("needs", hasSize(0))
                .body("completed_at", nullValue());
        String id = created.path("id");

        String goalId = Api.addGoal(id, "IT_JOB_SKILLS");
        Map<String, Object> robots = Api.robotsNeed();
        robots.put("goal_id", goalId);
        String robotsId = Api.addNeed(id, robots);
        String grantId = Api.addNeed(id, Api.grantNeed());
        Map<String, Object> volunteers = Api.volunteersNeed();
        volunteers.remove("unit");
        String volunteersId = Api.addNeed(id, volunteers);
        Api.addOffer(id, "SPACE");
        Api.addOffer(id, "EVENT_HOSTING");

        json(staff).get("/api/v1/assessments/{id}/needs/{needId}", id, volunteersId).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("unit", equalTo("volunteers")); // the taxonomy's suggested unit for the type

        json(staff).header("If-Match", "\"0\"").body(Map.of("program_area", "INNOVATION_MAKERSPACE", "description", "makerspace"))
                .put("/api/v1/assessments/{id}/goals/{goalId}", id, goalId).then().statusCode(200)
                .header("ETag", "\"1\"").body("program_area", equalTo("INNOVATION_MAKERSPACE"));
        String extraOffer = Api.addOffer(id, "VISIBILITY");
        Api.ifMatchOf(Api.as(staff), "/api/v1/assessments/{id}/offers/{offerId}", id, extraOffer)
                .delete("/api/v1/assessments/{id}/offers/{offerId}", id, extraOffer).then().statusCode(204);
        json(staff).get("/api/v1/assessments/{id}/offers/{offerId}", id, extraOffer).then().statusCode(404);
        Api.ifMatchOf(json(staff), Api.ASSESSMENT, id).body(Map.of("title", "Coding club and makerspace"))
                .put("/api/v1/assessments/{id}", id).then().statusCode(200).body("title", equalTo("Coding club and makerspace"));

        Api.as(staff).get("/api/v1/assessments/{id}", id).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("goals", hasSize(1))
                .body("needs.id", equalTo(List.of(robotsId, grantId, volunteersId)))
                .body("needs[0].goal_id", equalTo(goalId))
                .body("needs[0].quantity", equalTo(300))
                .body("needs[1].amount", equalTo(45000))
                .body("needs[1].currency", equalTo("EUR"))
                .body("needs[1].quantity", nullValue())
                .body("offers.type", equalTo(List.of("SPACE", "EVENT_HOSTING")));

        json(staff).get("/api/v1/assessments/{id}/summary", id).then().statusCode(200)
                .body("need_count", equalTo(3))
                .body("by_category.category", equalTo(List.of("FINANCIAL", "TECHNOLOGY", "HUMAN")))
                .body("by_category.need_count", equalTo(List.of(1, 1, 1)))
                .body("by_horizon.find { it.horizon == 'LONG_TERM' }.need_count", equalTo(2))
                .body("by_horizon.find { it.horizon == 'LONG_TERM' }.amounts[0].currency", equalTo("EUR"))
                .body("by_horizon.find { it.horizon == 'LONG_TERM' }.amounts[0].gap", equalTo(40000))
                .body("by_horizon.find { it.horizon == 'SHORT_TERM' }.quantities[0].requested", equalTo(300))
                .body("top_needs[0].need_id", equalTo(robotsId))
                .body("top_needs[0].gap", equalTo(280))
                .body("top_needs[1].need_id", equalTo(volunteersId)) // priority 4, nothing yet: gap ratio 1
                .body("top_needs[2].need_id", equalTo(grantId));

        Api.complete(id).statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("revision", equalTo(1))
                .body("completed_at", notNullValue());

        // a completed revision is immutable
        json(staff).body(Api.grantNeed()).post("/api/v1/assessments/{id}/needs", id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://smartlibrary.org/problems/revision-completed"));
        json(staff).body(Api.grantNeed()).put("/api/v1/assessments/{id}/needs/{needId}", id, grantId).then().statusCode(409);
        json(staff).delete("/api/v1/assessments/{id}/goals/{goalId}", id, goalId).then().statusCode(409);
        json(staff).body(Map.of("title", "changed")).put("/api/v1/assessments/{id}", id).then().statusCode(409);
        Api.complete(id).statusCode(409).body("type", equalTo("https://smartlibrary.org/problems/already-completed"));

        Response revised = Api.ifMatchOf(Api.as(staff), Api.ASSESSMENT, id).post("/api/v1/assessments/{id}/revisions", id);
        revised.then().statusCode(201)
                .header("Location", containsString("/api/v1/assessments/" + id + "/revisions/2"))
                .body("id", equalTo(id))
                .body("revision", equalTo(2))
                .body("latest_revision", equalTo(2))
                .body("status", equalTo("DRAFT"))
                .body("title", equalTo("Coding club and makerspace"))
                .body("needs", hasSize(3))
                .body("offers", hasSize(2))
                .body("needs.id", everyItem(not(equalTo(robotsId))));
        String newGoalId = revised.path("goals[0].id");
        assertNotEquals(goalId, newGoalId);
        assertEquals(newGoalId, revised.path("needs[0].goal_id"), "goal links follow the copied goals");
        json(staff).post("/api/v1/assessments/{id}/revisions", id).then().statusCode(409)
                .body("type", equalTo("https://smartlibrary.org/problems/draft-in-progress"));

        String grantCopy = revised.path("needs[1].id");
        Api.ifMatchOf(json(staff), "/api/v1/assessments/{id}/needs/{needId}", id, grantCopy)
                .delete("/api/v1/assessments/{id}/needs/{needId}", id, grantCopy).then().statusCode(204);
        Api.addNeed(id, Map.of("category", "HUMAN", "type", "HUMAN.MENTORING", "quantity", 5, "unit", "mentors",
                "horizon", "SHORT_TERM", "priority", 3));
        Api.complete(id).statusCode(200).body("revision", equalTo(2)).body("needs", hasSize(3));

        // revision 1 is still as it was completed
        json(staff).get("/api/v1/assessments/{id}/revisions/1", id).then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("needs.id", equalTo(List.of(robotsId, grantId, volunteersId)));
        json(staff).get("/api/v1/assessments/{id}/revisions/3", id).then().statusCode(404);
        json(staff).get("/api/v1/assessments/{id}/needs/{needId}", id, grantId).then().statusCode(200);
        json(staff).get("/api/v1/assessments/{id}/revisions", id).then().statusCode(200)
                .body("items.revision", equalTo(List.of(1, 2)))
                .body("items.status", everyItem(equalTo("COMPLETED")));
        json(staff).get("/api/v1/assessments/{id}/summary?revision=1", id).then().statusCode(200)
                .body("revision", equalTo(1)).body("need_count", equalTo(3));
    }

    @Test
    void completingWithoutNeedsIsRefusedWithAReason() {
        String id = Api.createAssessment(Api.createLibrary(null));
        Api.addGoal(id, "STEM");
        Api.complete(id).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://smartlibrary.org/problems/assessment-without-needs"))
                .body("detail", containsString("add at least one need"));
        json(Api.ownerOf(id)).get("/api/v1/assessments/{id}", id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void ofTwoConcurrentRevisionsExactlyOneIsCreated() throws Exception {
        String id = Api.draftWithContent(null);
        Api.complete(id).statusCode(200);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> revise(id));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> revise(id));
        List<Integer> statuses = List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
        assertEquals(List.of(201, 409), statuses.stream().sorted().toList());
        json(Api.ownerOf(id)).get("/api/v1/assessments/{id}/revisions", id).then().body("items.revision", equalTo(List.of(1, 2)));
    }

    /** With If-Match * both get past the precondition, as two writers that read the same version at once. */
    private static int revise(String id) {
        return json(Api.ownerOf(id)).header("If-Match", "*").post("/api/v1/assessments/{id}/revisions", id).then()
                .contentType(org.hamcrest.Matchers.startsWith("application/")).extract().statusCode();
    }

    @Test
    void deletingAGoalThatNeedsLinkIsRefused() {
        String id = Api.createAssessment(Api.createLibrary(null));
        String goalId = Api.addGoal(id, "STEM");
        Map<String, Object> need = Api.robotsNeed();
        need.put("goal_id", goalId);
        String needId = Api.addNeed(id, need);
        json(Api.ownerOf(id)).header("If-Match", "\"0\"").delete("/api/v1/assessments/{id}/goals/{goalId}", id, goalId)
                .then().statusCode(409)
                .body("need_ids", equalTo(List.of(needId)));
    }

    @Test
    void listsFilterAndPage() {
        String consortium = "Listing " + UUID.randomUUID();
        String completedRobots = Api.draftWithContent(consortium);
        Api.complete(completedRobots).statusCode(200);
        String draft = Api.draftWithContent(consortium);
        String volunteersOnly = Api.createAssessment(Api.createLibrary(consortium));
        Api.addNeed(volunteersOnly, Api.volunteersNeed());
        Api.complete(volunteersOnly).statusCode(200);
        String elsewhere = Api.draftWithContent("Other " + UUID.randomUUID());

        json(Api.portal()).queryParam("consortium", consortium.toUpperCase()).get("/api/v1/assessments").then().statusCode(200)
                .body("items.id", equalTo(List.of(volunteersOnly, draft, completedRobots)))
                .body("items[1].need_count", equalTo(3))
                .body("items[1].library_name", equalTo("Eindhoven City Library"));
        json(Api.portal()).queryParam("consortium", consortium).queryParam("status", "COMPLETED").get("/api/v1/assessments")
                .then().statusCode(200).body("items.id", equalTo(List.of(volunteersOnly, completedRobots)));
        json(Api.portal()).queryParam("consortium", consortium).queryParam("type", "TECHNOLOGY.ROBOTICS").get("/api/v1/assessments")
                .then().statusCode(200).body("items.id", equalTo(List.of(draft, completedRobots)));
        json(Api.portal()).queryParam("consortium", consortium).queryParam("category", "FINANCIAL").queryParam("status", "COMPLETED")
                .get("/api/v1/assessments").then().statusCode(200).body("items.id", equalTo(List.of(completedRobots)));
        json(Api.portal()).queryParam("consortium", consortium).queryParam("completed_after", "2000-01-01T00:00:00Z")
                .get("/api/v1/assessments").then().statusCode(200)
                .body("items.id", equalTo(List.of(volunteersOnly, completedRobots)));
        json(Api.portal()).queryParam("consortium", consortium).queryParam("completed_after", "2999-01-01T00:00:00+02:00")
                .get("/api/v1/assessments").then().statusCode(200).body("items", hasSize(0));
        String libraryOfDraft = json(Api.portal()).get("/api/v1/assessments/{id}", draft).path("library_id");
        json(Api.portal()).queryParam("library_id", libraryOfDraft).get("/api/v1/assessments").then().statusCode(200)
                .body("items.id", equalTo(List.of(draft)));
        json(Api.portal()).queryParam("library_id", libraryOfDraft).get("/api/v1/assessments").then()
                .body("items.id", not(equalTo(List.of(elsewhere))));

        Response first = json(Api.portal()).queryParam("consortium", consortium).queryParam("limit", 2).get("/api/v1/assessments");
        first.then().statusCode(200)
                .header("Link", containsString("rel=\"next\""))
                .body("items.id", equalTo(List.of(volunteersOnly, draft)))
                .body("limit", equalTo(2));
        String cursor = first.path("next_cursor");
        json(Api.portal()).queryParam("consortium", consortium).queryParam("limit", 2).queryParam("cursor", cursor)
                .get("/api/v1/assessments").then().statusCode(200)
                .header("Link", nullValue())
                .body("items.id", equalTo(List.of(completedRobots)))
                .body("next_cursor", nullValue());

        json(Api.portal()).queryParam("consortium", consortium).queryParam("limit", 2).get("/api/v1/libraries").then().statusCode(200)
                .body("items", hasSize(2)).body("next_cursor", notNullValue());
    }

    @Test
    void consortiumAggregateCountsLatestCompletedRevisions() {
        String consortium = "Aggregate " + UUID.randomUUID();
        String first = Api.draftWithContent(consortium);
        Api.complete(first).statusCode(200);
        String second = Api.draftWithContent(consortium);
        Api.complete(second).statusCode(200);
        Api.draftWithContent(consortium); // a draft is not counted
        // revising the second: its revision 2 is a draft, so revision 1 still counts
        Api.revise(second).statusCode(201);
        json(Api.ownerOf(second)).body(Api.robotsNeed()).post("/api/v1/assessments/{id}/needs", second).then().statusCode(201);

        // the consortium's own analyst (names compare case-insensitively, as the aggregate does)
        json(TestTokens.consortiumAnalyst(consortium)).get("/api/v1/consortia/{consortium}/needs-aggregate", consortium.toLowerCase()).then().statusCode(200)
                .body("consortium", equalTo(consortium))
                .body("member_libraries", equalTo(3))
                .body("reporting_libraries", equalTo(2))
                .body("assessments_included", equalTo(2))
                .body("need_count", equalTo(6))
                .body("by_category.find { it.category == 'TECHNOLOGY' }.need_count", equalTo(2))
                .body("by_category.find { it.category == 'TECHNOLOGY' }.library_count", equalTo(2))
                .body("by_type.find { it.type == 'TECHNOLOGY.ROBOTICS' }.quantities[0].requested", equalTo(600))
                .body("by_type.find { it.type == 'TECHNOLOGY.ROBOTICS' }.quantities[0].gap", equalTo(560))
                .body("by_type.find { it.type == 'FINANCIAL.PROGRAM' }.amounts[0].requested", equalTo(90000))
                .body("by_horizon.find { it.horizon == 'LONG_TERM' }.need_count", equalTo(4));

        json(Api.portal()).get("/api/v1/consortia/{consortium}/needs-aggregate", "No such " + UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");
    }
}
