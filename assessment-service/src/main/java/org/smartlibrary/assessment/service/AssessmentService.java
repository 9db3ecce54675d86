package org.smartlibrary.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.smartlibrary.assessment.api.AssessmentListItem;
import org.smartlibrary.assessment.api.AssessmentQuery;
import org.smartlibrary.assessment.api.AssessmentView;
import org.smartlibrary.assessment.api.CreateAssessmentRequest;
import org.smartlibrary.assessment.api.RevisionListItem;
import org.smartlibrary.assessment.api.UpdateAssessmentRequest;
import org.smartlibrary.contracts.taxonomy.Taxonomy;
import org.smartlibrary.assessment.events.AssessmentCompletedPayload;
import org.smartlibrary.assessment.events.AssessmentCompletedPublisher;
import org.smartlibrary.assessment.model.Assessment;
import org.smartlibrary.assessment.model.AssessmentRevision;
import org.smartlibrary.assessment.model.AssessmentStatus;
import org.smartlibrary.assessment.model.Goal;
import org.smartlibrary.assessment.model.Library;
import org.smartlibrary.assessment.model.Need;
import org.smartlibrary.assessment.model.Offer;
import org.smartlibrary.assessment.repository.AssessmentRepository;
import org.smartlibrary.assessment.repository.GoalRepository;
import org.smartlibrary.assessment.repository.LibraryRepository;
import org.smartlibrary.assessment.repository.NeedRepository;
import org.smartlibrary.assessment.repository.OfferRepository;
import org.smartlibrary.assessment.repository.RevisionRepository;
import org.smartlibrary.kit.http.Preconditions;
import org.smartlibrary.kit.paging.Cursor;
import org.smartlibrary.kit.paging.Page;
import org.smartlibrary.kit.paging.PageRequest;
import org.smartlibrary.kit.problem.ProblemException;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The assessment lifecycle: a DRAFT revision is edited and completed (which publishes assessment-completed through
 * the outbox in the same transaction); a COMPLETED revision never changes; revising copies it into the next
 * numbered DRAFT revision.
 */
@ApplicationScoped
public class AssessmentService {

    @Inject
    Revisions revisions;

    @Inject
    AssessmentAccess access;

    @Inject
    AssessmentRepository assessments;

    @Inject
    RevisionRepository revisionRepository;

    @Inject
    LibraryRepository libraries;

    @Inject
    GoalRepository goals;

    @Inject
    NeedRepository needs;

    @Inject
    OfferRepository offers;

    @Inject
    AssessmentCompletedPublisher completedEvents;

    @Inject
    Taxonomy taxonomy;

    @Transactional
    public Versioned<AssessmentView> create(CreateAssessmentRequest request) {
        Library library = access.libraryForNewAssessment(request.libraryId());
        Instant now = Timestamps.now();
        Assessment assessment = new Assessment();
        assessment.id = UUID.randomUUID();
        assessment.libraryId = library.id;
        assessment.latestRevision = 1;
        assessment.createdAt = now;
        assessments.persist(assessment);
        AssessmentRevision revision = newRevision(assessment, 1, request.title().trim(), now);
        revisionRepository.persist(revision);
        revisionRepository.flush();
        return view(assessment, revision);
    }

    /**
     * The newest revision, read in one transaction: one statement for the assessment with its revision and library
     * (the access check comes first), then one each for its goals, needs and offers, all loaded read-only.
     */
    @Transactional
    public Versioned<AssessmentView> get(UUID assessmentId) {
        return view(revisions.latestToRead(assessmentId));
    }

    /** A numbered revision, read as {@link #get(UUID)} reads the newest. */
    @Transactional
    public Versioned<AssessmentView> get(UUID assessmentId, int revision) {
        return view(revisions.revisionToRead(assessmentId, revision));
    }

    @Transactional
    public Versioned<AssessmentView> update(UUID assessmentId, String ifMatch, UpdateAssessmentRequest request) {
        AssessmentRevision revision = revisions.draftForWrite(assessmentId, ifMatch);
        revision.title = request.title().trim();
        revisions.touch(revision);
        revisionRepository.flush();
        return view(access.toChange(assessmentId), revision);
    }

