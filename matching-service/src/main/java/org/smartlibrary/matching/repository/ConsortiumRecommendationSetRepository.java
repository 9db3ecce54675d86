package org.smartlibrary.matching.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.smartlibrary.matching.model.ConsortiumRecommendationSet;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The consortium recommendation sets ({@code consortium_recommendation_set}) and the partners each ranks
 * ({@code consortium_recommended_partner}), which tell which consortia a partner change affects.
 */
@ApplicationScoped
public class ConsortiumRecommendationSetRepository implements PanacheRepositoryBase<ConsortiumRecommendationSet, UUID> {

    public Optional<ConsortiumRecommendationSet> current(String consortiumKey) {
        return find("consortiumKey = ?1 and current = true", consortiumKey).firstResultOptional();
    }

    /** The next set version of the consortium (1 for its first set). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int nextVersion(String consortiumKey) {
        Number max = (Number) getEntityManager().createNativeQuery("SELECT coalesce(max(set_version), 0) "
                        + "FROM consortium_recommendation_set WHERE consortium_key = ?1")
                .setParameter(1, consortiumKey).getSingleResult();
        return max.intValue() + 1;
    }

    /** Marks the consortium's current set and its recommended partners as no longer current. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void retireCurrent(String consortiumKey) {
        getEntityManager().createNativeQuery("UPDATE consortium_recommendation_set SET current = false "
                        + "WHERE consortium_key = ?1 AND current")
                .setParameter(1, consortiumKey).executeUpdate();
        getEntityManager().createNativeQuery("UPDATE consortium_recommended_partner SET current = false "
                        + "WHERE consortium_key = ?1 AND current")
                .setParameter(1, consortiumKey).executeUpdate();
    }

    /** Indexes the ranked partners of a (new, current) set, in one statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addRecommendedPartners(UUID setId, String consortiumKey, List<UUID> partnerIds) {
        if (partnerIds.isEmpty()) {
            return;
        }
        getEntityManager().createNativeQuery("INSERT INTO consortium_recommended_partner "
                        + "(set_id, partner_id, consortium_key, current) "
                        + "SELECT ?1, partner_id, ?2, true FROM unnest(CAST(?3 AS uuid[])) AS ranked(partner_id)")
                .setParameter(1, setId)
                .setParameter(2, consortiumKey)
                .setParameter(3, partnerIds.stream().map(UUID::toString).toArray(String[]::new))
                .executeUpdate();
    }
}
