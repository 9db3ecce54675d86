package org.smartlibrary.assessment.rest;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.smartlibrary.assessment.Api;
import org.smartlibrary.assessment.SqlStatements;
import org.smartlibrary.testkit.sql.StatementLog.Recording;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What completing an assessment costs the database: one transaction; the assessment with its library and newest
 * revision in one statement (the access check and the draft check need all three), one statement per item table for
 * the event and the answer, then the revision's update — however many items the revision holds.
 */
@QuarkusTest
class CompletionCostTest {

    @Inject
    @PersistenceUnitExtension
    SqlStatements sql;

    @Test
    void aCompletionReadsTheAssessmentWithItsLibraryAndRevisionInOneStatement() {
        String id = Api.draftWithContent("Completion cost " + UUID.randomUUID());
        Api.addGoal(id, "DIGITAL_SKILLS");
        Api.addNeed(id, Api.robotsNeed());
        Api.addNeed(id, Api.staffingPerYearNeed());
        Api.addOffer(id, "VISIBILITY");

        String etag = Api.etagOf(Api.ASSESSMENT, id);
        String owner = Api.ownerOf(id);

        Recording completion = sql.of(() -> Api.as(owner).header("If-Match", etag).accept(ContentType.JSON)
                .post("/api/v1/assessments/{id}/completion", id).then().statusCode(200));

        assertEquals(1, completion.transactions(), completion.toString());
        assertEquals(1, completion.reading("library"), completion.toString());
        assertEquals(1, completion.reading("assessment_goal"), completion.toString());
        assertEquals(1, completion.reading("assessment_need"), completion.toString());
        assertEquals(1, completion.reading("assessment_offer"), completion.toString());
        assertTrue(completion.statements().size() <= 5, completion.toString());
    }
}
