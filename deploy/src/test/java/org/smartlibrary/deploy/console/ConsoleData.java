package org.smartlibrary.deploy.console;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.smartlibrary.deploy.system.Suite;
import org.smartlibrary.testkit.TestTokens;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the console's pages show, put in through the services' REST APIs as each tenant would: a consortium of two
 * libraries with completed assessments (robots, licences that only the pool reaches, a yearly program grant), three
 * partners that cover them, a library of another consortium with a draft (the foreign object), and a large
 * consortium of {@link #LARGE_MEMBERS} libraries elsewhere, each with a completed one-need assessment (the page-load
 * measurement). Waits until matching has answered for both members and for both consortia.
 *
 * @param consortium     the consortium's name (the analyst's {@code consortium_id})
 * @param libraries      the two member libraries' ids
 * @param libraryNames   their names
 * @param assessments    their completed assessments, in the same order
 * @param robotics       the partner that covers the robots (ranked first for each member)
 * @param roboticsName   its name
 * @param foreignLibrary a library of another consortium
 * @param foreignDraft   that library's draft assessment
 * @param largeConsortium the consortium of {@link #LARGE_MEMBERS} member libraries
 */
public record ConsoleData(String consortium, List<String> libraries, List<String> libraryNames,
                          List<String> assessments, String robotics, String roboticsName, String foreignLibrary,
                          String foreignDraft, String largeConsortium) {

    /** Members of the large consortium. */
    public static final int LARGE_MEMBERS = 50;

    private static final String ADMIN = TestTokens.platformAdmin();

    public static ConsoleData create(Suite suite) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String region = "Console Valley " + suffix;
        String consortium = "Console Valley Cooperative " + suffix;

        String roboticsName = "Valley RoboLab " + suffix;
        String robotics = partner(suite, roboticsName, "IT_COMPANY", region, false);
        offering(suite, robotics, """
                {"category":"TECHNOLOGY","type":"TECHNOLOGY.ROBOTICS","description":"Educational robot kits",
                 "quantity":40,"unit":"robots","horizon":"ANY"}""");
        String vendor = partner(suite, "Valley Learning Software " + suffix, "IT_COMPANY", region, false);
        offering(suite, vendor, """
                {"category":"TECHNOLOGY","type":"TECHNOLOGY.SOFTWARE","description":"Coding course licences",
                 "quantity":500,"unit":"licenses","horizon":"ANY","min_order":{"quantity":50,"unit":"licenses"}}""");
        String fund = partner(suite, "Valley Futures Foundation " + suffix, "FOUNDATION", region, true);
        offering(suite, fund, """
                {"category":"FINANCIAL","type":"FINANCIAL.PROGRAM","description":"Digital skills program grant",
                 "amount":30000,"currency":"EUR","period":"YEAR","horizon":"LONG_TERM"}""");

        List<String> names = List.of("Console North Branch " + suffix, "Console South Branch " + suffix);
        List<String> libraries = names.stream().map(name -> library(suite, name, consortium, region)).toList();
        List<String> assessments = libraries.stream().map(library -> {
            String staff = TestTokens.libraryStaff(UUID.fromString(library));
            String assessment = post(staff, suite.assessmentUrl() + "/api/v1/assessments",
                    "{\"library_id\":\"" + library + "\",\"title\":\"Makerspace and coding club 2027\"}");
            String needs = suite.assessmentUrl() + "/api/v1/assessments/" + assessment + "/needs";
            post(staff, needs, """
                    {"category":"TECHNOLOGY","type":"TECHNOLOGY.ROBOTICS","description":"Robots for the coding club",
                     "quantity":30,"unit":"robots","horizon":"SHORT_TERM","priority":5}""");
            post(staff, needs, """
                    {"category":"TECHNOLOGY","type":"TECHNOLOGY.SOFTWARE","description":"Course licences",
                     "quantity":30,"unit":"licenses","horizon":"SHORT_TERM","priority":3}""");
            post(staff, needs, """
                    {"category":"FINANCIAL","type":"FINANCIAL.PROGRAM","description":"Running the program",
                     "amount":20000,"currency":"EUR","period":"YEAR","horizon":"LONG_TERM","priority":4}""");
            complete(suite, staff, assessment);
            return assessment;
        }).toList();

        String foreignLibrary = library(suite, "Elsewhere Library " + suffix, "Elsewhere Cooperative " + suffix,
                "Elsewhere " + suffix);
        String foreignDraft = post(TestTokens.libraryStaff(UUID.fromString(foreignLibrary)),
                suite.assessmentUrl() + "/api/v1/assessments",
                "{\"library_id\":\"" + foreignLibrary + "\",\"title\":\"Not yours\"}");

        for (int i = 0; i < libraries.size(); i++) {
            awaitReady(suite.matchingUrl() + "/api/v1/assessments/" + assessments.get(i) + "/recommendations",
                    TestTokens.libraryStaff(UUID.fromString(libraries.get(i))), "READY", "status");
        }
        awaitReady(suite.matchingUrl() + "/api/v1/consortia/" + consortium.replace(" ", "%20") + "/recommendations",
                TestTokens.consortiumAnalyst(consortium), "2", "members.size()");
        String largeConsortium = largeConsortium(suite, suffix);
        return new ConsoleData(consortium, libraries, names, assessments, robotics, roboticsName, foreignLibrary,
                foreignDraft, largeConsortium);
    }

    /**
     * {@link #LARGE_MEMBERS} libraries, each with a completed robots assessment, in a region of their own (so the
     * demand on the first consortium's partners stays theirs); the consortium's name.
     */
    private static String largeConsortium(Suite suite, String suffix) {
        String consortium = "Console Large Network " + suffix;
        String region = "Console Far Region " + suffix;
        for (int i = 1; i <= LARGE_MEMBERS; i++) {
            String library = library(suite, "Console Member " + i + " " + suffix, consortium, region);
            String staff = TestTokens.libraryStaff(UUID.fromString(library));
            String assessment = post(staff, suite.assessmentUrl() + "/api/v1/assessments",
                    "{\"library_id\":\"" + library + "\",\"title\":\"Coding club " + i + "\"}");
            post(staff, suite.assessmentUrl() + "/api/v1/assessments/" + assessment + "/needs", """
                    {"category":"TECHNOLOGY","type":"TECHNOLOGY.ROBOTICS","description":"Robots for the coding club",
                     "quantity":10,"unit":"robots","horizon":"SHORT_TERM","priority":4}""");
            complete(suite, staff, assessment);
        }
        awaitReady(suite.matchingUrl() + "/api/v1/consortia/" + consortium.replace(" ", "%20") + "/recommendations",
                TestTokens.consortiumAnalyst(consortium), Integer.toString(LARGE_MEMBERS), "members.size()");
        return consortium;
    }

    private static String partner(Suite suite, String name, String type, String region, boolean national) {
        return post(ADMIN, suite.partnerUrl() + "/api/v1/partners", """
                {"name":"%s","partner_type":"%s",
                 "service_area":{"remote":false,"national":%s,"regions":["%s"],"cities":[]},
                 "contact":{"name":"Partnerships desk","email":"partners@example.org"},"seeks":[]}"""
                .formatted(name, type, national, region));
    }

    private static void offering(Suite suite, String partner, String body) {
        post(TestTokens.partnerAdmin(UUID.fromString(partner)),
                suite.partnerUrl() + "/api/v1/partners/" + partner + "/offerings", body);
    }

    private static String library(Suite suite, String name, String consortium, String region) {
        return post(ADMIN, suite.assessmentUrl() + "/api/v1/libraries", """
                {"name":"%s","consortium":"%s","region":"%s","city":"Riverton"}""".formatted(name, consortium, region));
    }

    private static void complete(Suite suite, String staff, String assessment) {
        String url = suite.assessmentUrl() + "/api/v1/assessments/" + assessment;
        String etag = given().auth().oauth2(staff).when().get(url).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(staff).header("If-Match", etag).when().post(url + "/completion").then().statusCode(200);
    }

    private static void awaitReady(String url, String token, String expected, String path) {
        await(url + " answering " + path + " = " + expected).atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500)).until(() -> {
            Response response = given().urlEncodingEnabled(false).auth().oauth2(token).when().get(url);
            return response.statusCode() == 200
                    && expected.equals(String.valueOf(new JsonPath(response.asString()).getString(path)));
        });
    }

    static String post(String token, String url, String body) {
        Response response = given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(url);
        assertEquals(201, response.statusCode(), url + " → " + response.asString());
        return response.jsonPath().getString("id");
    }
}
