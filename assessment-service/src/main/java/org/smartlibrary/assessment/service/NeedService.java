package org.smartlibrary.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.smartlibrary.assessment.api.NeedRequest;
import org.smartlibrary.assessment.api.NeedView;
import org.smartlibrary.assessment.config.AssessmentConfig;
import org.smartlibrary.assessment.model.AssessmentRevision;
import org.smartlibrary.assessment.model.Goal;
import org.smartlibrary.assessment.model.Need;
import org.smartlibrary.assessment.repository.GoalRepository;
import org.smartlibrary.assessment.repository.NeedRepository;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Needs of the draft revision, checked by {@link NeedRules} (a need may link to a goal of its own revision); needs
 * of completed revisions can only be read.
 */
@ApplicationScoped
public class NeedService extends RevisionItemService<Need, NeedRequest, NeedView> {

    @Inject
    NeedRepository needs;

    @Inject
    GoalRepository goals;

    @Inject
    NeedRules rules;

    @Inject
    AssessmentConfig config;

    public NeedService() {
        super("need", "needs");
    }

    @Override
    protected NeedRepository repository() {
        return needs;
    }

    @Override
    protected int limit() {
        return config.maxNeeds();
    }

    @Override
    protected Need newItem() {
        return new Need();
    }

    @Override
    protected void apply(NeedRequest request, Need need, AssessmentRevision revision) {
        rules.apply(request, need, goalIds(revision));
    }

    @Override
    protected NeedView view(Need need) {
        return AssessmentMapper.need(need);
    }

    @Override
    protected boolean checksRequestBeforeLimit() {
        return true;
    }

    private Set<UUID> goalIds(AssessmentRevision revision) {
        return goals.ofRevision(revision.id).stream().map((Goal goal) -> goal.id).collect(Collectors.toSet());
    }
}
