package org.smartlibrary.assessment.rest;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.smartlibrary.assessment.Api;
import org.smartlibrary.assessment.SqlStatements;
import org.smartlibrary.testkit.sql.StatementLog.Recording;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartlibrary.assessment.Api.json;

/**
 * What reading an assessment costs the database: one transaction, and one statement per table whose rows a join
 * would multiply (the assessment with its revision and library; its goals; its needs; its offers), however many
 * items the revision holds. Another library's assessment is refused before any of its content is read.
 */
@QuarkusTest
class AssessmentReadCostTest {

    private static final String REVISION = "/api/v1/assessments/{id}/revisions/{revision}";

    @Inject
    @PersistenceUnitExtension
    SqlStatements sql;

    @Test
    void anAssessmentIsReadInOneTransactionWithOneStatementPerTable() {
        String id = assessmentWithSeveralItemsOfEachKind();

        String owner = Api.ownerOf(id);

        Recording read = sql.of(() -> json(owner).get(Api.ASSESSMENT, id).then().statusCode(200));

        assertEquals(1, read.transactions(), read.toString());
        assertTrue(read.statements().size() <= 4, read.toString());
        assertEquals(1, read.reading("assessment_goal"), read.toString());
        assertEquals(1, read.reading("assessment_need"), read.toString());
        assertEquals(1, read.reading("assessment_offer"), read.toString());
    }

    @Test
    void aNumberedRevisionIsReadInOneTransactionWithOneStatementPerTable() {
        String id = assessmentWithSeveralItemsOfEachKind();
        Api.complete(id).statusCode(200);
        Api.revise(id).statusCode(201);

        Recording read = sql.of(() -> json(Api.portal()).get(REVISION, id, 1).then().statusCode(200));

        assertEquals(1, read.transactions(), read.toString());
        assertTrue(read.statements().size() <= 4, read.toString());
    }

    @Test
    void theListIsReadInOneTransactionWithOneStatementPerTable() {
        String libraryId = Api.createLibrary("Read cost " + UUID.randomUUID());
        for (int i = 0; i < 3; i++) {
            String id = Api.createAssessment(libraryId);
            Api.addGoal(id, "IT_JOB_SKILLS");
            Api.addNeed(id, Api.robotsNeed());
            Api.addOffer(id, "SPACE");
        }

        Recording read = sql.of(() -> json(Api.staffOf(libraryId)).queryParam("library_id", libraryId)
                .get("/api/v1/assessments").then().statusCode(200));

        assertEquals(1, read.transactions(), read.toString());
        assertTrue(read.statements().size() <= 4, read.toString());
    }

    @Test
    void theRevisionHistoryIsReadInOneTransaction() {
        String id = assessmentWithSeveralItemsOfEachKind();
        Api.complete(id).statusCode(200);
        Api.revise(id).statusCode(201);

        String owner = Api.ownerOf(id);

        Recording read = sql.of(() -> json(owner).get("/api/v1/assessments/{id}/revisions", id).then().statusCode(200));

        assertEquals(1, read.transactions(), read.toString());
        assertTrue(read.statements().size() <= 2, read.toString());
    }

    @Test
    void anotherLibrarysAssessmentIsRefusedBeforeAnyOfItsContentIsRead() {
        String id = assessmentWithSeveralItemsOfEachKind();
        String otherStaff = Api.staffOf(Api.createLibrary("Read cost " + UUID.randomUUID()));

        Recording newest = sql.of(() -> json(otherStaff).get(Api.ASSESSMENT, id).then().statusCode(404));
        Recording numbered = sql.of(() -> json(otherStaff).get(REVISION, id, 1).then().statusCode(404));

        for (Recording read : new Recording[]{newest, numbered}) {
            assertEquals(0, read.reading("assessment_goal") + read.reading("assessment_need")
                    + read.reading("assessment_offer"), read.toString());
            assertTrue(read.statements().size() <= 1, read.toString());
        }
    }

    @Test
    void aMissingRevisionNumberIsAnsweredWithoutReadingItems() {
        String id = assessmentWithSeveralItemsOfEachKind();

        String owner = Api.ownerOf(id);

        Recording read = sql.of(() -> json(owner).get(REVISION, id, 7).then().statusCode(404));

        assertEquals(0, read.reading("assessment_goal") + read.reading("assessment_need")
                + read.reading("assessment_offer"), read.toString());
    }

    @Test
    void aReadAnswersTheBytesTheCompletionAnswered() {
        String id = assessmentWithSeveralItemsOfEachKind();
        Response completed = Api.complete(id).statusCode(200).extract().response();

        Response newest = json(Api.ownerOf(id)).get(Api.ASSESSMENT, id);
        Response numbered = json(Api.portal()).get(REVISION, id, 1);

        for (Response read : new Response[]{newest, numbered}) {
            assertEquals(200, read.statusCode());
            assertEquals(completed.asString(), read.asString());
            assertEquals(completed.header("ETag"), read.header("ETag"));
            assertEquals(completed.contentType(), read.contentType());
        }
    }

    /** A draft with three goals, five needs and three offers. */
    private static String assessmentWithSeveralItemsOfEachKind() {
        String id = Api.draftWithContent("Read cost " + UUID.randomUUID());
        Api.addGoal(id, "INNOVATION_MAKERSPACE");
        Api.addGoal(id, "DIGITAL_SKILLS");
        Api.addNeed(id, Api.staffingPerYearNeed());
        Api.addNeed(id, Api.robotsNeed());
        Api.addOffer(id, "EVENT_HOSTING");
        Api.addOffer(id, "VISIBILITY");
        return id;
    }
}
