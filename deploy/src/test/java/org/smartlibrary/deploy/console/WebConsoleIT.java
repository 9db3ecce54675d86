package org.smartlibrary.deploy.console;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.smartlibrary.deploy.system.ServiceProcess;
import org.smartlibrary.deploy.system.Suite;
import org.smartlibrary.testkit.TestTokens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged console in headless Chromium against the packaged services, PostgreSQL and Kafka: each role signs
 * in with a token, sees its data, a library gives feedback that the matching API then has, a foreign object shows
 * the not-found message and a stopped service the 502 message. Every page passes axe-core without a serious or
 * critical finding (all findings are written next to the screenshots). A screenshot per page goes to
 * {@code deploy/target/console-screenshots/}, with the Navigation Timing of a 50-member consortium page (reported,
 * not asserted).
 */
class WebConsoleIT {

    private static final Path OUTPUT = Suite.repositoryRoot().resolve("deploy/target/console-screenshots");
    private static final Path DOWNLOADS = Suite.repositoryRoot().resolve("deploy/target/console-downloads");

    /** On a failure: a screenshot and the page's text, to see what the browser saw. */
    @RegisterExtension
    static final TestWatcher ON_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                String name = "failed-" + context.getRequiredTestMethod().getName();
                browser.screenshot(name);
                report(name + ".txt", browser.driver().getCurrentUrl() + "\n" + browser.mainText() + "\n");
            }
        }
    };

    private static Suite suite;
    private static ConsoleData data;
    private static ServiceProcess console;
    private static ConsoleBrowser browser;

    @BeforeAll
    static void start() throws IOException {
        suite = Suite.start();
        data = ConsoleData.create(suite);
        console = startConsole(suite.assessmentUrl(), suite.partnerUrl(), suite.matchingUrl());
        Files.createDirectories(OUTPUT);
        browser = ConsoleBrowser.open(console.baseUrl(), OUTPUT, DOWNLOADS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (console != null) {
            console.close();
        }
    }

    @Test
    void consortiumAnalystSeesTheNeedsAsChartsTheMembersAndThePooledRecommendations() throws IOException {
        browser.signIn(TestTokens.consortiumAnalyst(data.consortium()));

        String page = browser.awaitText("Consortium: " + data.consortium());
        assertTrue(page.contains("Needs by category"), page);
        assertTrue(page.contains("Money asked per period"), page);
        assertTrue(page.contains("EUR per year"), "the yearly program money is charted per period: " + page);
        String members = browser.find(By.id("members")).getText();
        for (String library : data.libraryNames()) {
            assertTrue(members.contains(library), members);
        }
        assertTrue(members.contains("in the pooled set"), members);
        String pooled = browser.find(By.id("pooled")).getText();
        assertTrue(pooled.contains("Valley Learning Software"), "the vendor only the pool reaches: " + pooled);
        browser.screenshot("consortium");
        assertAccessible("consortium");

        browser.find(By.xpath("//button[normalize-space()='Download needs aggregate (CSV)']")).click();
        browser.awaitText("Saved needs-aggregate-");
        Path csv = await().atMost(Duration.ofSeconds(20)).until(WebConsoleIT::downloadedCsv, p -> p != null);
        assertTrue(Files.readString(csv).startsWith("category,type,need_count,library_count"), Files.readString(csv));

        assertEquals(List.of(), otherOrigins(), "every request of the page goes to the console");

        browser.resize(360, 800);
        try {
            browser.go("#/consortium/" + data.consortium().replace(" ", "%20"));
            browser.awaitText("Needs by category");
            browser.screenshot("consortium-360px");
            assertEquals(List.of(), browser.widerThanTheWindow(), "no sideways scrolling at 360 px");
        } finally {
            browser.resize(ConsoleBrowser.WIDTH, ConsoleBrowser.HEIGHT);
        }
    }

    @Test
    void theConsortiumPageOfFiftyMembersShowsThemAllAndItsLoadIsReported() {
        browser.signIn(TestTokens.consortiumAnalyst(data.largeConsortium()));
        browser.awaitText("Consortium: " + data.largeConsortium());
        browser.awaitText("Needs by category");

        String members = browser.find(By.id("members")).getText();
        for (int i = 1; i <= ConsoleData.LARGE_MEMBERS; i++) {
            assertTrue(members.contains("Console Member " + i + " "), "member " + i + " listed: " + members);
        }
        report("navigation-timing.txt", navigationTiming(data.largeConsortium()));
    }

    @Test
    void libraryStaffReadsTheExplainedRecommendationsAndTheFeedbackIsStored() {
        String library = data.libraries().get(0);
        String assessment = data.assessments().get(0);
        browser.signIn(TestTokens.libraryStaff(UUID.fromString(library)));
        browser.awaitText("Library: " + data.libraryNames().get(0));
        assertTrue(browser.mainText().contains("Completed"), browser.mainText());
        browser.screenshot("library");
        assertAccessible("library");

        browser.find(By.linkText("Makerspace and coding club 2027")).click();
        browser.awaitLoaded();
        String page = browser.awaitText("Ranked partners");
        assertTrue(page.contains("Coverage plan") && page.contains("Unmet needs")
                && page.contains("Changes since the previous set"), page);
        WebElement first = browser.find(By.cssSelector("ol.cards > li"));
        assertTrue(first.getText().contains(data.roboticsName()), first.getText());
        assertTrue(!first.findElements(By.cssSelector(".criterion .track")).isEmpty(), "criteria drawn as bars");
        assertTrue(first.getText().contains("Why this partner") && first.getText().contains("Capacity"), first.getText());

        first.findElement(By.xpath(".//label[normalize-space()='Declined']/input")).click();
        new Select(first.findElement(By.cssSelector("select[name=decline_reason]"))).selectByValue("TIMING");
        first.findElement(By.cssSelector("textarea[name=note]")).sendKeys("Budget year starts in July");
        first.findElement(By.xpath(".//button[normalize-space()='Save feedback']")).click();
        browser.awaitText("Saved: Declined (Timing)");
        browser.awaitText("Budget year starts in July");
        browser.screenshot("assessment");
        assertAccessible("assessment");

        var stored = given().auth().oauth2(TestTokens.libraryStaff(UUID.fromString(library)))
                .when().get(suite.matchingUrl() + "/api/v1/assessments/" + assessment + "/recommendations/"
                        + data.robotics() + "/feedback")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("DECLINED", stored.getString("items[0].outcome"));
        assertEquals("TIMING", stored.getString("items[0].decline_reason"));
        assertEquals("Budget year starts in July", stored.getString("items[0].note"));
    }

    @Test
    void partnerAdminSeesItsOfferingsTheDemandOnThemAndTheLibrariesThatMatch() {
        browser.signIn(TestTokens.partnerAdmin(UUID.fromString(data.robotics())));
        String page = browser.awaitText("Partner: " + data.roboticsName());
        String offerings = browser.find(By.id("offerings")).getText();
        assertTrue(offerings.contains("Technology: robotics") && offerings.contains("Active"), offerings);
        assertTrue(offerings.contains("asked by 2 libraries"), "both members ask for the robots: " + offerings);
        String libraries = browser.find(By.id("libraries")).getText();
        for (String library : data.libraryNames()) {
            assertTrue(libraries.contains(library), libraries);
        }
        assertTrue(page.contains("Listing last confirmed"), page);
        browser.screenshot("partner");
        assertAccessible("partner");
    }

    @Test
    void anotherLibrarysAssessmentShowsTheNotFoundMessage() {
        String library = data.libraries().get(0);
        browser.signIn(TestTokens.libraryStaff(UUID.fromString(library)));
        browser.go("#/library/" + library + "/assessments/" + data.foreignDraft());
        browser.awaitText("belongs to another library");
        String alert = browser.find(By.cssSelector("main [role=alert]")).getText();
        assertTrue(alert.contains("belongs to another library") && alert.contains("HTTP 404 from assessment-service"),
                alert);
        browser.screenshot("not-found");
        assertAccessible("not-found");
    }

    @Test
    void aServiceThatIsDownIsExplainedOnThePage() {
        try (ServiceProcess lonely = startConsole(suite.assessmentUrl(), "http://127.0.0.1:" + Suite.freePort(),
                suite.matchingUrl());
             ConsoleBrowser other = ConsoleBrowser.open(lonely.baseUrl(), OUTPUT, DOWNLOADS)) {
            other.signIn(TestTokens.partnerAdmin(UUID.fromString(data.robotics())));
            String page = other.awaitText("could not be reached");
            assertTrue(page.contains("partner-service could not be reached") && page.contains("HTTP 502"), page);
            assertTrue(page.contains("Libraries whose recommendations name you"),
                    "the matching part of the page still works: " + page);
            other.screenshot("service-down");
        }
    }

    @Test
    void theSignInPageExplainsATokenItCannotUse() {
        browser.go("#/sign-in");
        browser.find(By.id("token")).sendKeys("not-a-token");
        browser.find(By.cssSelector("form button[type=submit]")).click();
        browser.awaitText("not a JSON Web Token");
        String alert = browser.find(By.cssSelector("#token-error [role=alert]")).getText();
        assertTrue(alert.contains("not a JSON Web Token"), alert);
        browser.screenshot("sign-in");
        assertAccessible("sign-in");
    }

    private static ServiceProcess startConsole(String assessment, String partner, String matching) {
        ServiceProcess process = ServiceProcess.start(Suite.repositoryRoot(), "web-console", Suite.freePort(), Map.of(
                "SLP_CONSOLE_UPSTREAM_ASSESSMENT", assessment,
                "SLP_CONSOLE_UPSTREAM_PARTNER", partner,
                "SLP_CONSOLE_UPSTREAM_MATCHING", matching));
        process.awaitReady(Duration.ofSeconds(60));
        return process;
    }

    private static Path downloadedCsv() throws IOException {
        try (Stream<Path> files = Files.list(DOWNLOADS)) {
            return files.filter(f -> f.getFileName().toString().startsWith("needs-aggregate-")
                    && f.getFileName().toString().endsWith(".csv")).findFirst().orElse(null);
        }
    }

    /** Resources the page loaded from anywhere but the console (Resource Timing). */
    @SuppressWarnings("unchecked")
    private static List<String> otherOrigins() {
        List<String> names = (List<String>) browser.script(
                "return performance.getEntriesByType('resource').map(e => e.name)");
        return names.stream().filter(name -> !name.startsWith(console.baseUrl())
                && !name.startsWith("blob:") && !name.startsWith("data:")).toList();
    }

    /** The consortium page loaded afresh: Navigation Timing, and when its last section finished loading. */
    private static String navigationTiming(String consortium) {
        browser.driver().navigate().refresh();
        browser.awaitLoaded();
        browser.awaitText("Needs by category");
        Object loaded = browser.script("return Math.round(performance.now())");
        @SuppressWarnings("unchecked")
        Map<String, Object> navigation = (Map<String, Object>) browser.script("""
                const n = performance.getEntriesByType('navigation')[0];
                return { ttfb: Math.round(n.responseStart), domContentLoaded: Math.round(n.domContentLoadedEventEnd),
                         load: Math.round(n.loadEventEnd), transferred: n.transferSize,
                         resources: performance.getEntriesByType('resource').length };""");
        return "consortium page of " + ConsoleData.LARGE_MEMBERS + " member libraries (" + consortium
                + "), fresh load in headless Chromium (ms since navigation start): "
                + "first byte " + navigation.get("ttfb") + ", DOMContentLoaded " + navigation.get("domContentLoaded")
                + ", load " + navigation.get("load") + ", every section loaded by " + loaded
                + " (polled every 50 ms); requests " + navigation.get("resources") + "\n";
    }

    /**
     * Runs axe-core (WCAG 2.1 A and AA, best practices) on the page as it is now, writes every finding to
     * {@code axe-<page>.txt} and fails on a serious or critical one.
     */
    private static void assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze(browser.driver());
        List<Rule> violations = results.getViolations();
        String lines = violations.stream().map(rule -> "  " + rule.getImpact() + " " + rule.getId() + ": "
                        + rule.getHelp() + " (" + rule.getNodes().size() + "x, e.g. "
                        + rule.getNodes().stream().limit(2).map(n -> String.valueOf(n.getTarget()))
                        .collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining("\n"));
        report("axe-" + page + ".txt", page + ": " + violations.size() + " axe-core violations, "
                + results.getPasses().size() + " rules passed\n" + lines + (lines.isEmpty() ? "" : "\n"));
        List<String> severe = violations.stream().filter(rule -> List.of("serious", "critical").contains(rule.getImpact()))
                .map(Rule::getId).toList();
        assertEquals(List.of(), severe, page + ": serious or critical accessibility findings (see axe-" + page + ".txt)");
    }

    private static void report(String file, String text) {
        try {
            Files.writeString(OUTPUT.resolve(file), text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        System.out.print(text);
    }
}
