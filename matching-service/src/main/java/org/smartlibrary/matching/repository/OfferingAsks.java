package org.smartlibrary.matching.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the coverage plans of the current recommendation sets ask of each offering ({@code offering_ask}), per owner
 * (an assessment's set, or a consortium's pooled set) and per library.
 *
 * <p>One rule turns rows into demand, everywhere: a library counts once per offering, with the largest of its asks
 * (its own sets and its share of its consortium's pooled set are alternative routes to the same need, never added
 * together); an offering's demand is the sum over the libraries asking.
 *
 * <p>The demand per offering is also kept as a running total ({@code offering_demand_total}, per offering and the
 * type it is asked under), recomputed for the offerings an owner's asks touch whenever they are replaced, so that a
 * match reads the demand of the others as those totals minus its own libraries' asks instead of aggregating every
 * ask of its types.
 */
@ApplicationScoped
public class OfferingAsks {

    private static final String ASSESSMENT = "assessment:";
    private static final String CONSORTIUM = "consortium:";

    /** The owner of the asks of an assessment's current set. */
    public static String assessmentOwner(UUID assessmentId) {
        return ASSESSMENT + assessmentId;
    }

    /** The owner of the asks of a consortium's current pooled set. */
    public static String consortiumOwner(String consortiumKey) {
        return CONSORTIUM + consortiumKey;
    }

    /** The assessment whose set the owner is; empty for a consortium's. */
    public static Optional<UUID> assessmentOf(String owner) {
        return owner.startsWith(ASSESSMENT) ? Optional.of(UUID.fromString(owner.substring(ASSESSMENT.length())))
                : Optional.empty();
    }

    /** The consortium key whose pooled set the owner is; empty for an assessment's. */
    public static Optional<String> consortiumOf(String owner) {
        return owner.startsWith(CONSORTIUM) ? Optional.of(owner.substring(CONSORTIUM.length())) : Optional.empty();
    }

    /** One row: what an owner's current plan asks of an offering for one library. */
    public record Ask(UUID libraryId, UUID offeringId, UUID partnerId, String offeringType, BigDecimal quantity) {
    }

    /** The demand on one offering: the sum over libraries (each counted once) and how many libraries ask. */
    public record Demand(BigDecimal quantity, int libraries) {
    }

    /** Per-library demand, the one rule: a library counts once per offering, with its largest ask. */
    private static final String PER_LIBRARY = """
            SELECT offering_id, library_id, max(quantity) AS quantity FROM (
                SELECT owner, offering_id, library_id, sum(quantity) AS quantity FROM offering_ask
                WHERE %s GROUP BY owner, offering_id, library_id) per_owner
            GROUP BY offering_id, library_id""";

    private static final String PER_OFFERING = "SELECT offering_id, sum(quantity), count(*) FROM ("
            + PER_LIBRARY + ") per_library GROUP BY offering_id";

    /** The same rule per offering and the type it is asked under: the rows of {@code offering_demand_total}. */
    private static final String PER_OFFERING_AND_TYPE = """
            SELECT offering_id, offering_type, sum(quantity) AS quantity, count(*) AS libraries FROM (
                SELECT offering_id, offering_type, library_id, max(quantity) AS quantity FROM (
                    SELECT owner, offering_id, offering_type, library_id, sum(quantity) AS quantity FROM offering_ask
                    WHERE %s GROUP BY owner, offering_id, offering_type, library_id) per_owner
                GROUP BY offering_id, offering_type, library_id) per_library
            GROUP BY offering_id, offering_type""";

    /**
     * The totals of the offerings of types ?1 less what libraries ?2 ask of them; an offering asked under two of the
     * types (its type changed) adds the two. Only offerings some other library asks for.
     */
    private static final String OTHERS = """
            SELECT total.offering_id, sum(total.quantity - coalesce(own.quantity, 0)),
                   sum(total.libraries - coalesce(own.libraries, 0))
            FROM offering_demand_total total
            LEFT JOIN (%s) own ON own.offering_id = total.offering_id AND own.offering_type = total.offering_type
            WHERE total.offering_type = ANY(?1)
            GROUP BY total.offering_id
            HAVING sum(total.libraries - coalesce(own.libraries, 0)) > 0""".formatted(PER_OFFERING_AND_TYPE.formatted(
            "library_id = ANY(CAST(?2 AS uuid[])) AND offering_type = ANY(?1)"));

    @Inject
    EntityManager entityManager;

    @Inject
    AdvisoryLocks locks;