    /** A page of the revision history, read in one transaction. */
    @Transactional
    public Page<RevisionListItem> revisions(UUID assessmentId, PageRequest page) {
        access.toRead(assessmentId);
        Integer after = page.cursor() == null ? null : revisionCursor(page.cursor());
        return Page.of(revisionRepository.revisions(assessmentId, after, page.fetchSize()), page,
                revision -> Cursor.encode(Integer.toString(revision.revision)), AssessmentMapper::revisionItem);
    }

    /**
     * The assessments the caller may see (staff: their library's) that match the query; each bad parameter is a 400
     * naming it. {@code completed_after} implies {@code status=COMPLETED} when no status is given. Read in one
     * transaction: one statement for the page, then one each for the counts of goals, needs and offers.
     */
    @Transactional
    public Page<AssessmentListItem> search(AssessmentQuery query, PageRequest page) {
        Instant completedAfter = QueryParameters.dateTime("completed_after", query.completedAfter());
        AssessmentStatus status = status(QueryParameters.text(query.status()));
        if (status == null && completedAfter != null) {
            status = AssessmentStatus.COMPLETED;
        }
        String category = QueryParameters.text(query.category());
        if (category != null && !taxonomy.isCategory(category)) {
            throw ProblemException.invalid("category", "unknown category '" + category + "'");
        }
        String type = QueryParameters.text(query.type());
        if (type != null && taxonomy.resourceType(type).isEmpty()) {
            throw ProblemException.invalid("type", "unknown resource type '" + type + "'");
        }
        RevisionRepository.Filter requested = new RevisionRepository.Filter(
                QueryParameters.uuid("library_id", query.libraryId()), QueryParameters.text(query.consortium()), status,
                category, type, completedAfter);
        QueryParameters.TimeAndId after = QueryParameters.TimeAndId.decode(page.cursor());
        RevisionRepository.Filter filter = access.visible(requested).orElse(null);
        if (filter == null) {
            return new Page<>(List.of(), null, page.limit());
        }
        List<RevisionRepository.Row> rows = revisionRepository.search(filter,
                after == null ? null : after.createdAt(), after == null ? null : after.id(), page.fetchSize());
        List<UUID> revisionIds = rows.stream().map(row -> row.revision().id).toList();
        Map<UUID, Long> goalCounts = goals.countByRevision(revisionIds);
        Map<UUID, Long> needCounts = needs.countByRevision(revisionIds);
        Map<UUID, Long> offerCounts = offers.countByRevision(revisionIds);
        return Page.of(rows, page,
                row -> QueryParameters.TimeAndId.encode(row.assessment().createdAt, row.assessment().id),
                row -> AssessmentMapper.listItem(row.assessment(), row.revision(), row.library(),
                        goalCounts.getOrDefault(row.revision().id, 0L),
                        needCounts.getOrDefault(row.revision().id, 0L),
                        offerCounts.getOrDefault(row.revision().id, 0L)));
    }

    /** Completes the draft revision and writes assessment-completed to the outbox in the same transaction. */
    @Transactional
    public Versioned<AssessmentView> complete(UUID assessmentId, String ifMatch) {
        RevisionRepository.Row row = revisions.latestToChange(assessmentId);
        Assessment assessment = row.assessment();
        AssessmentRevision revision = row.revision();
        if (!revision.isDraft()) {
            throw ProblemException.conflict("already-completed", "Already completed",
                    "revision " + revision.revision + " of assessment " + assessmentId + " is already completed;"
                            + " POST /api/v1/assessments/" + assessmentId + "/revisions to revise it");
        }
        Preconditions.checkIfMatch(ifMatch, revision.version);
        List<Need> revisionNeeds = needs.ofRevision(revision.id);
        if (revisionNeeds.isEmpty()) {
            throw ProblemException.conflict("assessment-without-needs", "Assessment has no needs",
                    "an assessment is completed to find partners for its needs; add at least one need to revision "
                            + revision.revision + " before completing it");
        }
        Instant now = Timestamps.now();
        revision.status = AssessmentStatus.COMPLETED;
        revision.completedAt = now;
        revision.updatedAt = now;
        Library library = row.library();
        List<Goal> revisionGoals = goals.ofRevision(revision.id);
        List<Offer> revisionOffers = offers.ofRevision(revision.id);
        completedEvents.publish(AssessmentCompletedPayload.of(revision, library, revisionGoals, revisionNeeds, revisionOffers));
        revisionRepository.flush();
        return new Versioned<>(AssessmentMapper.assessment(assessment, revision, library, revisionGoals, revisionNeeds,
                revisionOffers), revision.version);
    }

