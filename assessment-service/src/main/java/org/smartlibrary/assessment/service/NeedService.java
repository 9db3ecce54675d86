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
import org.smartlibrary.assessment.rest.NeedRequest;
import org.smartlibrary.assessment.rest.NeedView;
import org.smartlibrary.kit.http.Preconditions;
import org.smartlibrary.kit.problem.ProblemException;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Needs of the draft revision; needs of completed revisions can only be read. */
@ApplicationScoped
public class NeedService {

    @Inject
    Revisions revisions;

    @Inject
    AssessmentAccess access;

    @Inject
    NeedRepository needs;

    @Inject
    GoalRepository goals;

    @Inject
    NeedRules rules;

    @Inject
    AssessmentConfig config;

    @Transactional
    public Versioned<NeedView> add(UUID assessmentId, String ifMatch, NeedRequest request) {
        AssessmentRevision revision = revisions.draftForWrite(assessmentId, ifMatch);
        Need need = new Need();
        rules.apply(request, need, goalIds(revision));
        if (needs.countInRevision(revision.id) >= config.maxNeeds()) {
            throw ProblemException.conflict("too-many-needs", "Too many needs",
                    "a revision holds at most " + config.maxNeeds() + " needs");
        }
        need.id = UUID.randomUUID();
        need.revisionId = revision.id;
        need.sortOrder = needs.nextSortOrder(revision.id);
        needs.persist(need);
        revisions.touch(revision);
        needs.flush();
        return versioned(need);
    }

    public List<NeedView> list(UUID assessmentId) {
        AssessmentRevision revision = revisions.latest(access.toRead(assessmentId));
        return needs.ofRevision(revision.id).stream().map(AssessmentMapper::need).toList();
    }

    public Versioned<NeedView> get(UUID assessmentId, UUID needId) {
        return versioned(find(access.toRead(assessmentId), needId));
    }

    @Transactional
    public Versioned<NeedView> update(UUID assessmentId, UUID needId, String ifMatch, NeedRequest request) {
        Need need = find(access.toChange(assessmentId), needId);
        AssessmentRevision revision = writable(need, ifMatch);
        rules.apply(request, need, goalIds(revision));
        revisions.touch(revision);
        needs.flush();
        return versioned(need);
    }

    @Transactional
    public void delete(UUID assessmentId, UUID needId, String ifMatch) {
        Need need = find(access.toChange(assessmentId), needId);
        AssessmentRevision revision = writable(need, ifMatch);
        needs.delete(need);
        revisions.touch(revision);
        needs.flush();
    }

    private Set<UUID> goalIds(AssessmentRevision revision) {
        return goals.ofRevision(revision.id).stream().map((Goal goal) -> goal.id).collect(Collectors.toSet());
    }

    /** A need of any revision of the assessment (which the caller was allowed to see). */
    private Need find(Assessment assessment, UUID needId) {
        Need need = needs.findByIdOptional(needId).orElse(null);
        if (need == null || !revisions.revisionById(need.revisionId).assessmentId.equals(assessment.id)) {
            throw ProblemException.notFound("need", needId);
        }
        return need;
    }

    private AssessmentRevision writable(Need need, String ifMatch) {
        AssessmentRevision revision = revisions.revisionById(need.revisionId);
        revisions.requireDraft(revision);
        Preconditions.checkIfMatch(ifMatch, need.version);
        return revision;
    }

    private static Versioned<NeedView> versioned(Need need) {
        return new Versioned<>(AssessmentMapper.need(need), need.version);
    }
}
