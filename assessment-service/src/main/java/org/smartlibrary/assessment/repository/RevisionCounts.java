package org.smartlibrary.assessment.repository;

import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** How many goals, needs or offers each revision holds (one grouped query per list page). */
final class RevisionCounts {

    private RevisionCounts() {
    }

    static Map<UUID, Long> of(EntityManager entityManager, String entity, Collection<UUID> revisionIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (revisionIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = entityManager.createQuery("select e.revisionId, count(e) from " + entity
                        + " e where e.revisionId in :ids group by e.revisionId", Object[].class)
                .setParameter("ids", revisionIds).getResultList();
        rows.forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        return counts;
    }
}
