package org.smartlibrary.matching.repository;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.smartlibrary.matching.config.MatchingConfig;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a queued (re-)match is due, on the real database: partner changes settle (due the settle time after the
 * latest, at most the maximum wait after the first one not served yet), an assessment completion is due at once and
 * keeps its row due at once, and a partner change never shortens the backoff of a failed match.
 * <p>
 * Each case runs in one transaction that is rolled back, so the match worker never sees its rows; inside it
 * {@code now()} stands still, so due times are exact.
 */
@QuarkusTest
class MatchRequestsTest {

    private static final double EXACT = 0.001;

    @Inject
    MatchRequests requests;

    @Inject
    MatchingConfig config;

    @Inject
    EntityManager entityManager;

    /** One row of the queue, its times in milliseconds from the transaction's now(). */
    record Queued(String reason, UUID partnerId, int attempts, double dueInMillis, double requestedMillisAgo) {
    }

    @Test
    void aPartnerChangeIsDueTheSettleTimeAfterIt() {
        UUID partner = UUID.randomUUID();

        Queued queued = inRolledBackTransaction(assessment -> {
            requests.requestForPartner(partner, List.of(assessment.needType()), PartnerReach.EVERYWHERE);
            return queued(assessment.id());
        });

        assertThat(queued.reason()).isEqualTo(MatchRequests.PARTNER_CHANGED);
        assertThat(queued.partnerId()).isEqualTo(partner);
        assertThat(queued.requestedMillisAgo()).isZero();
        assertThat(queued.dueInMillis()).isCloseTo(settleMillis(), withinExact());
    }

    @Test
    void aLaterPartnerChangePutsTheReMatchOffAndKeepsWhenTheFirstWasRequested() {
        UUID later = UUID.randomUUID();

        Queued queued = inRolledBackTransaction(assessment -> {
            requests.requestForPartner(UUID.randomUUID(), List.of(assessment.needType()), PartnerReach.EVERYWHERE);
            // as if the first change came 5 s ago and its re-match is due, but not taken yet
            shift(assessment.id(), Duration.ofSeconds(5), Duration.ofSeconds(-1));
            requests.requestForPartner(later, List.of(assessment.needType()), PartnerReach.EVERYWHERE);
            return queued(assessment.id());
        });

        assertThat(queued.partnerId()).isEqualTo(later);
        assertThat(queued.requestedMillisAgo()).isCloseTo(5000, withinExact());
        assertThat(queued.dueInMillis()).isCloseTo(settleMillis(), withinExact());
    }

    @Test
    void partnerChangesPutTheReMatchOffNoLongerThanTheMaximumWaitAfterTheFirst() {
        Duration left = Duration.ofMillis(100);

        Queued almostAtTheMaximum = inRolledBackTransaction(assessment -> {
            requests.requestForPartner(UUID.randomUUID(), List.of(assessment.needType()), PartnerReach.EVERYWHERE);
            shift(assessment.id(), config.partnerChange().maxWait().minus(left), Duration.ZERO);
            requests.requestForPartner(UUID.randomUUID(), List.of(assessment.needType()), PartnerReach.EVERYWHERE);
            return queued(assessment.id());
        });
        Queued pastTheMaximum = inRolledBackTransaction(assessment -> {
            requests.requestForPartner(UUID.randomUUID(), List.of(assessment.needType()), PartnerReach.EVERYWHERE);
            shift(assessment.id(), config.partnerChange().maxWait().multipliedBy(2), Duration.ofSeconds(-1));
            requests.requestForPartner(UUID.randomUUID(), List.of(assessment.needType()), PartnerReach.EVERYWHERE);
            return queued(assessment.id());
        });

        assertThat(almostAtTheMaximum.dueInMillis()).isCloseTo(Math.min(settleMillis(), left.toMillis()), withinExact());
        // overdue already: stays due
        assertThat(pastTheMaximum.dueInMillis()).isCloseTo(-1000, withinExact());
    }

    @Test
    void anAssessmentCompletionIsDueAtOnceWhilePartnerChangesSettle() {
        Queued queued = inRolledBackTransaction(assessment -> {
            requests.requestForPartner(UUID.randomUUID(), List.of(assessment.needType()), PartnerReach.EVERYWHERE);
            shift(assessment.id(), Duration.ofSeconds(1), Duration.ofSeconds(5));
            requests.request(assessment.id(), MatchRequests.ASSESSMENT_COMPLETED);
            return queued(assessment.id());
        });

        assertThat(queued.reason()).isEqualTo(MatchRequests.ASSESSMENT_COMPLETED);
        assertThat(queued.dueInMillis()).isZero();
        assertThat(queued.requestedMillisAgo()).isCloseTo(1000, withinExact());
    }

    @Test
    void aPartnerChangeKeepsACompletionDueAtOnce() {
        UUID partner = UUID.randomUUID();

        Queued queued = inRolledBackTransaction(assessment -> {
            requests.request(assessment.id(), MatchRequests.ASSESSMENT_COMPLETED);
            requests.requestForPartner(partner, List.of(assessment.needType()), PartnerReach.EVERYWHERE);
            return queued(assessment.id());
        });

        assertThat(queued.reason()).isEqualTo(MatchRequests.ASSESSMENT_COMPLETED);
        assertThat(queued.partnerId()).isEqualTo(partner);
        assertThat(queued.dueInMillis()).isZero();
    }

