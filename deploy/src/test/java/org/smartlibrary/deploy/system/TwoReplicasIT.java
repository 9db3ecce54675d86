package org.smartlibrary.deploy.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smartlibrary.testkit.TestTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two replicas of matching-service and of partner-service, as a deployment runs them: the suite's processes and a
 * second process of each with the same environment (same databases, broker and consumer group) on another port.
 * Partners are written through both partner replicas in turn (ETag read from one, write sent to the other), libraries
 * complete assessments, one matching replica is killed with SIGKILL in the middle of the flow and started again, and
 * partners whose offering window ended are imported while both partner replicas run the expiry job every second.
 *
 * <p>Then, within a bounded time: every completed revision has READY recommendations that reflect the latest
 * directory (whichever replica consumed the partner change and whichever matched); both matching replicas answer the
 * same documents; exactly one current set per assessment and no set stored twice; each completion processed once;
 * the capacity asks of all libraries seen by every set (OVERSUBSCRIBED everywhere); the read model at the
 * directory's versions; outboxes empty, consumer lag 0, nothing of this test dead-lettered; each partner version
 * published once and in order, one recommendations-ready event per stored set; and every ended offering expired
 * exactly once (one snapshot, one version), not once per replica.
 */
class TwoReplicasIT {

    private static final String ADMIN = TestTokens.platformAdmin();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONVERGENCE = Duration.ofSeconds(90);
    private static final int ROBOTS_NEEDED = 300;
    private static final int MACHINES_NEEDED = 30;
    private static final int MACHINES_OFFERED = 40;
    private static final int LIBRARIES = 3;
    private static final int LAPSED_PARTNERS = 3;

    private static Suite suite;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String region = "Twin Rivers " + suffix;
    private List<String> partnerUrls;
    private List<String> matchingUrls;
    private int partnerWrites;

    /** Robot partner → its robotics offering, and the quantity its latest change offers. */
    private final Map<String, String> robotOffering = new LinkedHashMap<>();
    private final Map<String, Integer> robotQuantity = new LinkedHashMap<>();
    private String fabLab;
    private String fabLabOffering;
    private List<String> lapsedPartners = List.of();
    private final Map<String, String> libraryOfAssessment = new LinkedHashMap<>();
    /** Assessment → the newest revision completed. */
    private final Map<String, Integer> expectedRevision = new LinkedHashMap<>();
    private int completions;

    @BeforeAll
    static void startSuite() {
        suite = Suite.start();
    }

    @Test
    void twoReplicasOfEachServiceAgreeAndDoEveryThingOnce() throws Exception {
        Instant started = Instant.now();
        try (ServiceProcess partnerB = suite.partner().startReplica(Suite.freePort());
             ServiceProcess matchingB = suite.matching().startReplica(Suite.freePort())) {
            partnerB.awaitReady(Duration.ofSeconds(120));
            matchingB.awaitReady(Duration.ofSeconds(120));
            partnerUrls = List.of(suite.partnerUrl(), partnerB.baseUrl());
            matchingUrls = List.of(suite.matchingUrl(), matchingB.baseUrl());
            log("second replicas ready after %s", Duration.between(started, Instant.now()));
            try {
                Instant flow = Instant.now();
                runFlow();
                log("flow done in %s (%d completions)", Duration.between(flow, Instant.now()), completions);
                Instant checks = Instant.now();
                checkInvariants(matchingB, partnerB);
                log("invariants held, checked in %s; whole test %s", Duration.between(checks, Instant.now()),
                        Duration.between(started, Instant.now()));
            } finally {
                if (!suite.matching().isAlive()) { // the other system tests use the suite's replica
                    suite.matching().restart();
                    suite.matching().awaitReady(Duration.ofSeconds(120));
                }
            }
        }
    }

    // --- the flow ------------------------------------------------------------------------------------------------

