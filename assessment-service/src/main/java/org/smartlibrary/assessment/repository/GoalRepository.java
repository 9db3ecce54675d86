package org.smartlibrary.assessment.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.smartlibrary.assessment.model.Goal;

@ApplicationScoped
public class GoalRepository implements RevisionItemRepository<Goal> {

    @Override
    public String entityName() {
        return "Goal";
    }
}
