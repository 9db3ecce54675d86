package org.smartlibrary.matching.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.smartlibrary.matching.model.RecommendationSet;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The recommendation sets ({@code recommendation_set}) and the partners each ranks ({@code recommended_partner}),
 * which index the sets for the partner view, for feedback and for choosing what to re-match.
 */
@ApplicationScoped
public class RecommendationSetRepository implements PanacheRepositoryBase<RecommendationSet, UUID> {

    /** (revision, set version) of a recommendation set. */
    public record SetVersion(int revision, int setVersion) {
    }

    /**
     * A current set that ranks a partner, with the assessment's library, the set's content JSON and the library's
     * latest feedback outcome on the partner (null if none).
     */
    public record PartnerMatch(UUID assessmentId, int revision, int setVersion, UUID libraryId, String libraryName,
                               String region, String city, int rank, double score, String content,
                               Instant generatedAt, String latestOutcome) {
    }

    public Optional<RecommendationSet> current(UUID assessmentId) {
        return find("assessmentId = ?1 and current = true", assessmentId).firstResultOptional();
    }

    /** The next set version of an assessment revision (1 for its first set). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int nextVersion(UUID assessmentId, int revision) {
        Number max = (Number) getEntityManager().createNativeQuery(
                        "SELECT coalesce(max(set_version), 0) FROM recommendation_set WHERE assessment_id = ?1 AND revision = ?2")
                .setParameter(1, assessmentId).setParameter(2, revision).getSingleResult();
        return max.intValue() + 1;
    }

    /** Marks the assessment's current set and its recommended partners as no longer current. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void retireCurrent(UUID assessmentId) {
        getEntityManager().createNativeQuery("UPDATE recommendation_set SET current = false WHERE assessment_id = ?1 AND current")
                .setParameter(1, assessmentId).executeUpdate();
        getEntityManager().createNativeQuery("UPDATE recommended_partner SET current = false WHERE assessment_id = ?1 AND current")
                .setParameter(1, assessmentId).executeUpdate();
    }

    /** One ranked partner of a set, as indexed in {@code recommended_partner}. */
    public record RankedPartner(UUID partnerId, int rank, double score) {
    }

    /** Indexes the ranked partners of a (new, current) set, in one statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addRecommendedPartners(UUID setId, UUID assessmentId, List<RankedPartner> partners) {
        if (partners.isEmpty()) {
            return;
        }
        getEntityManager().createNativeQuery("INSERT INTO recommended_partner "
                        + "(set_id, partner_id, assessment_id, rank, score, current) "
                        + "SELECT ?1, partner_id, ?2, rank, score, true FROM unnest(CAST(?3 AS uuid[]), "
                        + "CAST(?4 AS integer[]), CAST(?5 AS float8[])) AS ranked(partner_id, rank, score)")
                .setParameter(1, setId)
                .setParameter(2, assessmentId)
                .setParameter(3, texts(partners, partner -> partner.partnerId().toString()))
                .setParameter(4, texts(partners, partner -> Integer.toString(partner.rank())))
                .setParameter(5, texts(partners, partner -> Double.toString(partner.score())))
                .executeUpdate();
    }

    /** One text per ranked partner, for an array parameter the statement casts. */
    private static String[] texts(List<RankedPartner> partners, Function<RankedPartner, String> text) {
        return partners.stream().map(text).toArray(String[]::new);
    }

    /** (revision, set version) of the newest set that recommended the partner for the assessment, if any did. */
    public Optional<SetVersion> latestRecommending(UUID assessmentId, UUID partnerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        SELECT s.revision, s.set_version FROM recommended_partner rp
                        JOIN recommendation_set s ON s.id = rp.set_id
                        WHERE rp.assessment_id = ?1 AND rp.partner_id = ?2
                        ORDER BY s.revision DESC, s.set_version DESC LIMIT 1""")
                .setParameter(1, assessmentId)
                .setParameter(2, partnerId)
                .getResultList();
        return rows.stream().findFirst()
                .map(row -> new SetVersion(((Number) row[0]).intValue(), ((Number) row[1]).intValue()));
    }

    /** The current sets that rank the partner, by assessment id after {@code after}, at most {@code limit}. */
    public List<PartnerMatch> currentMatchesOf(UUID partnerId, UUID after, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        SELECT rp.assessment_id, s.revision, s.set_version, a.library_id, a.library_name, a.region,
                               a.city, rp.rank, rp.score, s.content, s.generated_at,
                               (SELECT f.outcome FROM match_feedback f
                                WHERE f.assessment_id = rp.assessment_id AND f.partner_id = rp.partner_id
                                ORDER BY f.recorded_at DESC, f.id DESC LIMIT 1)
                        FROM recommended_partner rp
                        JOIN recommendation_set s ON s.id = rp.set_id
                        JOIN assessment a ON a.assessment_id = rp.assessment_id
                        WHERE rp.partner_id = ?1 AND rp.current AND rp.assessment_id > ?2
                        ORDER BY rp.assessment_id
                        LIMIT ?3""")
                .setParameter(1, partnerId)
                .setParameter(2, after)
                .setParameter(3, limit)
                .getResultList();
        return rows.stream().map(row -> new PartnerMatch((UUID) row[0], ((Number) row[1]).intValue(),
                ((Number) row[2]).intValue(), (UUID) row[3], (String) row[4], (String) row[5], (String) row[6],
                ((Number) row[7]).intValue(), ((Number) row[8]).doubleValue(), (String) row[9], instant(row[10]),
                (String) row[11])).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offsetDateTime) {
            return offsetDateTime.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