    private void runFlow() throws SQLException {
        fabLab = registerPartner("Twin Rivers Fab Lab " + suffix);
        fabLabOffering = post(partnerAdmin(fabLab), nextPartnerUrl() + "/api/v1/partners/" + fabLab + "/offerings",
                machines(MACHINES_OFFERED));
        for (int i = 0; i < 3; i++) {
            addRobotPartner("Twin Rivers Robotics " + i + " " + suffix, 100 + 50 * i);
        }
        lapsedPartners = importLapsedPartners();

        List<String> libraries = new ArrayList<>();
        for (int l = 0; l < LIBRARIES; l++) {
            libraries.add(post(ADMIN, suite.assessmentUrl() + "/api/v1/libraries", """
                    {"name":"Twin Rivers Branch %d %s","region":"%s","city":"Twin Town %d"}"""
                    .formatted(l, suffix, region, l)));
        }
        List<String> drafts = new ArrayList<>();
        for (int d = 0; d < 2 * LIBRARIES; d++) {
            drafts.add(draft(libraries.get(d % LIBRARIES), d));
        }

        drafts.subList(0, LIBRARIES).forEach(this::complete);
        List<String> robots = List.copyOf(robotOffering.keySet());
        changeRobots(robots.get(0), 500);
        changeRobots(robots.get(1), 350);
        drafts.subList(LIBRARIES, drafts.size()).forEach(this::complete);

        // mid-flow: the last completions and partner changes may be in the killed replica's hands
        suite.matching().kill();
        log("killed matching-service %s (SIGKILL)", suite.matchingUrl());
        changeRobots(robots.get(2), 600);
        changeRobots(robots.get(0), 120);
        addRobotPartner("Twin Rivers Robotics 3 " + suffix, 400);
        revise(drafts.get(0));
        complete(drafts.get(0));

        suite.matching().restart();
        suite.matching().awaitReady(Duration.ofSeconds(120));
        log("restarted matching-service %s", suite.matchingUrl());
        changeRobots(robots.get(1), 90);
        complete(draft(libraries.get(1), 2 * LIBRARIES));
    }

    /** The partner replica for the next write: the two take turns. */
    private String nextPartnerUrl() {
        return partnerUrls.get(partnerWrites++ % 2);
    }

    private String registerPartner(String name) {
        return post(ADMIN, nextPartnerUrl() + "/api/v1/partners", """
                {"name":"%s","partner_type":"IT_COMPANY",
                 "service_area":{"remote":false,"national":false,"regions":["%s"],"cities":[]},
                 "contact":{"name":"Partnerships desk","email":"partners@example.org"},"seeks":[]}"""
                .formatted(name, region));
    }

    private void addRobotPartner(String name, int quantity) {
        String partner = registerPartner(name);
        robotOffering.put(partner, post(partnerAdmin(partner),
                nextPartnerUrl() + "/api/v1/partners/" + partner + "/offerings", robots(quantity)));
        robotQuantity.put(partner, quantity);
    }

    /** Reads the offering's ETag from one partner replica and sends the change to the other. */
    private void changeRobots(String partner, int quantity) {
        String path = "/api/v1/partners/" + partner + "/offerings/" + robotOffering.get(partner);
        String token = partnerAdmin(partner);
        String etag = Etags.of(token, nextPartnerUrl() + path);
        given().auth().oauth2(token).header("If-Match", etag).contentType(ContentType.JSON).body(robots(quantity))
                .when().put(nextPartnerUrl() + path)
                .then().statusCode(200);
        robotQuantity.put(partner, quantity);
    }

    private static String robots(int quantity) {
        return """
                {"category":"TECHNOLOGY","type":"TECHNOLOGY.ROBOTICS","description":"Educational robot kits",
                 "quantity":%d,"unit":"robots","horizon":"ANY"}""".formatted(quantity);
    }

    private static String machines(int quantity) {
        return """
                {"category":"TECHNOLOGY","type":"TECHNOLOGY.FABRICATION","description":"3D printers on loan",
                 "quantity":%d,"unit":"machines","horizon":"ANY"}""".formatted(quantity);
    }

