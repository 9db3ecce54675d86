package org.smartlibrary.partner.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import org.hibernate.jpa.HibernateHints;
import org.smartlibrary.kit.problem.ProblemException;
import org.smartlibrary.partner.model.Partner;
import org.smartlibrary.partner.repository.SearchQuery.Hit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, UUID> {

    public Partner get(UUID id) {
        Partner partner = findById(id);
        if (partner == null) {
            throw ProblemException.notFound("partner", id);
        }
        return partner;
    }

    /**
     * The partner with its offerings in one statement, loaded read-only (no snapshot kept, nothing flushed): for
     * reads that only map it to its view.
     */
    public Partner getToRead(UUID id) {
        return getEntityManager().createQuery("select p from Partner p left join fetch p.offerings where p.id = :id",
                        Partner.class)
                .setParameter("id", id)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("partner", id));
    }

    /**
     * Loads the partner for a change and locks its row until the transaction ends: changes of one partner run one
     * after the other, so their versions and their outbox rows follow the same order.
     */
    public Partner getForUpdate(UUID id) {
        Partner partner = findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (partner == null) {
            throw ProblemException.notFound("partner", id);
        }
        return partner;
    }

    /** The registered partners with this normalized name or website domain, the first registered first. */
    public List<Partner> findSameOrganization(String normalizedName, String websiteDomain) {
        if (websiteDomain == null) {
            return find("normalizedName = ?1 order by createdAt, id", normalizedName).range(0, 9).list();
        }
        return find("normalizedName = ?1 or websiteDomain = ?2 order by createdAt, id", normalizedName, websiteDomain)
                .range(0, 9).list();
    }

    public Optional<Partner> findByExternalId(String externalId) {
        return find("externalId", externalId).firstResultOptional();
    }

    public Optional<Partner> findByOrgRegistryId(String orgRegistryId) {
        return find("orgRegistryId", orgRegistryId).firstResultOptional();
    }

    /** Partners with their offerings, in the order of the given ids. */
    public List<Partner> findWithOfferings(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Partner> byId = getEntityManager()
                .createQuery("select distinct p from Partner p left join fetch p.offerings where p.id in :ids",
                        Partner.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        return ids.stream().map(byId::get).filter(p -> p != null).toList();
    }

    /** Ids of partners with an ACTIVE offering whose window ended before this date, at most {@code limit}. */
    public List<UUID> withOfferingsPastWindow(LocalDate today, int limit) {
        return getEntityManager()
                .createQuery("select distinct o.partner.id from Offering o where o.status = 'ACTIVE' "
                        + "and o.availableUntil < :today", UUID.class)
                .setParameter("today", today).setMaxResults(limit).getResultList().stream()
                .sorted(Comparator.naturalOrder()).toList();
    }

    /** Runs the id query of a search page ({@link SearchQuery}); needs a transaction. */
    public List<Hit> hits(SearchQuery search) {
        // The driver prepares repeated statements on the server, and PostgreSQL may then switch to a generic plan
        // that cannot see the query text: it would scan every partner even for a selective query that the GIN
        // indexes answer in milliseconds. Plan each search for its own parameters.
        getEntityManager().createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan").executeUpdate();
        Query query = getEntityManager().createNativeQuery(search.sql());
        for (int i = 0; i < search.parameters().size(); i++) {
            query.setParameter(i + 1, search.parameters().get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new Hit((UUID) row[0], (String) row[1], tierOf(row[2]))).toList();
    }

    private static MatchTier tierOf(Object level) {
        return level == null ? null : MatchTier.ofLevel(((Number) level).intValue()).orElseThrow();
    }

    /**
     * Waits for the transaction-level advisory locks on all these keys, taken in sorted order in one statement, and
     * holds them until the transaction ends.
     */
    public void lockAllUntilCommit(Collection<String> keys) {
        List<String> sorted = keys.stream().distinct().sorted().toList();
        if (sorted.isEmpty()) {
            return;
        }
        StringBuilder values = new StringBuilder();
        for (int i = 1; i <= sorted.size(); i++) {
            values.append(i == 1 ? "" : ", ").append("(CAST(?").append(i).append(" AS text))");
        }
        Query query = getEntityManager().createNativeQuery("SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0))) "
                + "FROM (SELECT k FROM (VALUES " + values + ") AS v(k) ORDER BY k) AS sorted_keys");
        for (int i = 0; i < sorted.size(); i++) {
            query.setParameter(i + 1, sorted.get(i));
        }
        query.getSingleResult();
    }

    /**
     * The partners with any of these external ids, registry ids, normalized names or website domains, with their
     * offerings, their rows locked for this transaction (in id order, as every multi-partner change locks them).
     * One index lookup per kind of key, each value list bound as one array: the plan stays an index plan whatever the
     * number of values (a list of single parameters ends up compared row by row in a scan of the whole table).
     */
    public List<Partner> lockSameOrganizations(Collection<String> externalIds, Collection<String> orgRegistryIds,
                                               Collection<String> normalizedNames, Collection<String> websiteDomains) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager().createNativeQuery("""
                        SELECT p.id FROM partner p
                        WHERE p.id IN (SELECT id FROM partner WHERE external_id = ANY(?1)
                                       UNION ALL SELECT id FROM partner WHERE org_registry_id = ANY(?2)
                                       UNION ALL SELECT id FROM partner WHERE normalized_name = ANY(?3)
                                       UNION ALL SELECT id FROM partner WHERE website_domain = ANY(?4))
                        ORDER BY p.id
                        FOR UPDATE OF p""")
                .setParameter(1, array(externalIds)).setParameter(2, array(orgRegistryIds))
                .setParameter(3, array(normalizedNames)).setParameter(4, array(websiteDomains))
                .getResultList();
        return findWithOfferings(ids);
    }

    private static String[] array(Collection<String> values) {
        return values.toArray(String[]::new);
    }

    /**
     * Takes the transaction-level advisory lock on this key without waiting: true when this transaction now holds it
     * (until it ends), false when another transaction holds it.
     */
    public boolean tryLockUntilCommit(long key) {
        return (Boolean) getEntityManager().createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, key).getSingleResult();
    }
}
