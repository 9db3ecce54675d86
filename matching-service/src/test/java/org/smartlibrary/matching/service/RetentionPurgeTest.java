package org.smartlibrary.matching.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.smartlibrary.matching.config.MatchingConfig;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention purge on the real database: old processed event ids go, recent ones stay; of an assessment's
 * recommendation sets the current one, the newest ten and those with feedback stay, the others go with their
 * recommended partners; the counters grow by what was deleted. Rows are inserted directly (no match request, so the
 * worker never touches them); the test profile purges in batches of 2, so every purge runs several batches.
 */
@QuarkusTest
class RetentionPurgeTest {

    @Inject
    RetentionPurge purge;

    @Inject
    MatchingConfig config;

    @Inject
    MeterRegistry registry;

    @Inject
    EntityManager entityManager;

    /** One stored set: revision and set version, oldest first in the lists below. */
    record Version(int revision, int setVersion) {
        @Override
        public String toString() {
            return revision + "." + setVersion;
        }
    }

    @Test
    void theDefaultsKeepEventIdsThreeWeeksAndTenSetsPerAssessment() {
        assertThat(config.retention().processedEvents()).isEqualTo(Duration.ofDays(21));
        assertThat(config.retention().setVersions()).isEqualTo(10);
        assertThat(config.retention().purgeEvery()).isEqualTo(Duration.ofHours(1));
        assertThat(config.retention().batchSize()).isEqualTo(2);
    }

    @Test
    void processedEventIdsOlderThanTheRetentionArePurgedAndRecentOnesStay() {
        List<UUID> old = List.of(processedEvent(Duration.ofDays(22)), processedEvent(Duration.ofDays(21).plusHours(1)),
                processedEvent(Duration.ofDays(60)));
        UUID recent = processedEvent(Duration.ofDays(20));
        UUID justNow = processedEvent(Duration.ZERO);
        double countedBefore = purged("processed_event");

        RetentionPurge.Purged purged = purge.purge();

        old.forEach(id -> assertThat(processedEventExists(id)).as("processed event %s", id).isFalse());
        assertThat(processedEventExists(recent)).as("20 days old: within the 21 days").isTrue();
        assertThat(processedEventExists(justNow)).isTrue();
        assertThat(purged.processedEvents()).isGreaterThanOrEqualTo(3);
        assertThat(purged("processed_event")).isEqualTo(countedBefore + purged.processedEvents());
    }

    @Test
    void anAssessmentKeepsItsCurrentSetTheNewestTenAndThoseWithFeedback() {
        UUID assessment = assessment();
        List<Version> versions = new ArrayList<>();
        for (int v = 1; v <= 5; v++) {
            versions.add(new Version(1, v));
        }
        for (int v = 1; v <= 8; v++) {
            versions.add(new Version(2, v));
        }
        // 13 sets, generated in this order; the newest is current; 1.2 (old) received feedback
        storeSets(assessment, versions, versions.get(12));
        feedback(assessment, new Version(1, 2));
        double setsCountedBefore = purged("recommendation_set");

        RetentionPurge.Purged purged = purge.purge();

        List<Version> kept = new ArrayList<>(versions.subList(3, 13));
        kept.add(0, new Version(1, 2));
        assertThat(storedSets(assessment)).as("1.1 and 1.3 go").containsExactlyElementsOf(kept);
        assertThat(recommendedPartnerRows(assessment)).as("one per kept set: the purged sets' rows went with them")
                .isEqualTo(11);
        assertThat(currentSet(assessment)).isEqualTo(new Version(2, 8));
        assertThat(purged.recommendationSets()).isGreaterThanOrEqualTo(2);
        assertThat(purged("recommendation_set")).isEqualTo(setsCountedBefore + purged.recommendationSets());

        purge.purge();
        assertThat(storedSets(assessment)).as("a second purge finds nothing more").containsExactlyElementsOf(kept);
    }

    @Test
    void aPurgeNeverDeletesTheCurrentSetEvenWhenItIsTheOldest() {
        UUID assessment = assessment();
        List<Version> versions = new ArrayList<>();
        for (int v = 1; v <= 12; v++) {
            versions.add(new Version(1, v));
        }
        // generated in this order, but the first is current (as if later sets had been stored and retired around it)
        storeSets(assessment, versions, versions.get(0));

        purge.purge();

        List<Version> kept = new ArrayList<>(versions.subList(2, 12));
        kept.add(0, new Version(1, 1));
        assertThat(storedSets(assessment)).as("the current 1.1 and the newest ten; 1.2 goes")
                .containsExactlyElementsOf(kept);
        assertThat(currentSet(assessment)).isEqualTo(new Version(1, 1));
    }

    @Test
    void anAssessmentWithNoMoreThanTenSetsKeepsThemAll() {
        UUID assessment = assessment();
        List<Version> versions = new ArrayList<>();
        for (int v = 1; v <= 10; v++) {
            versions.add(new Version(3, v));
        }
        storeSets(assessment, versions, versions.get(9));

        purge.purge();

        assertThat(storedSets(assessment)).containsExactlyElementsOf(versions);
    }

