package org.smartlibrary.assessment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.smartlibrary.assessment.model.Offer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class OfferRepository implements PanacheRepositoryBase<Offer, UUID> {

    public List<Offer> ofRevision(UUID revisionId) {
        return list("revisionId = ?1 order by sortOrder", revisionId);
    }

    public long countInRevision(UUID revisionId) {
        return count("revisionId", revisionId);
    }

    public int nextSortOrder(UUID revisionId) {
        Integer max = getEntityManager().createQuery("select max(sortOrder) from Offer where revisionId = ?1", Integer.class)
                .setParameter(1, revisionId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** Counts per revision, for list pages. */
    public Map<UUID, Long> countByRevision(Collection<UUID> revisionIds) {
        return RevisionCounts.of(getEntityManager(), "Offer", revisionIds);
    }
}
