package org.smartlibrary.assessment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.smartlibrary.assessment.model.Goal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class GoalRepository implements PanacheRepositoryBase<Goal, UUID> {

    public List<Goal> ofRevision(UUID revisionId) {
        return list("revisionId = ?1 order by sortOrder", revisionId);
    }

    public long countInRevision(UUID revisionId) {
        return count("revisionId", revisionId);
    }

    public int nextSortOrder(UUID revisionId) {
        Integer max = getEntityManager().createQuery("select max(sortOrder) from Goal where revisionId = ?1", Integer.class)
                .setParameter(1, revisionId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** Counts per revision, for list pages. */
    public Map<UUID, Long> countByRevision(Collection<UUID> revisionIds) {
        return RevisionCounts.of(getEntityManager(), "Goal", revisionIds);
    }
}
