package org.smartlibrary.assessment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.smartlibrary.assessment.model.Need;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class NeedRepository implements PanacheRepositoryBase<Need, UUID> {

    public List<Need> ofRevision(UUID revisionId) {
        return list("revisionId = ?1 order by sortOrder", revisionId);
    }

    public long countInRevision(UUID revisionId) {
        return count("revisionId", revisionId);
    }

    public int nextSortOrder(UUID revisionId) {
        Integer max = getEntityManager().createQuery("select max(sortOrder) from Need where revisionId = ?1", Integer.class)
                .setParameter(1, revisionId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    public List<Need> ofRevisions(Collection<UUID> revisionIds) {
        if (revisionIds.isEmpty()) {
            return List.of();
        }
        return list("revisionId in ?1", revisionIds);
    }

    public List<Need> referencing(UUID goalId) {
        return list("goalId = ?1 order by sortOrder", goalId);
    }

    /** Counts per revision, for list pages. */
    public Map<UUID, Long> countByRevision(Collection<UUID> revisionIds) {
        return RevisionCounts.of(getEntityManager(), "Need", revisionIds);
    }
}
