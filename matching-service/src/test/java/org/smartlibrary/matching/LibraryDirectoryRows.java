package org.smartlibrary.matching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * library-snapshot events for the library-directory tests, and direct looks at what matching stores of them: each
 * library's membership, the consortium its assessments name, and a consortium's current pooled set (read from the
 * table, so these tests do not depend on how the API shows a set's trigger).
 */
@ApplicationScoped
public class LibraryDirectoryRows {

    public static final String TOPIC = "library-directory";

    @Inject
    EntityManager entityManager;

    /** What a consortium's current pooled set holds, and whether a re-match of it is queued. */
    public record Pool(int setVersion, String trigger, List<String> members, List<Integer> revisions,
                       int pooledQuantity, List<String> recommended, boolean refreshPending) {
    }

    /** A library's membership as stored: its consortium (null: none) and the library version that says so. */
    public record Membership(String consortium, long libraryVersion) {
    }

    /** A snapshot of the library (fresh event id) naming this consortium (null: none), changed now. */
    public static ObjectNode snapshot(UUID libraryId, long libraryVersion, String consortium) {
        ObjectNode event = Events.example(TOPIC, "library-joins-consortium");
        event.put("event_id", UUID.randomUUID().toString());
        event.put("aggregate_id", libraryId.toString());
        ObjectNode payload = (ObjectNode) event.get("payload");
        payload.put("library_id", libraryId.toString());
        payload.put("library_version", libraryVersion);
        payload.put("consortium", consortium);
        payload.put("updated_at", Instant.now().toString());
        return event;
    }

    /** The consortium's current set, or null while it has none. */
    public Pool pool(String consortium) {
        String key = consortium.toLowerCase(Locale.ROOT);
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("SELECT set_version, trigger, content, "
                            + "EXISTS (SELECT 1 FROM consortium_match_request r WHERE r.consortium_key = s.consortium_key) "
                            + "FROM consortium_recommendation_set s WHERE consortium_key = ?1 AND current")
                    .setParameter(1, key).getResultList();
            if (rows.isEmpty()) {
                return null;
            }
            Object[] row = rows.get(0);
            JsonNode content = read((String) row[2]);
            List<String> members = new ArrayList<>();
            List<Integer> revisions = new ArrayList<>();
            content.path("members").forEach(member -> {
                members.add(member.path("library_id").asText());
                revisions.add(member.path("revision").asInt());
            });
            List<String> recommended = new ArrayList<>();
            content.path("recommendations").forEach(r -> recommended.add(r.path("partner_id").asText()));
            int quantity = content.path("pooled_needs").path(0).path("quantity").asInt(0);
            return new Pool(((Number) row[0]).intValue(), (String) row[1], members, revisions, quantity, recommended,
                    (Boolean) row[3]);
        });
    }

    /** Waits until the consortium's current set satisfies the condition and no re-match of it is queued. */
    public Pool awaitPool(String consortium, Predicate<Pool> condition) {
        return await().atMost(Api.TIMEOUT).pollInterval(Duration.ofMillis(100))
                .until(() -> pool(consortium), pool -> pool != null && !pool.refreshPending() && condition.test(pool));
    }

    /** The library's stored membership, or null when matching holds none. */
    public Membership membership(UUID libraryId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery(
                            "SELECT consortium, library_version FROM library_membership WHERE library_id = ?1")
                    .setParameter(1, libraryId).getResultList();
            return rows.isEmpty() ? null
                    : new Membership((String) rows.get(0)[0], ((Number) rows.get(0)[1]).longValue());
        });
    }

    /** Waits until the library's membership is at least this library version. */
    public Membership awaitMembership(UUID libraryId, long libraryVersion) {
        return await().atMost(Api.TIMEOUT).pollInterval(Duration.ofMillis(100))
                .until(() -> membership(libraryId), m -> m != null && m.libraryVersion() >= libraryVersion);
    }

    /** The consortium the stored assessment names (null: none). */
    public String consortiumOfAssessment(String assessmentId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                        "SELECT consortium FROM assessment WHERE assessment_id = ?1")
                .setParameter(1, UUID.fromString(assessmentId)).getSingleResult());
    }

    private static JsonNode read(String json) {
        try {
            return Events.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