    /** Starts revision N+1 as a DRAFT copy of the completed revision N (goals, needs and offers get new ids). */
    @Transactional
    public Versioned<AssessmentView> revise(UUID assessmentId, String ifMatch) {
        Assessment assessment = access.toChange(assessmentId);
        AssessmentRevision current = revisions.latest(assessment);
        if (current.isDraft()) {
            throw ProblemException.conflict("draft-in-progress", "Draft in progress",
                    "revision " + current.revision + " of assessment " + assessmentId
                            + " is still a draft; edit or complete it instead of starting another revision");
        }
        Preconditions.checkIfMatch(ifMatch, current.version);
        Instant now = Timestamps.now();
        // written first, with its version check: of two concurrent revisions one fails here with 409 (rather than
        // on the unique revision number, which would not say what happened)
        assessment.latestRevision = current.revision + 1;
        assessments.flush();
        AssessmentRevision next = newRevision(assessment, assessment.latestRevision, current.title, now);
        revisionRepository.persist(next);
        Map<UUID, UUID> goalIds = new HashMap<>();
        for (Goal goal : goals.ofRevision(current.id)) {
            Goal copy = new Goal();
            copy.id = UUID.randomUUID();
            copy.revisionId = next.id;
            copy.sortOrder = goal.sortOrder;
            copy.programArea = goal.programArea;
            copy.description = goal.description;
            goals.persist(copy);
            goalIds.put(goal.id, copy.id);
        }
        for (Need need : needs.ofRevision(current.id)) {
            Need copy = new Need();
            copy.id = UUID.randomUUID();
            copy.revisionId = next.id;
            copy.sortOrder = need.sortOrder;
            copy.category = need.category;
            copy.type = need.type;
            copy.description = need.description;
            copy.quantity = need.quantity;
            copy.unit = need.unit;
            copy.amount = need.amount;
            copy.currency = need.currency;
            copy.period = need.period;
            copy.horizon = need.horizon;
            copy.priority = need.priority;
            copy.currentCapacity = need.currentCapacity;
            copy.goalId = need.goalId == null ? null : goalIds.get(need.goalId);
            needs.persist(copy);
        }
        for (Offer offer : offers.ofRevision(current.id)) {
            Offer copy = new Offer();
            copy.id = UUID.randomUUID();
            copy.revisionId = next.id;
            copy.sortOrder = offer.sortOrder;
            copy.type = offer.type;
            copy.description = offer.description;
            offers.persist(copy);
        }
        revisionRepository.flush();
        return view(assessment, next);
    }

    private static AssessmentRevision newRevision(Assessment assessment, int number, String title, Instant now) {
        AssessmentRevision revision = new AssessmentRevision();
        revision.id = UUID.randomUUID();
        revision.assessmentId = assessment.id;
        revision.revision = number;
        revision.title = title;
        revision.status = AssessmentStatus.DRAFT;
        revision.createdAt = now;
        revision.updatedAt = now;
        return revision;
    }

    private Versioned<AssessmentView> view(Assessment assessment, AssessmentRevision revision) {
        return view(new RevisionRepository.Row(revision, assessment, libraries.findById(assessment.libraryId)));
    }

    private Versioned<AssessmentView> view(RevisionRepository.Row row) {
        AssessmentRevision revision = row.revision();
        return new Versioned<>(AssessmentMapper.assessment(row.assessment(), revision, row.library(),
                goals.ofRevision(revision.id), needs.ofRevision(revision.id), offers.ofRevision(revision.id)),
                revision.version);
    }

    private static AssessmentStatus status(String value) {
        if (value == null) {
            return null;
        }
        try {
            return AssessmentStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be DRAFT or COMPLETED");
        }
    }

    private static int revisionCursor(String cursor) {
        try {
            return Integer.parseInt(Cursor.decode(cursor, 1).get(0));
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("cursor", "is not a cursor returned by this list; start again without it");
        }
    }
}
