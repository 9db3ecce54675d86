package org.smartlibrary.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.smartlibrary.assessment.config.AssessmentConfig;
import org.smartlibrary.assessment.mapping.AssessmentMapper;
import org.smartlibrary.assessment.model.Assessment;
import org.smartlibrary.assessment.model.AssessmentRevision;
import org.smartlibrary.assessment.model.Goal;
import org.smartlibrary.assessment.model.Need;
import org.smartlibrary.assessment.repository.GoalRepository;
import org.smartlibrary.assessment.repository.NeedRepository;
import org.smartlibrary.assessment.rest.GoalRequest;
import org.smartlibrary.assessment.rest.GoalView;
import org.smartlibrary.assessment.taxonomy.Taxonomy;
import org.smartlibrary.kit.http.Preconditions;
import org.smartlibrary.kit.problem.ProblemException;

import java.util.List;
import java.util.UUID;

/** Goals of the draft revision; goals of completed revisions can only be read. */
@ApplicationScoped
public class GoalService {

    @Inject
    Revisions revisions;

    @Inject
    AssessmentAccess access;

    @Inject
    GoalRepository goals;

    @Inject
    NeedRepository needs;

    @Inject
    Taxonomy taxonomy;

    @Inject
    AssessmentConfig config;

    @Transactional
    public Versioned<GoalView> add(UUID assessmentId, String ifMatch, GoalRequest request) {
        AssessmentRevision revision = revisions.draftForWrite(assessmentId, ifMatch);
        if (goals.countInRevision(revision.id) >= config.maxGoals()) {
            throw ProblemException.conflict("too-many-goals", "Too many goals",
                    "a revision holds at most " + config.maxGoals() + " goals");
        }
        Goal goal = new Goal();
        goal.id = UUID.randomUUID();
        goal.revisionId = revision.id;
        goal.sortOrder = goals.nextSortOrder(revision.id);
        apply(request, goal);
        goals.persist(goal);
        revisions.touch(revision);
        goals.flush();
        return versioned(goal);
    }

    public List<GoalView> list(UUID assessmentId) {
        AssessmentRevision revision = revisions.latest(access.toRead(assessmentId));
        return goals.ofRevision(revision.id).stream().map(AssessmentMapper::goal).toList();
    }

    public Versioned<GoalView> get(UUID assessmentId, UUID goalId) {
        return versioned(find(access.toRead(assessmentId), goalId));
    }

    @Transactional
    public Versioned<GoalView> update(UUID assessmentId, UUID goalId, String ifMatch, GoalRequest request) {
        Goal goal = find(access.toChange(assessmentId), goalId);
        AssessmentRevision revision = writable(goal, ifMatch);
        apply(request, goal);
        revisions.touch(revision);
        goals.flush();
        return versioned(goal);
    }

    @Transactional
    public void delete(UUID assessmentId, UUID goalId, String ifMatch) {
        Goal goal = find(access.toChange(assessmentId), goalId);
        AssessmentRevision revision = writable(goal, ifMatch);
        List<Need> linked = needs.referencing(goal.id);
        if (!linked.isEmpty()) {
            throw ProblemException.conflict("goal-in-use", "Goal in use",
                    "goal " + goal.id + " is linked from " + linked.size() + " need(s); change or delete them first")
                    .with("need_ids", linked.stream().map(need -> need.id.toString()).toList());
        }
        goals.delete(goal);
        revisions.touch(revision);
        goals.flush();
    }

    /** A goal of any revision of the assessment (which the caller was allowed to see). */
    private Goal find(Assessment assessment, UUID goalId) {
        Goal goal = goals.findByIdOptional(goalId).orElse(null);
        if (goal == null || !revisions.revisionById(goal.revisionId).assessmentId.equals(assessment.id)) {
            throw ProblemException.notFound("goal", goalId);
        }
        return goal;
    }

    private AssessmentRevision writable(Goal goal, String ifMatch) {
        AssessmentRevision revision = revisions.revisionById(goal.revisionId);
        revisions.requireDraft(revision);
        Preconditions.checkIfMatch(ifMatch, goal.version);
        return revision;
    }

    private void apply(GoalRequest request, Goal goal) {
        if (!taxonomy.isProgramArea(request.programArea())) {
            throw ProblemException.invalid("program_area", "unknown program area '" + request.programArea() + "'");
        }
        goal.programArea = request.programArea();
        goal.description = request.description();
    }

    private static Versioned<GoalView> versioned(Goal goal) {
        return new Versioned<>(AssessmentMapper.goal(goal), goal.version);
    }
}
