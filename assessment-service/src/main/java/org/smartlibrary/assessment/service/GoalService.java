package org.smartlibrary.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.smartlibrary.assessment.api.GoalRequest;
import org.smartlibrary.assessment.api.GoalView;
import org.smartlibrary.assessment.config.AssessmentConfig;
import org.smartlibrary.contracts.taxonomy.Taxonomy;
import org.smartlibrary.assessment.model.AssessmentRevision;
import org.smartlibrary.assessment.model.Goal;
import org.smartlibrary.assessment.model.Need;
import org.smartlibrary.assessment.repository.GoalRepository;
import org.smartlibrary.assessment.repository.NeedRepository;
import org.smartlibrary.kit.problem.ProblemException;

import java.util.List;

/** Goals of the draft revision (a taxonomy program area each); goals of completed revisions can only be read. */
@ApplicationScoped
public class GoalService extends RevisionItemService<Goal, GoalRequest, GoalView> {

    @Inject
    GoalRepository goals;

    @Inject
    NeedRepository needs;

    @Inject
    Taxonomy taxonomy;

    @Inject
    AssessmentConfig config;

    public GoalService() {
        super("goal", "goals");
    }

    @Override
    protected GoalRepository repository() {
        return goals;
    }

    @Override
    protected int limit() {
        return config.maxGoals();
    }

    @Override
    protected Goal newItem() {
        return new Goal();
    }

    @Override
    protected void apply(GoalRequest request, Goal goal, AssessmentRevision revision) {
        if (!taxonomy.isProgramArea(request.programArea())) {
            throw ProblemException.invalid("program_area", "unknown program area '" + request.programArea() + "'");
        }
        goal.programArea = request.programArea();
        goal.description = request.description();
    }

    @Override
    protected GoalView view(Goal goal) {
        return AssessmentMapper.goal(goal);
    }

    /** A goal that needs link to stays until they are changed or deleted. */
    @Override
    protected void checkRemovable(Goal goal) {
        List<Need> linked = needs.referencing(goal.id);
        if (!linked.isEmpty()) {
            throw ProblemException.conflict("goal-in-use", "Goal in use",
                    "goal " + goal.id + " is linked from " + linked.size() + " need(s); change or delete them first")
                    .with("need_ids", linked.stream().map(need -> need.id.toString()).toList());
        }
    }
}