    /**
     * The demand of the libraries other than {@code libraries} on the offerings of these types (the only ones a match
     * of needs of these types can use), by offering id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, Demand> demandOfOthers(Collection<UUID> libraries, Collection<String> offeringTypes) {
        if (offeringTypes.isEmpty()) {
            return Map.of();
        }
        return demand(entityManager.createNativeQuery(OTHERS)
                .setParameter(1, offeringTypes.toArray(String[]::new))
                .setParameter(2, texts(libraries))
                .getResultList());
    }

    /** The demand of every library on these offerings, by offering id (offerings nobody asks for are absent). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, Demand> demandOn(Collection<UUID> offeringIds) {
        if (offeringIds.isEmpty()) {
            return Map.of();
        }
        return demand(entityManager.createNativeQuery(PER_OFFERING.formatted("offering_id = ANY(CAST(?1 AS uuid[]))"))
                .setParameter(1, texts(offeringIds))
                .getResultList());
    }

    /** The demand of every library on the offerings of one partner, by offering id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, Demand> demandOnPartner(UUID partnerId) {
        return demand(entityManager.createNativeQuery(PER_OFFERING.formatted("partner_id = ?1"))
                .setParameter(1, partnerId)
                .getResultList());
    }

    /** What the owner's current set asks, per row. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Ask> of(String owner) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT library_id, offering_id, partner_id, "
                        + "offering_type, quantity FROM offering_ask WHERE owner = ?1")
                .setParameter(1, owner)
                .getResultList();
        return rows.stream().map(row -> new Ask((UUID) row[0], (UUID) row[1], (UUID) row[2], (String) row[3],
                (BigDecimal) row[4])).toList();
    }

    /**
     * Replaces what the owner asks with {@code asks} (one row per library and offering: sum them before) and
     * recomputes the demand totals of every offering it asked or asks for.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(String owner, Collection<Ask> asks) {
        @SuppressWarnings("unchecked")
        List<UUID> touched = new ArrayList<>(entityManager.createNativeQuery(
                        "DELETE FROM offering_ask WHERE owner = ?1 RETURNING offering_id")
                .setParameter(1, owner)
                .getResultList());
        if (!asks.isEmpty()) {
            entityManager.createNativeQuery("INSERT INTO offering_ask "
                            + "(owner, library_id, offering_id, partner_id, offering_type, quantity) "
                            + "SELECT ?1, * FROM unnest(CAST(?2 AS uuid[]), CAST(?3 AS uuid[]), CAST(?4 AS uuid[]), "
                            + "CAST(?5 AS varchar[]), CAST(?6 AS numeric[]))")
                    .setParameter(1, owner)
                    .setParameter(2, asks.stream().map(ask -> ask.libraryId().toString()).toArray(String[]::new))
                    .setParameter(3, asks.stream().map(ask -> ask.offeringId().toString()).toArray(String[]::new))
                    .setParameter(4, asks.stream().map(ask -> ask.partnerId().toString()).toArray(String[]::new))
                    .setParameter(5, asks.stream().map(Ask::offeringType).toArray(String[]::new))
                    .setParameter(6, asks.stream().map(ask -> ask.quantity().toPlainString()).toArray(String[]::new))
                    .executeUpdate();
            asks.forEach(ask -> touched.add(ask.offeringId()));
        }
        if (touched.isEmpty()) {
            return;
        }
        String[] offerings = texts(new HashSet<>(touched));
        entityManager.createNativeQuery(
                        "DELETE FROM offering_demand_total WHERE offering_id = ANY(CAST(?1 AS uuid[]))")
                .setParameter(1, offerings)
                .executeUpdate();
        entityManager.createNativeQuery("INSERT INTO offering_demand_total "
                        + "(offering_id, offering_type, quantity, libraries) "
                        + PER_OFFERING_AND_TYPE.formatted("offering_id = ANY(CAST(?1 AS uuid[]))"))
                .setParameter(1, offerings)
                .executeUpdate();
    }

    /** The owners other than {@code except} whose current sets ask for any of these offerings, sorted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> ownersAsking(Collection<UUID> offeringIds, String except) {
        if (offeringIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<String> owners = entityManager.createNativeQuery("SELECT DISTINCT owner FROM offering_ask "
                        + "WHERE offering_id = ANY(CAST(?1 AS uuid[])) AND owner <> ?2 ORDER BY owner")
                .setParameter(1, texts(offeringIds))
                .setParameter(2, except)
                .getResultList();
        return owners;
    }

    /**
     * Serialises the readers and writers of asks (across replicas) until the transaction ends, so that a match reads
     * the asks of every match committed before it. The match worker takes it before anything else it locks.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockForWriting() {
        locks.exclusive(LOCK_KEY);
    }

    /** The advisory lock key of the asks' writers ("offerask" in ASCII). */
    private static final long LOCK_KEY = 0x6f66666572_61736bL;

    private static Map<UUID, Demand> demand(List<?> result) {
        Map<UUID, Demand> demand = new HashMap<>();
        for (Object item : result) {
            Object[] row = (Object[]) item;
            demand.put((UUID) row[0], new Demand((BigDecimal) row[1], ((Number) row[2]).intValue()));
        }
        return demand;
    }

    private static String[] texts(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }
}
