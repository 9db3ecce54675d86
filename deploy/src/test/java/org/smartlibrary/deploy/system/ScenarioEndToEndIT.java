package org.smartlibrary.deploy.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartlibrary.testkit.TestPostgres;

import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * test-kit's matching scenarios ({@code scenarios/*.json}, which matching-service's unit tests run through the engine)
 * played end to end: partners, offerings, library and assessment through the REST APIs of the packaged services, the
 * events through the real broker, and the scenario's expectations checked on the recommendations matching-service
 * serves (see {@link ScenarioExpectations}).
 *
 * <p>The services judge on today's date, so every date of a scenario is moved to keep its distance to the match date
 * ({@link Scenario#shift}). Each scenario names its own places, and before it runs the directory is emptied (partners
 * of earlier scenarios or other system tests deleted through partner-service, and gone from matching's read model),
 * since national and remote partners would otherwise join every scenario. Its own partners are deleted afterwards.
 *
 * <p>A scenario the APIs cannot reproduce (stale listings: a partner registered over the API is confirmed that day;
 * a library's matching funds) is not run here, and {@link #onlyTheScenariosTheApisCannotWriteAreLeftToTheUnitTests}
 * names them; an offering the API cannot create (EXPIRED, or a window
 * that already ended) is left out together with the expectations about it, and the test log says so.
 */
class ScenarioEndToEndIT {

    /** Scenarios that must exist and be reproducible: together they exercise every decision of the change. */
    private static final List<String> CORE = List.of("coding-clubs", "recurring-money", "small-library-consortium",
            "rural-broadband", "inactive-offerings");

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static Suite suite;

    @BeforeAll
    static void startSuite() {
        suite = Suite.start();
    }

    /** Only the stale-listing scenario needs what the APIs cannot write (a confirmation long ago). */
    private static final List<String> NOT_END_TO_END = List.of("duplicate-and-stale-listings");

    /** The scenarios the APIs can reproduce; the others run in matching-service's unit tests only. */
    static List<String> scenarios() {
        return Scenario.available().stream().filter(name -> Scenario.load(name, TODAY).reproducible()).toList();
    }

    @Test
    void onlyTheScenariosTheApisCannotWriteAreLeftToTheUnitTests() {
        List<String> left = Scenario.available().stream().filter(name -> !scenarios().contains(name)).toList();
        assertEquals(NOT_END_TO_END, left, "scenarios not run end to end (each needs a reason in Scenario)");
    }

    @Test
    void coreScenariosAreThereAndReproducible() {
        List<String> available = Scenario.available();
        for (String name : CORE) {
            assertTrue(available.contains(name), name + " is not among the scenarios " + available);
            Scenario scenario = Scenario.load(name, TODAY);
            assertTrue(scenario.reproducible(), name + " cannot be run end to end: " + scenario.notReproducible);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenarioHoldsEndToEnd(String name) {
        Scenario scenario = Scenario.load(name, TODAY);
        long started = System.nanoTime();
        TestPostgres postgres = TestPostgres.shared();
        ScenarioDriver driver = new ScenarioDriver(suite,
                database -> DriverManager.getConnection(postgres.jdbcUrl(database), postgres.user(), postgres.password()),
                scenario);
        Throwable failure = null;
        try {
            driver.clearDirectory();
            driver.registerPartners();
            driver.awaitDirectoryInMatching();
            driver.completeAssessment();
            JsonNode served = driver.awaitRecommendations();
            List<JsonNode> excluded = driver.excludedCandidates();
            ScenarioExpectations expectations = new ScenarioExpectations(scenario, driver, served, excluded);
            System.out.printf("scenario %s (match date %s → %s)%s%n%s", name, scenario.originalMatchDate,
                    scenario.matchDate, scenario.adaptations.isEmpty() ? "" : "; adapted: " + scenario.adaptations,
                    expectations.digest());
            expectations.verify();
            if (!expectations.skipped.isEmpty()) {
                System.out.println("scenario " + name + ": not checked: " + expectations.skipped);
            }
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            try {
                driver.removeOwnPartners();
            } catch (RuntimeException | Error e) {
                if (failure == null) {
                    throw e;
                }
                failure.addSuppressed(e);
            }
            System.out.printf("scenario %s took %d ms%n", name, (System.nanoTime() - started) / 1_000_000);
        }
    }
}
