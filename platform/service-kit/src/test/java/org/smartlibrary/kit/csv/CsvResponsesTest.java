package org.smartlibrary.kit.csv;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.smartlibrary.testkit.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * A report operation answers JSON by default and CSV when the Accept header prefers it; errors stay problem
 * documents whatever the client accepts.
 */
@QuarkusTest
class CsvResponsesTest {

    private static final String CSV_BODY = "name,total\r\n\"Robot kits, \"\"large\"\"\",-5\r\n"
            + "'=cmd|' /C calc'!A0,12.50\r\n";

    @Test
    void withoutAPreferenceForCsvTheJsonResponseIsAnsweredAsItIs() {
        for (String accept : new String[]{"*/*", "application/json", "application/json, text/csv"}) {
            given().accept(accept).when().get("/csv-reports/weekly").then()
                    .statusCode(200)
                    .contentType("application/json")
                    .header("ETag", "\"7\"")
                    .header("Link", "</csv-reports/next>; rel=\"next\"")
                    .header("Vary", "Accept")
                    .header("Content-Disposition", nullValue())
                    .body("[0].name", equalTo("Robot kits, \"large\""))
                    .body("[1].total", equalTo(12.50f));
        }
    }

    @Test
    void acceptTextCsvAnswersTheCsvFormAsAnAttachment() {
        String body = given().accept("text/csv").when().get("/csv-reports/weekly").then()
                .statusCode(200)
                .header("Content-Type", "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"report-weekly.csv\"")
                .header("Link", "</csv-reports/next>; rel=\"next\"")
                .header("Vary", "Accept")
                .header("ETag", nullValue())
                .extract().asString();
        assertEqualsText(CSV_BODY, body);
    }

    @Test
    void anEmptyReportIsItsHeaderRow() {
        String body = given().accept("text/csv").when().get("/csv-reports/empty").then()
                .statusCode(200).extract().asString();
        assertEqualsText("name,total\r\n", body);
    }

    @Test
    void errorsStayProblemDocumentsWhenOnlyCsvIsAccepted() {
        given().accept("text/csv").when().get("/csv-reports/missing").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", equalTo("https://smartlibrary.org/problems/not-found"));
        given().accept("text/csv").when().get("/csv-reports/secured/weekly").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        given().accept("text/csv").auth().oauth2(TestTokens.expired()).when().get("/csv-reports/secured/weekly")
                .then().statusCode(401).contentType("application/problem+json");
        given().accept("text/csv").auth().oauth2(TestTokens.portal()).when().get("/csv-reports/secured/weekly")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        given().accept("text/csv").auth().oauth2(TestTokens.platformAdmin()).when()
                .get("/csv-reports/secured/missing").then()
                .statusCode(404).contentType("application/problem+json");
        given().accept("text/csv").auth().oauth2(TestTokens.platformAdmin()).when()
                .get("/csv-reports/secured/weekly").then()
                .statusCode(200).header("Content-Type", "text/csv;charset=UTF-8");
    }

    @Test
    void aMediaTypeTheReportHasNotIsNotAcceptable() {
        given().accept("application/xml").when().get("/csv-reports/weekly").then()
                .statusCode(406)
                .contentType("application/problem+json");
    }

    /** Compared with the line ends visible, so a missing CR shows in the failure. */
    private static void assertEqualsText(String expected, String actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected.replace("\r", "\\r"), actual.replace("\r", "\\r"));
    }
}
