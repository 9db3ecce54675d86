package org.smartlibrary.assessment.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.smartlibrary.assessment.Api;
import org.smartlibrary.assessment.DatabaseRows;

import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.smartlibrary.assessment.Api.json;

/**
 * ETag / If-Match (required on every write of a versioned resource: 428 without it, 412 when stale or weak) and
 * Idempotency-Key (replay, 422 for another body).
 */
@QuarkusTest
class PreconditionsAndIdempotencyTest {

    @Inject
    DatabaseRows rows;

    @Test
    void staleIfMatchIsRefusedWith412AndChangesNothing() {
        String libraryId = Api.createLibrary(null);
        String etag = json(Api.platformAdmin()).get("/api/v1/libraries/{id}", libraryId).header("ETag");
        json(Api.platformAdmin()).header("If-Match", etag).body(Api.library("Renamed network")).put("/api/v1/libraries/{id}", libraryId)
                .then().statusCode(200).body("consortium", equalTo("Renamed network"));
        json(Api.platformAdmin()).header("If-Match", etag).body(Api.library("Stale network")).put("/api/v1/libraries/{id}", libraryId)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("https://smartlibrary.org/problems/precondition-failed"));
        json(Api.platformAdmin()).get("/api/v1/libraries/{id}", libraryId).then().body("consortium", equalTo("Renamed network"));

        String id = Api.createAssessment(libraryId);
        String staff = Api.staffOf(libraryId);
        String assessmentEtag = json(staff).get("/api/v1/assessments/{id}", id).header("ETag");
        String needId = Api.addNeed(id, Api.robotsNeed()); // changes the assessment: its ETag moves on
        String currentEtag = json(staff).get("/api/v1/assessments/{id}", id).header("ETag");
        assertNotEquals(assessmentEtag, currentEtag);

        Map<String, Long> before = rows.snapshot();
        json(staff).header("If-Match", assessmentEtag).post("/api/v1/assessments/{id}/completion", id).then().statusCode(412);
        json(staff).header("If-Match", assessmentEtag).body(Api.grantNeed()).post("/api/v1/assessments/{id}/needs", id)
                .then().statusCode(412);
        json(staff).header("If-Match", assessmentEtag).body(Map.of("title", "x")).put("/api/v1/assessments/{id}", id)
                .then().statusCode(412);
        json(staff).header("If-Match", "\"7\"").body(Api.grantNeed()).put("/api/v1/assessments/{id}/needs/{needId}", id, needId)
                .then().statusCode(412);
        json(staff).header("If-Match", "\"7\"").delete("/api/v1/assessments/{id}/needs/{needId}", id, needId)
                .then().statusCode(412);
        assertEquals(before, rows.snapshot());
        json(staff).get("/api/v1/assessments/{id}", id).then().body("status", equalTo("DRAFT"));