    @Test
    void aConsortiumKeepsItsCurrentSetAndTheNewestTenVersions() {
        String consortium = "retention consortium " + UUID.randomUUID();
        // 13 versions; version 12 is current (as if 13 had been stored and then retired)
        storeConsortiumSets(consortium, 13, 12);
        double countedBefore = purged("consortium_recommendation_set");

        RetentionPurge.Purged purged = purge.purge();

        assertThat(consortiumSetVersions(consortium)).as("versions 1-3 go; 4-13 are the newest ten, 12 is current")
                .containsExactly(4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        assertThat(count("SELECT count(*) FROM consortium_recommended_partner WHERE consortium_key = ?1", consortium))
                .as("one per kept set: the purged sets' rows went with them").isEqualTo(10);
        assertThat(purged.consortiumSets()).isGreaterThanOrEqualTo(3);
        assertThat(purged("consortium_recommendation_set")).isEqualTo(countedBefore + purged.consortiumSets());

        storeConsortiumSets("small " + consortium, 10, 10);
        purge.purge();
        assertThat(consortiumSetVersions("small " + consortium)).as("no more than ten: all stay").hasSize(10);
    }

    /** Stores versions 1..count of the consortium's sets, each ranking one partner; {@code current} is current. */
    private void storeConsortiumSets(String consortium, int count, int current) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int version = 1; version <= count; version++) {
                UUID setId = UUID.randomUUID();
                entityManager.createNativeQuery("INSERT INTO consortium_recommendation_set (id, consortium_key, "
                                + "consortium, set_version, current, trigger, generated_at, content, changes) "
                                + "VALUES (?1, ?2, ?2, ?3, ?4, 'PARTNER_CHANGED', now(), '{}', '{}')")
                        .setParameter(1, setId).setParameter(2, consortium).setParameter(3, version)
                        .setParameter(4, version == current).executeUpdate();
                entityManager.createNativeQuery("INSERT INTO consortium_recommended_partner "
                                + "(set_id, partner_id, consortium_key, current) VALUES (?1, ?2, ?3, ?4)")
                        .setParameter(1, setId).setParameter(2, UUID.randomUUID()).setParameter(3, consortium)
                        .setParameter(4, version == current).executeUpdate();
            }
        });
    }

    private List<Integer> consortiumSetVersions(String consortium) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Number> versions = entityManager.createNativeQuery("SELECT set_version FROM "
                            + "consortium_recommendation_set WHERE consortium_key = ?1 ORDER BY set_version")
                    .setParameter(1, consortium).getResultList();
            return versions.stream().map(Number::intValue).toList();
        });
    }

    private UUID processedEvent(Duration age) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("INSERT INTO processed_event "
                        + "(event_id, topic, event_type, processed_at) VALUES (?1, 'assessment-completed', "
                        + "'assessment-completed', ?2)")
                .setParameter(1, id).setParameter(2, Instant.now().minus(age)).executeUpdate());
        return id;
    }

    private boolean processedEventExists(UUID id) {
        return count("SELECT count(*) FROM processed_event WHERE event_id = ?1", id) == 1;
    }

    private UUID assessment() {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("INSERT INTO assessment "
                        + "(assessment_id, revision, library_id, library_name, region, city, payload, completed_at, "
                        + "received_at) VALUES (?1, 3, ?2, 'Retention Test Library', 'Retention Region', 'City', '{}', "
                        + "now(), now())")
                .setParameter(1, id).setParameter(2, UUID.randomUUID()).executeUpdate());
        return id;
    }

    /** Stores the sets generated a minute apart in list order, each ranking one partner of its own. */
    private void storeSets(UUID assessment, List<Version> versions, Version current) {
        Instant first = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MICROS);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < versions.size(); i++) {
                Version version = versions.get(i);
                boolean isCurrent = version.equals(current);
                UUID setId = UUID.randomUUID();
                entityManager.createNativeQuery("INSERT INTO recommendation_set (id, assessment_id, revision, "
                                + "set_version, current, trigger, generated_at, content, excluded, changes) "
                                + "VALUES (?1, ?2, ?3, ?4, ?5, 'PARTNER_CHANGED', ?6, '{}', '[]', '{}')")
                        .setParameter(1, setId).setParameter(2, assessment).setParameter(3, version.revision())
                        .setParameter(4, version.setVersion()).setParameter(5, isCurrent)
                        .setParameter(6, first.plus(Duration.ofMinutes(i))).executeUpdate();
                entityManager.createNativeQuery("INSERT INTO recommended_partner "
                                + "(set_id, partner_id, assessment_id, rank, score, current) VALUES (?1, ?2, ?3, 1, 0.5, ?4)")
                        .setParameter(1, setId).setParameter(2, UUID.randomUUID()).setParameter(3, assessment)
                        .setParameter(4, isCurrent).executeUpdate();
            }
        });
    }

    private void feedback(UUID assessment, Version version) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("INSERT INTO match_feedback "
                        + "(id, assessment_id, partner_id, revision, set_version, outcome, recorded_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, 'CONTACTED', now())")
                .setParameter(1, UUID.randomUUID()).setParameter(2, assessment).setParameter(3, UUID.randomUUID())
                .setParameter(4, version.revision()).setParameter(5, version.setVersion()).executeUpdate());
    }

    /** The assessment's stored sets, oldest generated first. */
    private List<Version> storedSets(UUID assessment) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("SELECT revision, set_version FROM recommendation_set "
                            + "WHERE assessment_id = ?1 ORDER BY generated_at")
                    .setParameter(1, assessment).getResultList();
            return rows.stream()
                    .map(row -> new Version(((Number) row[0]).intValue(), ((Number) row[1]).intValue())).toList();
        });
    }

    private Version currentSet(UUID assessment) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) entityManager.createNativeQuery("SELECT revision, set_version "
                    + "FROM recommendation_set WHERE assessment_id = ?1 AND current").setParameter(1, assessment)
                    .getSingleResult();
            return new Version(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
        });
    }

    private long recommendedPartnerRows(UUID assessment) {
        return count("SELECT count(*) FROM recommended_partner WHERE assessment_id = ?1", assessment);
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }

    private double purged(String table) {
        return registry.counter("slp.matching.purged", "table", table).count();
    }
}