    @Test
    void aPartnerChangeNeverShortensTheBackoffOfAFailedMatch() {
        Duration backoff = Duration.ofMinutes(5);

        List<Queued> partnerChangeRow = inRolledBackTransaction(assessment -> {
            requests.requestForPartner(UUID.randomUUID(), List.of(assessment.needType()), PartnerReach.EVERYWHERE);
            requests.failed(assessment.id(), backoff, "matching failed");
            Queued failed = queued(assessment.id());
            requests.requestForPartner(UUID.randomUUID(), List.of(assessment.needType()), PartnerReach.EVERYWHERE);
            return List.of(failed, queued(assessment.id()));
        });
        List<Queued> completionRow = inRolledBackTransaction(assessment -> {
            requests.request(assessment.id(), MatchRequests.ASSESSMENT_COMPLETED);
            requests.failed(assessment.id(), backoff, "matching failed");
            Queued failed = queued(assessment.id());
            requests.requestForPartner(UUID.randomUUID(), List.of(assessment.needType()), PartnerReach.EVERYWHERE);
            return List.of(failed, queued(assessment.id()));
        });

        for (List<Queued> beforeAndAfter : List.of(partnerChangeRow, completionRow)) {
            Queued failed = beforeAndAfter.get(0);
            Queued after = beforeAndAfter.get(1);
            assertThat(failed.dueInMillis()).isGreaterThan(backoff.minusSeconds(10).toMillis());
            assertThat(after.dueInMillis()).isCloseTo(failed.dueInMillis(), withinExact());
            assertThat(after.attempts()).isEqualTo(1);
        }
    }

    @Test
    void aPartnerChangeReachesOnlyTheLibrariesInItsServiceArea() {
        // the stored library is in the region "Region", city "City"
        List<Integer> requested = inRolledBackTransaction(assessment -> {
            List<String> types = List.of(assessment.needType());
            int elsewhere = requests.requestForPartner(UUID.randomUUID(), types,
                    PartnerReach.of(false, false, List.of("Elsewhere"), List.of("Other City")));
            int byRegion = requests.requestForPartner(UUID.randomUUID(), types,
                    PartnerReach.of(false, false, List.of("REGION"), List.of()));
            entityManager.createNativeQuery("DELETE FROM match_request WHERE assessment_id = ?1")
                    .setParameter(1, assessment.id()).executeUpdate();
            int byCity = requests.requestForPartner(UUID.randomUUID(), types,
                    PartnerReach.of(false, false, List.of(), List.of(" city ")));
            entityManager.createNativeQuery("DELETE FROM match_request WHERE assessment_id = ?1")
                    .setParameter(1, assessment.id()).executeUpdate();
            int nationally = requests.requestForPartner(UUID.randomUUID(), types,
                    PartnerReach.of(false, true, List.of(), List.of()));
            entityManager.createNativeQuery("DELETE FROM match_request WHERE assessment_id = ?1")
                    .setParameter(1, assessment.id()).executeUpdate();
            // a partner that moved from Elsewhere to Region: the area before or after the change counts
            int moved = requests.requestForPartner(UUID.randomUUID(), types,
                    PartnerReach.of(false, false, List.of("Elsewhere"), List.of())
                            .and(PartnerReach.of(false, false, List.of("Region"), List.of())));
            return List.of(elsewhere, byRegion, byCity, nationally, moved);
        });

        assertThat(requested).containsExactly(0, 1, 1, 1, 1);
    }

    /** A stored assessment with one need of a type no other test uses, so partner changes of that type reach it only. */
    record StoredAssessment(UUID id, String needType) {
    }

    private <T> T inRolledBackTransaction(Function<StoredAssessment, T> work) {
        QuarkusTransaction.begin();
        try {
            StoredAssessment assessment = new StoredAssessment(UUID.randomUUID(),
                    "TEST." + UUID.randomUUID().toString().substring(0, 8));
            entityManager.createNativeQuery("INSERT INTO assessment (assessment_id, revision, library_id, library_name, "
                            + "region, city, payload, completed_at, received_at) "
                            + "VALUES (?1, 1, ?2, 'Queue Test Library', 'Region', 'City', '{}', now(), now())")
                    .setParameter(1, assessment.id()).setParameter(2, UUID.randomUUID()).executeUpdate();
            entityManager.createNativeQuery("INSERT INTO assessment_need_type (assessment_id, need_type) VALUES (?1, ?2)")
                    .setParameter(1, assessment.id()).setParameter(2, assessment.needType()).executeUpdate();
            return work.apply(assessment);
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    /** Moves the row's first request this much into the past and makes it due this much after now(). */
    private void shift(UUID assessmentId, Duration requestedAgo, Duration dueIn) {
        entityManager.createNativeQuery("UPDATE match_request SET "
                        + "requested_at = now() - ?2 * INTERVAL '1 millisecond', "
                        + "next_attempt_at = now() + ?3 * INTERVAL '1 millisecond' WHERE assessment_id = ?1")
                .setParameter(1, assessmentId).setParameter(2, requestedAgo.toMillis()).setParameter(3, dueIn.toMillis())
                .executeUpdate();
    }

    private Queued queued(UUID assessmentId) {
        Object[] row = (Object[]) entityManager.createNativeQuery("SELECT reason, partner_id, attempts, "
                        + "EXTRACT(EPOCH FROM next_attempt_at - now()) * 1000, "
                        + "EXTRACT(EPOCH FROM now() - requested_at) * 1000 "
                        + "FROM match_request WHERE assessment_id = ?1")
                .setParameter(1, assessmentId).getSingleResult();
        return new Queued((String) row[0], (UUID) row[1], ((Number) row[2]).intValue(),
                ((Number) row[3]).doubleValue(), ((Number) row[4]).doubleValue());
    }

    private double settleMillis() {
        return config.partnerChange().settle().toMillis();
    }

    private static org.assertj.core.data.Offset<Double> withinExact() {
        return org.assertj.core.data.Offset.offset(EXACT);
    }
}
