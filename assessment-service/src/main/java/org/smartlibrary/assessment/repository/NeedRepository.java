package org.smartlibrary.assessment.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.smartlibrary.assessment.model.Need;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class NeedRepository implements RevisionItemRepository<Need> {

    @Override
    public String entityName() {
        return "Need";
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
}