        String needEtag = json(staff).get("/api/v1/assessments/{id}/needs/{needId}", id, needId).header("ETag");
        json(staff).header("If-Match", needEtag).body(Api.robotsNeed()).put("/api/v1/assessments/{id}/needs/{needId}", id, needId)
                .then().statusCode(200).header("ETag", "\"1\"");
        String latest = json(staff).get("/api/v1/assessments/{id}", id).header("ETag");
        Response completed = json(staff).header("If-Match", latest).post("/api/v1/assessments/{id}/completion", id);
        completed.then().statusCode(200).body("status", equalTo("COMPLETED"));
        json(staff).header("If-Match", latest).post("/api/v1/assessments/{id}/revisions", id).then().statusCode(412);
        json(staff).header("If-Match", completed.header("ETag")).post("/api/v1/assessments/{id}/revisions", id)
                .then().statusCode(201).body("revision", equalTo(2));
    }

    @Test
    void everyWriteOfAVersionedResourceRequiresIfMatchWith428AndChangesNothing() {
        String libraryId = Api.createLibrary(null);
        String id = Api.createAssessment(libraryId);
        String staff = Api.staffOf(libraryId);
        String needId = Api.addNeed(id, Api.robotsNeed()); // adding creates: If-Match stays optional
        Map<String, Long> before = rows.snapshot();

        preconditionRequired(json(Api.platformAdmin()).body(Api.library("Blind")).put("/api/v1/libraries/{id}", libraryId));
        preconditionRequired(json(staff).body(Map.of("title", "blind")).put("/api/v1/assessments/{id}", id));
        preconditionRequired(json(staff).body(Api.grantNeed()).put("/api/v1/assessments/{id}/needs/{needId}", id, needId));
        preconditionRequired(Api.as(staff).delete("/api/v1/assessments/{id}/needs/{needId}", id, needId));
        preconditionRequired(Api.as(staff).post("/api/v1/assessments/{id}/completion", id));
        assertEquals(before, rows.snapshot(), "nothing was written");
        json(staff).get("/api/v1/assessments/{id}", id).then().body("status", equalTo("DRAFT"));

        Api.complete(id).statusCode(200);
        preconditionRequired(Api.as(staff).post("/api/v1/assessments/{id}/revisions", id));
        json(staff).get("/api/v1/assessments/{id}/revisions", id).then().body("items.size()", equalTo(1));
    }

    @Test
    void aWeakTagNeverMatchesIfMatch() {
        String libraryId = Api.createLibrary(null);
        String etag = json(Api.platformAdmin()).get("/api/v1/libraries/{id}", libraryId).header("ETag");
        json(Api.platformAdmin()).header("If-Match", "W/" + etag).body(Api.library("Weak")).put("/api/v1/libraries/{id}", libraryId)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("https://smartlibrary.org/problems/precondition-failed"))
                .body("detail", containsString("weak tags cannot be used with If-Match"));
        String id = Api.createAssessment(libraryId);
        String needId = Api.addNeed(id, Api.robotsNeed());
        json(Api.staffOf(libraryId)).header("If-Match", "W/\"0\"").body(Api.grantNeed())
                .put("/api/v1/assessments/{id}/needs/{needId}", id, needId).then().statusCode(412);
        json(Api.platformAdmin()).get("/api/v1/libraries/{id}", libraryId).then().header("ETag", etag).body("consortium", nullValue());
        // the strong tag in a list matches, so does *
        json(Api.platformAdmin()).header("If-Match", "W/" + etag + ", " + etag).body(Api.library("Strong"))
                .put("/api/v1/libraries/{id}", libraryId).then().statusCode(200).body("consortium", equalTo("Strong"));
        json(Api.staffOf(libraryId)).header("If-Match", "*").body(Api.grantNeed())
                .put("/api/v1/assessments/{id}/needs/{needId}", id, needId).then().statusCode(200).header("ETag", "\"1\"");
    }

    private static void preconditionRequired(Response response) {
        response.then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("https://smartlibrary.org/problems/precondition-required"))
                .body("detail", containsString("If-Match"))
                .body("detail", containsString("GET the resource first"));
    }

    @Test
    void idempotencyKeyReplaysTheFirstResponse() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Api.library("Idempotent " + key);
        Response first = json(Api.platformAdmin()).header("Idempotency-Key", key).body(body).post("/api/v1/libraries");
        first.then().statusCode(201);
        Map<String, Long> afterFirst = rows.snapshot();

        Response replay = json(Api.platformAdmin()).header("Idempotency-Key", key).body(body).post("/api/v1/libraries");
        replay.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(first.path("id").toString(), replay.path("id").toString());
        assertEquals(first.header("Location"), replay.header("Location"));
        assertEquals(first.header("ETag"), replay.header("ETag"));
        assertEquals(afterFirst, rows.snapshot(), "a replay creates nothing");

        json(Api.platformAdmin()).header("Idempotency-Key", key).body(Api.library("Another body")).post("/api/v1/libraries").then()
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://smartlibrary.org/problems/idempotency-key-reused"));
        assertEquals(afterFirst, rows.snapshot());
    }

    @Test
    void idempotencyKeyOnNestedCreatesIsScopedToTheAssessment() {
        String first = Api.createAssessment(Api.createLibrary(null));
        String second = Api.createAssessment(Api.createLibrary(null));
        String key = UUID.randomUUID().toString();
        String needId = json(Api.ownerOf(first)).header("Idempotency-Key", key).body(Api.robotsNeed())
                .post("/api/v1/assessments/{id}/needs", first).then().statusCode(201).extract().path("id");
        json(Api.ownerOf(first)).header("Idempotency-Key", key).body(Api.robotsNeed()).post("/api/v1/assessments/{id}/needs", first)
                .then().statusCode(201).body("id", equalTo(needId));
        json(Api.ownerOf(first)).get("/api/v1/assessments/{id}/needs", first).then().body("size()", equalTo(1));
        // the same key on another assessment is another request
        json(Api.ownerOf(second)).header("Idempotency-Key", key).body(Api.robotsNeed()).post("/api/v1/assessments/{id}/needs", second)
                .then().statusCode(201).body("id", org.hamcrest.Matchers.not(equalTo(needId)));

        String assessmentKey = UUID.randomUUID().toString();
        String libraryId = Api.createLibrary(null);
        Map<String, Object> create = Map.of("library_id", libraryId, "title", "Once");
        String created = json(Api.staffOf(libraryId)).header("Idempotency-Key", assessmentKey).body(create).post("/api/v1/assessments")
                .then().statusCode(201).extract().path("id");
        json(Api.staffOf(libraryId)).header("Idempotency-Key", assessmentKey).body(create).post("/api/v1/assessments")
                .then().statusCode(201).body("id", equalTo(created)).body("revision", equalTo(1));
        json(Api.staffOf(libraryId)).header("Idempotency-Key", assessmentKey).body(Map.of("library_id", libraryId, "title", "Twice"))
                .post("/api/v1/assessments").then().statusCode(422);

        String completionKey = UUID.randomUUID().toString();
        String etag = Api.etagOf(Api.ASSESSMENT, first);
        json(Api.ownerOf(first)).header("Idempotency-Key", completionKey).header("If-Match", etag)
                .post("/api/v1/assessments/{id}/completion", first).then().statusCode(200).body("status", equalTo("COMPLETED"));
        // the retry is the same request: its If-Match is stale by now, the stored response answers first
        json(Api.ownerOf(first)).header("Idempotency-Key", completionKey).header("If-Match", etag)
                .post("/api/v1/assessments/{id}/completion", first).then().statusCode(200).body("status", equalTo("COMPLETED"));
        assertEquals(1, rows.count("SELECT count(*) FROM assessment_revision WHERE assessment_id = ?::uuid", first));
    }
}
