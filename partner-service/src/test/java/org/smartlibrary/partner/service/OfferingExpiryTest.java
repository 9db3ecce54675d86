package org.smartlibrary.partner.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.smartlibrary.partner.DatabaseRows;
import org.smartlibrary.partner.events.DirectoryTopic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartlibrary.partner.PartnerFixtures.addOffering;
import static org.smartlibrary.partner.PartnerFixtures.asAdmin;
import static org.smartlibrary.partner.PartnerFixtures.ifMatchOf;
import static org.smartlibrary.partner.PartnerFixtures.register;
import static org.smartlibrary.partner.PartnerFixtures.registration;
import static org.smartlibrary.partner.PartnerFixtures.robotKits;
import static org.smartlibrary.partner.PartnerFixtures.token;

/**
 * The expiry job as two replicas run it: two runs at the same time, each in its own threads, transactions and
 * database connections. The one that takes the advisory lock first expires the offerings; the other one skips at
 * once instead of waiting, and every offering is expired, and published, exactly once.
 */
@QuarkusTest
class OfferingExpiryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    OfferingExpiry expiry;

    @Inject
    OfferingExpiryScheduler scheduler;

    @Inject
    EntityManager entityManager;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DatabaseRows database;

    @Test
    void whileOneReplicaExpiresOfferingsAnotherSkipsAndEachOfferingExpiresOnce() throws Exception {
        try (DirectoryTopic topic = new DirectoryTopic()) {
            String partner = register(registration("Expiry Lock Partner " + token()));         // 1
            String offering = addOffering(partner, robotKits());                               // 2
            database.update("UPDATE offering SET available_from = ?, available_until = ? WHERE id = ?::uuid",
                    LocalDate.now().minusDays(30), LocalDate.now().minusDays(1), offering);

            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                // another transaction holds the partner's row: replica A, once it holds the expiry lock, waits for
                // it inside its batch, so that replica B runs while A holds the lock
                CountDownLatch rowLocked = new CountDownLatch(1);
                CountDownLatch release = new CountDownLatch(1);
                Future<?> rowHolder = threads.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                    entityManager.createNativeQuery("SELECT id FROM partner WHERE id = CAST(?1 AS uuid) FOR UPDATE")
                            .setParameter(1, partner).getResultList();
                    rowLocked.countDown();
                    awaitQuietly(release);
                }));
                assertTrue(rowLocked.await(30, TimeUnit.SECONDS), "the row lock was not taken");

                Future<Integer> replicaA = threads.submit(() -> scheduler.runOnce());
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                        .until(this::expiryLockHeld);

                // replica B: the lock is taken, so it skips at once (it does not wait for A's batch)
                assertEquals(OptionalInt.empty(), expiry.expireBatch());
                assertEquals(0, scheduler.runOnce());
                assertFalse(replicaA.isDone(), "replica A finished before the row was released");

                release.countDown();
                rowHolder.get(30, TimeUnit.SECONDS);
                assertTrue(replicaA.get(60, TimeUnit.SECONDS) >= 1);
            } finally {
                threads.shutdownNow();
            }

            assertFalse(expiryLockHeld());
            assertEquals(OptionalInt.of(0), expiry.expireBatch());                              // nothing left
            given().get("/api/v1/partners/" + partner).then().statusCode(200)
                    .body("version", equalTo(3))                                                // 3: expired
                    .body("offerings[0].status", equalTo("EXPIRED"));

            ifMatchOf(asAdmin(), "/api/v1/partners/" + partner).delete("/api/v1/partners/" + partner).then()
                    .statusCode(204);                                                           // 4 + tombstone
            List<ConsumerRecord<String, String>> records = topic.until(partner, r -> r.value() == null);
            assertEquals(5, records.size(), () -> "records: " + records);
            List<JsonNode> events = new ArrayList<>();
            for (ConsumerRecord<String, String> record : records.subList(0, 4)) {
                events.add(JSON.readTree(record.value()));
            }
            assertEquals(List.of(1L, 2L, 3L, 4L),
                    events.stream().map(e -> e.path("payload").path("version").asLong()).toList());
            assertEquals(List.of("ACTIVE", "EXPIRED"), events.subList(1, 3).stream()
                    .map(e -> e.path("payload").path("offerings").path(0).path("status").asText()).toList());
            assertEquals(1, events.stream().filter(e -> e.path("event_type").asText().equals("partner-snapshot"))
                    .filter(e -> e.path("payload").path("offerings").path(0).path("status").asText().equals("EXPIRED"))
                    .count());
        }
    }

    /** Whether some transaction holds the expiry job's advisory lock (a bigint key: high and low 32 bits). */
    private boolean expiryLockHeld() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM pg_locks "
                     + "WHERE locktype = 'advisory' AND granted AND classid::text = ? AND objid::text = ? "
                     + "AND objsubid = 1")) {
            statement.setString(1, Long.toString(OfferingExpiry.LOCK_KEY >>> 32));
            statement.setString(2, Long.toString(OfferingExpiry.LOCK_KEY & 0xFFFF_FFFFL));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
