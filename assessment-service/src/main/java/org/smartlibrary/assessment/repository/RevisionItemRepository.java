package org.smartlibrary.assessment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import org.hibernate.jpa.HibernateHints;
import org.smartlibrary.assessment.model.RevisionItem;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The queries goals, needs and offers share: the items of a revision in their order, how many it holds, where the
 * next one goes, and how many each revision of a list page holds.
 */
public interface RevisionItemRepository<E extends RevisionItem> extends PanacheRepositoryBase<E, UUID> {

    /** The entity's name in JPQL. */
    String entityName();

    /**
     * The revision's items in their order, loaded read-only (no snapshot kept, no dirty check at commit): an item is
     * changed through {@code findById}.
     */
    default List<E> ofRevision(UUID revisionId) {
        return find("revisionId = ?1 order by sortOrder", revisionId).withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    default long countInRevision(UUID revisionId) {
        return count("revisionId", revisionId);
    }

    default int nextSortOrder(UUID revisionId) {
        Integer max = getEntityManager()
                .createQuery("select max(sortOrder) from " + entityName() + " where revisionId = ?1", Integer.class)
                .setParameter(1, revisionId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** Counts per revision, for list pages (one grouped query per page). */
    default Map<UUID, Long> countByRevision(Collection<UUID> revisionIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (revisionIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = getEntityManager().createQuery("select e.revisionId, count(e) from " + entityName()
                        + " e where e.revisionId in :ids group by e.revisionId", Object[].class)
                .setParameter("ids", revisionIds).getResultList();
        rows.forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        return counts;
    }
}