    /**
     * Partners of another directory whose robotics offerings ended two days ago, imported (history may come in) as
     * ACTIVE; the expiry job stores them EXPIRED. Returns their ids.
     */
    private List<String> importLapsedPartners() throws SQLException {
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < LAPSED_PARTNERS; i++) {
            file.append("""
                    {"external_id":"twin-%s-%d","name":"Twin Rivers Lapsed Program %d %s","partner_type":"NONPROFIT",\
                    "service_area":{"remote":false,"national":false,"regions":["%s"],"cities":[]},"seeks":[],\
                    "offerings":[{"external_id":"twin-%s-%d-robots","category":"TECHNOLOGY",\
                    "type":"TECHNOLOGY.ROBOTICS","description":"Robot kits of a program that ended","quantity":800,\
                    "unit":"robots","available_from":"%s","available_until":"%s","horizon":"ANY","status":"ACTIVE"}]}
                    """.formatted(suffix, i, i, suffix, region, suffix, i, LocalDate.now().minusDays(60),
                    LocalDate.now().minusDays(2)));
        }
        String importUrl = nextPartnerUrl() + "/api/v1/directory/imports";
        Response accepted = given().auth().oauth2(ADMIN).contentType("application/x-ndjson")
                .body(file.toString().getBytes(StandardCharsets.UTF_8))
                .when().post(importUrl);
        assertEquals(202, accepted.statusCode(), accepted.asString());
        String job = importUrl + "/" + accepted.jsonPath().getString("id");
        JsonNode done = awaitValue("import job " + job, () -> {
            JsonNode status = JSON.readTree(given().auth().oauth2(ADMIN).get(job).then().statusCode(200)
                    .extract().asString());
            return Set.of("SUCCEEDED", "FAILED").contains(status.path("status").asText()) ? status : null;
        });
        assertEquals("SUCCEEDED", done.path("status").asText(), done.toString());
        assertEquals(LAPSED_PARTNERS, done.path("created").asInt(), done.toString());
        List<String> ids = strings("partner", "SELECT id::text FROM partner WHERE external_id LIKE ?",
                "twin-" + suffix + "-%");
        assertEquals(LAPSED_PARTNERS, ids.size(), ids.toString());
        return ids;
    }

    /** A draft of this library needing robots and fabrication machines; returns its id. */
    private String draft(String library, int n) {
        String staff = TestTokens.libraryStaff(UUID.fromString(library));
        String assessment = post(staff, suite.assessmentUrl() + "/api/v1/assessments",
                "{\"library_id\":\"" + library + "\",\"title\":\"Twin Rivers makerspace " + n + "\"}");
        String needs = suite.assessmentUrl() + "/api/v1/assessments/" + assessment + "/needs";
        post(staff, needs, """
                {"category":"TECHNOLOGY","type":"TECHNOLOGY.ROBOTICS","description":"Robots for the coding club",
                 "quantity":%d,"unit":"robots","horizon":"SHORT_TERM","priority":5}""".formatted(ROBOTS_NEEDED));
        post(staff, needs, """
                {"category":"TECHNOLOGY","type":"TECHNOLOGY.FABRICATION","description":"Printers for the makerspace",
                 "quantity":%d,"unit":"machines","horizon":"SHORT_TERM","priority":3}""".formatted(MACHINES_NEEDED));
        libraryOfAssessment.put(assessment, library);
        return assessment;
    }

    private void complete(String assessment) {
        String staff = staffOf(assessment);
        String url = suite.assessmentUrl() + "/api/v1/assessments/" + assessment;
        int revision = given().auth().oauth2(staff).header("If-Match", Etags.of(staff, url))
                .when().post(url + "/completion")
                .then().statusCode(200).extract().jsonPath().getInt("revision");
        expectedRevision.put(assessment, revision);
        completions++;
    }

    private void revise(String assessment) {
        String staff = staffOf(assessment);
        String url = suite.assessmentUrl() + "/api/v1/assessments/" + assessment;
        given().auth().oauth2(staff).header("If-Match", Etags.of(staff, url))
                .when().post(url + "/revisions")
                .then().statusCode(201);
    }

    // --- the invariants ------------------------------------------------------------------------------------------

    private void checkInvariants(ServiceProcess matchingB, ServiceProcess partnerB) throws Exception {
        awaitEmpty("recommendations READY for every completed revision, the same on both matching replicas, "
                + "following the latest directory", this::recommendationDisagreements, matchingB, partnerB);
        awaitEmpty("matching's read model at the directory's versions", this::readModelMismatches, matchingB, partnerB);
        awaitEmpty("outboxes empty", TwoReplicasIT::outboxRows, matchingB, partnerB);
        awaitEmpty("consumer lag 0", TwoReplicasIT::consumerLag, matchingB, partnerB);
        awaitEmpty("each offering whose window ended expired once", this::notYetExpired, matchingB, partnerB);

        // nothing more happens to the expired partners while both replicas keep running rounds every second
        Map<String, Long> versions = partnerVersions(lapsedPartners);
        await("no second expiry").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(500)).until(() -> partnerVersions(lapsedPartners).equals(versions));
        awaitEmpty("outboxes empty after the expiry", TwoReplicasIT::outboxRows, matchingB, partnerB);
        Map<String, List<JsonNode>> snapshots = recordsByKey("partner-directory", Set.copyOf(partners()));
        Map<String, Long> directoryVersions = partnerVersions(partners());
        List<String> snapshotsNotOnceEach = snapshotsNotPublishedOnceEach(snapshots, directoryVersions);
        Map<String, List<Long>> lapsedSnapshots = new TreeMap<>(versionsOf(snapshots));
        lapsedSnapshots.keySet().retainAll(lapsedPartners);
        Map<String, Set<String>> readyEvents = readyEventIdsBySet();
        List<String> storedSets = strings("matching", "SELECT assessment_id || ' r' || revision || ' v' || set_version"
                + " FROM recommendation_set WHERE assessment_id = ANY(CAST(? AS uuid[]))", expectedRevision.keySet());
        log("on the topics: %d partner-directory records of %d partners, %d recommendations-ready events for %d"
                        + " stored sets", snapshots.values().stream().mapToInt(List::size).sum(), snapshots.size(),
                readyEvents.values().stream().mapToInt(Set::size).sum(), storedSets.size());

        Map<String, List<String>> currentSets = sqlGroups("matching", "SELECT assessment_id::text, "
                + "revision || '/' || set_version FROM recommendation_set WHERE current "
                + "AND assessment_id = ANY(CAST(? AS uuid[]))", expectedRevision.keySet());
        List<String> duplicateSets = strings("matching", "SELECT assessment_id || ' r' || revision || ' v' || set_version"
                + " FROM recommendation_set WHERE assessment_id = ANY(CAST(? AS uuid[]))"
                + " GROUP BY assessment_id, revision, set_version HAVING count(*) > 1", expectedRevision.keySet());
        List<String> duplicateCompletionSets = strings("matching", "SELECT assessment_id || ' r' || revision"
                + " FROM recommendation_set WHERE trigger = 'ASSESSMENT_COMPLETED'"
                + " AND assessment_id = ANY(CAST(? AS uuid[])) GROUP BY assessment_id, revision HAVING count(*) > 1",
                expectedRevision.keySet());
        Set<String> completionEvents = recordsByKey("assessment-completed", expectedRevision.keySet()).values().stream()
                .flatMap(List::stream).map(r -> r.path("event_id").asText()).collect(Collectors.toSet());
        List<String> processedCompletions = strings("matching", "SELECT event_id::text FROM processed_event"
                + " WHERE event_id = ANY(CAST(? AS uuid[]))", completionEvents);
        List<String> deadLettered = deadLettersMentioning();
        JsonNode demandA = demand(matchingUrls.get(0));
        JsonNode demandB = demand(matchingUrls.get(1));
        JsonNode fabLabDemand = offeringDemand(demandA, fabLabOffering);

        assertAll(
                () -> assertEquals(expectedRevision.keySet(), currentSets.keySet(), "assessments with a current set"),
                () -> assertTrue(currentSets.entrySet().stream().allMatch(e -> e.getValue().size() == 1
                                && e.getValue().get(0).startsWith(expectedRevision.get(e.getKey()) + "/")),
                        "exactly one current set per assessment, of its newest revision: " + currentSets),
                () -> assertEquals(List.of(), duplicateSets, "set versions stored twice"),
                () -> assertEquals(List.of(), duplicateCompletionSets, "completions that stored more than one set"),
                () -> assertEquals(completions, completionEvents.size(), "completion events on the topic"),
                () -> assertEquals(completionEvents.size(), processedCompletions.size(),
                        "completion events recorded as processed, once each"),
                () -> assertEquals(List.of(), deadLettered, "dead-lettered records of this test"),
                () -> assertEquals(demandA, demandB, "the fab lab's demand, as each matching replica answers it"),
                () -> assertEquals(LIBRARIES, fabLabDemand.path("libraries").asInt(), fabLabDemand.toString()),
                () -> assertEquals(0, new BigDecimal(LIBRARIES * MACHINES_NEEDED)
                        .compareTo(fabLabDemand.path("asked").decimalValue()), fabLabDemand.toString()),
                () -> assertTrue(fabLabDemand.path("oversubscribed").asBoolean(), fabLabDemand.toString()),
                () -> assertEquals(List.of(), snapshotsNotOnceEach,
                        "each partner change published once, in version order, up to the directory's version"),
                () -> assertTrue(lapsedSnapshots.size() == lapsedPartners.size() && lapsedSnapshots.values().stream()
                                .allMatch(List.of(1L, 2L)::equals),
                        "each lapsed partner: its import's snapshot, then exactly one more (the expiry): "
                                + lapsedSnapshots),
                () -> assertEquals(Set.copyOf(storedSets), readyEvents.keySet(),
                        "a recommendations-ready event for each stored set"),
                () -> assertTrue(readyEvents.values().stream().allMatch(ids -> ids.size() == 1),
                        "one event per stored set: " + readyEvents));
    }

    /**
     * What keeps the recommendations from being converged: per assessment, on each matching replica, anything but a
     * READY set of its newest revision with no re-match pending, covering the robots as the latest quantities do,
     * without lapsed partners, with the fab lab's cover OVERSUBSCRIBED; or two replicas answering differently.
     */
    private List<String> recommendationDisagreements() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Integer> expected : expectedRevision.entrySet()) {
            String assessment = expected.getKey();
            List<JsonNode> answers = new ArrayList<>();
            for (String matching : matchingUrls) {
                Response response = given().auth().oauth2(staffOf(assessment))
                        .get(matching + "/api/v1/assessments/" + assessment + "/recommendations");
                if (response.statusCode() != 200) {
                    problems.add(assessment + " on " + matching + ": " + response.statusCode());
                    continue;
                }
                JsonNode document = JSON.readTree(response.asString());
                answers.add(document);
                problems.addAll(problemsOf(assessment + " on " + matching, document, expected.getValue()));
            }
            if (answers.size() == 2 && !answers.get(0).equals(answers.get(1))) {
                problems.add(assessment + ": the replicas answer different documents: set "
                        + answers.get(0).path("recommendation_set_version") + " vs "
                        + answers.get(1).path("recommendation_set_version"));
            }
        }
        return problems;
    }

    private List<String> problemsOf(String where, JsonNode document, int revision) {
        List<String> problems = new ArrayList<>();
        if (!"READY".equals(document.path("status").asText()) || document.path("revision").asInt() != revision
                || document.path("refresh_pending").asBoolean(true)) {
            problems.add(where + ": " + document.path("status").asText() + " revision "
                    + document.path("revision").asInt() + " (expected " + revision + "), refresh_pending "
                    + document.path("refresh_pending"));
            return problems;
        }
        Map<String, JsonNode> entries = new HashMap<>();
        document.path("recommendations").forEach(r -> entries.put(r.path("partner_id").asText(), r));
        robotQuantity.forEach((partner, quantity) -> {
            JsonNode cover = coverOf(entries.get(partner), "TECHNOLOGY.ROBOTICS");
            double coverage = Math.min(1.0, quantity / (double) ROBOTS_NEEDED);
            if (cover == null || Math.abs(cover.path("coverage").asDouble() - coverage) > 0.0001
                    || cover.path("partial").asBoolean() != quantity < ROBOTS_NEEDED) {
                problems.add(where + ": robots of " + partner + " offering " + quantity + " covered as " + cover);
            }
        });
        lapsedPartners.stream().filter(entries::containsKey)
                .forEach(partner -> problems.add(where + ": recommends " + partner + ", whose offering ended"));
        JsonNode machines = coverOf(entries.get(fabLab), "TECHNOLOGY.FABRICATION");
        if (machines == null || !machines.path("flags").toString().contains("\"OVERSUBSCRIBED\"")) {
            problems.add(where + ": the fab lab asked by " + LIBRARIES + " libraries, covered as " + machines);
        }
        return problems;
    }

    private static JsonNode coverOf(JsonNode recommendation, String needType) {
        if (recommendation == null) {
            return null;
        }
        for (JsonNode cover : recommendation.path("covered_needs")) {
            if (needType.equals(cover.path("need_type").asText())) {
                return cover;
            }
        }
        return null;
    }

    /** This test's partners whose version in matching's read model is not the directory's. */
    private List<String> readModelMismatches() throws SQLException {
        List<String> partners = partners();
        // the partner row's version counts from 0 (JPA); the snapshot's version (the ETag) is that + 1
        Map<String, Long> directory = partnerVersions(partners);
        Map<String, Long> readModel = longs("matching", "SELECT partner_id::text, version FROM partner"
                + " WHERE NOT removed AND partner_id = ANY(CAST(? AS uuid[]))", partners);
        List<String> mismatches = new ArrayList<>();
        directory.forEach((id, version) -> {
            if (!version.equals(readModel.get(id))) {
                mismatches.add(id + ": directory v" + version + ", read model v" + readModel.get(id));
            }
        });
        return mismatches;
    }

    /** The lapsed partners' offerings that are not stored EXPIRED yet. */
    private List<String> notYetExpired() throws SQLException {
        return strings("partner", "SELECT partner_id || ' ' || status FROM offering"
                + " WHERE partner_id = ANY(CAST(? AS uuid[])) AND status <> 'EXPIRED'", lapsedPartners);
    }

    /** Snapshot versions as partner-service's events carry them (the row's JPA version + 1). */
    private static Map<String, Long> partnerVersions(List<String> partners) throws SQLException {
        return longs("partner", "SELECT id::text, version + 1 FROM partner WHERE id = ANY(CAST(? AS uuid[]))",
                partners);
    }

    /** Every partner of this test: the robot partners, the fab lab, the imported lapsed ones. */
    private List<String> partners() {
        List<String> partners = new ArrayList<>(robotOffering.keySet());
        partners.add(fabLab);
        partners.addAll(lapsedPartners);
        return partners;
    }

    /**
     * Partners whose records on partner-directory are not versions 1, 2, ... up to the directory's version, each once
     * (one event id, one record: partner-service was not killed, so its relays had no reason to publish twice).
     */
    private static List<String> snapshotsNotPublishedOnceEach(Map<String, List<JsonNode>> snapshots,
                                                              Map<String, Long> directoryVersions) {
        List<String> wrong = new ArrayList<>();
        directoryVersions.forEach((partner, version) -> {
            List<JsonNode> events = snapshots.getOrDefault(partner, List.of());
            List<Long> versions = events.stream().map(e -> e.path("payload").path("version").asLong()).toList();
            long distinctEvents = events.stream().map(e -> e.path("event_id").asText()).distinct().count();
            List<Long> expected = LongStream.rangeClosed(1, version).boxed().toList();
            if (!versions.equals(expected) || distinctEvents != events.size()) {
                wrong.add(partner + ": versions " + versions + " in " + distinctEvents + " events (directory v"
                        + version + ")");
            }
        });
        return wrong;
    }

    /**
     * The event ids of recommendations-ready for this test's assessments per set ({@code <assessment> r<revision>
     * v<set version>}). A record may repeat an event id (the relay of the killed replica may have published a row
     * whose deletion it could not commit), so events are counted by id.
     */
    private Map<String, Set<String>> readyEventIdsBySet() {
        Map<String, Set<String>> events = new TreeMap<>();
        recordsByKey("recommendations-ready", expectedRevision.keySet()).values().stream().flatMap(List::stream)
                .forEach(e -> events.computeIfAbsent(e.path("payload").path("assessment_id").asText() + " r"
                                + e.path("payload").path("revision").asInt() + " v"
                                + e.path("payload").path("recommendation_set_version").asInt(),
                        k -> new TreeSet<>()).add(e.path("event_id").asText()));
        return events;
    }

    private static Map<String, List<Long>> versionsOf(Map<String, List<JsonNode>> events) {
        Map<String, List<Long>> versions = new TreeMap<>();
        events.forEach((key, list) -> versions.put(key,
                list.stream().map(e -> e.path("payload").path("version").asLong()).toList()));
        return versions;
    }

    private static List<String> outboxRows() throws SQLException {
        List<String> rows = new ArrayList<>();
        for (String database : List.of("assessment", "partner", "matching")) {
            long count = longs(database, "SELECT 'outbox', count(*) FROM outbox_message", null).get("outbox");
            if (count > 0) {
                rows.add(database + ": " + count);
            }
        }
        return rows;
    }

    /** Partitions of matching's three topics whose committed offset of the suite's group is behind the end. */
    private static List<String> consumerLag() throws Exception {
        String group = suite.matching().environment().get("SLP_MATCHING_CONSUMER_GROUP_ID");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (String topic : List.of("assessment-completed", "partner-directory", "library-directory")) {
                admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions()
                        .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            }
            List<String> behind = new ArrayList<>();
            admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).forEach((partition, end) -> {
                OffsetAndMetadata offset = committed.get(partition);
                long lag = end.offset() - (offset == null ? 0 : offset.offset());
                if (lag > 0) {
                    behind.add(partition + " lag " + lag);
                }
            });
            return behind;
        }
    }

    /** Records of matching-dead-letter whose key, value or headers name an assessment or partner of this test. */
    private List<String> deadLettersMentioning() {
        List<String> ids = new ArrayList<>(expectedRevision.keySet());
        ids.addAll(robotOffering.keySet());
        ids.addAll(lapsedPartners);
        ids.add(fabLab);
        List<String> found = new ArrayList<>();
        readTopic("matching-dead-letter", record -> {
            StringBuilder text = new StringBuilder(record.key() + " " + record.value());
            for (Header header : record.headers()) {
                text.append(' ').append(new String(header.value(), StandardCharsets.UTF_8));
            }
            ids.stream().filter(id -> text.indexOf(id) >= 0).findFirst()
                    .ifPresent(id -> found.add(record.topic() + "-" + record.partition() + "@" + record.offset()
                            + " names " + id));
        });
        return found;
    }

    /** The events (values) of a topic whose key is one of these, per key, in offset order. */
    private static Map<String, List<JsonNode>> recordsByKey(String topic, Set<String> keys) {
        Map<String, List<JsonNode>> records = new TreeMap<>();
        readTopic(topic, record -> {
            if (keys.contains(record.key()) && record.value() != null) {
                try {
                    records.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(JSON.readTree(record.value()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        return records;
    }

    /** Every record of the topic from the beginning to its current end, partition by partition. */
    private static void readTopic(String topic, Consumer<ConsumerRecord<String, String>> each) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plusSeconds(60);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                assertTrue(Instant.now().isBefore(deadline), "could not read " + topic + " to its end");
                consumer.poll(Duration.ofMillis(500)).forEach(each);
            }
        }
    }

    private JsonNode demand(String matchingUrl) throws IOException {
        return JSON.readTree(given().auth().oauth2(ADMIN).get(matchingUrl + "/api/v1/partners/" + fabLab + "/demand")
                .then().statusCode(200).extract().asString());
    }

    private static JsonNode offeringDemand(JsonNode demand, String offering) {
        for (JsonNode entry : demand.path("offerings")) {
            if (offering.equals(entry.path("offering_id").asText())) {
                return entry;
            }
        }
        throw new AssertionError("no demand on " + offering + ": " + demand);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /**
     * Waits until the check finds nothing wrong; after {@link #CONVERGENCE}, fails with what it still finds and the
     * tails of the logs of all five processes.
     */
    private static void awaitEmpty(String what, Callable<List<String>> check, ServiceProcess... replicas) {
        List<String> last = new ArrayList<>();
        try {
            await(what).atMost(CONVERGENCE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        List<String> found = check.call();
                        last.clear();
                        last.addAll(found);
                        return found.isEmpty();
                    });
        } catch (ConditionTimeoutException e) {
            StringBuilder logs = new StringBuilder(suite.logs());
            for (ServiceProcess replica : replicas) {
                logs.append("\n--- ").append(replica.name()).append(" at ").append(replica.baseUrl()).append(" ---\n")
                        .append(replica.logTail());
            }
            throw new AssertionError(what + ": not within " + CONVERGENCE + ": " + last + "\n" + logs, e);
        }
    }

    private static <T> T awaitValue(String what, Callable<T> value) {
        return await(what).atMost(CONVERGENCE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250))
                .until(value, v -> v != null);
    }

    private String staffOf(String assessment) {
        return TestTokens.libraryStaff(UUID.fromString(libraryOfAssessment.get(assessment)));
    }

    private static String partnerAdmin(String partner) {
        return TestTokens.partnerAdmin(UUID.fromString(partner));
    }

    private static String post(String token, String url, String body) {
        Response response = given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(url);
        assertEquals(201, response.statusCode(), url + " → " + response.asString());
        return response.jsonPath().getString("id");
    }

    private static String bootstrap() {
        return suite.matching().environment().get("KAFKA_BOOTSTRAP_SERVERS");
    }

    /** A connection to the service's own database, with the URL and credentials the suite gave the service. */
    private static Connection connect(String database) throws SQLException {
        ServiceProcess service = switch (database) {
            case "assessment" -> suite.assessment();
            case "partner" -> suite.partner();
            default -> suite.matching();
        };
        Map<String, String> environment = service.environment();
        return DriverManager.getConnection(environment.get("QUARKUS_DATASOURCE_JDBC_URL"),
                environment.get("QUARKUS_DATASOURCE_USERNAME"), environment.get("QUARKUS_DATASOURCE_PASSWORD"));
    }

    /** The first column of every row of a query with one parameter: a collection (a text array), a text or none. */
    private static List<String> strings(String database, String sql, Object parameter) throws SQLException {
        List<String> values = new ArrayList<>();
        query(database, sql, parameter, rows -> values.add(rows.getString(1)));
        return values;
    }

    /** Rows of (key, value) grouped by key. */
    private static Map<String, List<String>> sqlGroups(String database, String sql, Object parameter)
            throws SQLException {
        Map<String, List<String>> groups = new TreeMap<>();
        query(database, sql, parameter, rows -> groups.computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                .add(rows.getString(2)));
        return groups;
    }

    /** Rows of (key, number). */
    private static Map<String, Long> longs(String database, String sql, Object parameter) throws SQLException {
        Map<String, Long> values = new TreeMap<>();
        query(database, sql, parameter, rows -> values.put(rows.getString(1), rows.getLong(2)));
        return values;
    }

    private interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    private static void query(String database, String sql, Object parameter, RowReader reader) throws SQLException {
        try (Connection connection = connect(database); PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter instanceof Collection<?> values) {
                statement.setArray(1, connection.createArrayOf("text", values.stream().map(String::valueOf).toArray()));
            } else if (parameter != null) {
                statement.setString(1, String.valueOf(parameter));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }

    private static void log(String format, Object... arguments) {
        System.out.println(Instant.now() + " [two-replicas] " + String.format(format, arguments));
    }
}
