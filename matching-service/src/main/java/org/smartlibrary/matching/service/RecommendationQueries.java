package org.smartlibrary.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.smartlibrary.kit.paging.Cursor;
import org.smartlibrary.kit.paging.Page;
import org.smartlibrary.kit.paging.PageRequest;
import org.smartlibrary.kit.problem.ProblemException;
import org.smartlibrary.kit.security.Caller;
import org.smartlibrary.matching.api.ExcludedCandidatesView;
import org.smartlibrary.matching.api.MatchingLibrary;
import org.smartlibrary.matching.api.RecommendationChanges;
import org.smartlibrary.matching.api.RecommendationContent;
import org.smartlibrary.matching.api.RecommendationsView;
import org.smartlibrary.matching.config.EventJson;
import org.smartlibrary.matching.model.Assessment;
import org.smartlibrary.matching.model.Partner;
import org.smartlibrary.matching.model.RecommendationSet;
import org.smartlibrary.matching.repository.AssessmentRepository;
import org.smartlibrary.matching.repository.MatchRequests;
import org.smartlibrary.matching.repository.PartnerRepository;
import org.smartlibrary.matching.repository.RecommendationSetRepository;
import org.smartlibrary.matching.repository.RenderedDocumentRepository;
import org.smartlibrary.matching.repository.RenderedDocumentRepository.AssessmentDocument;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads recommendations for libraries and partners. */
@ApplicationScoped
public class RecommendationQueries {

    /** Sorts before every UUID in PostgreSQL (which compares UUIDs as unsigned bytes). */
    private static final UUID BEFORE_ALL = new UUID(0L, 0L);

    @Inject
    AssessmentRepository assessments;

    @Inject
    RecommendationSetRepository sets;

    @Inject
    PartnerRepository partners;

    @Inject
    EventJson json;

    @Inject
    MatchRequests matchRequests;

    @Inject
    Caller caller;

    @Inject
    RenderedDocumentRepository renderedDocuments;

    @Inject
    DocumentRendering rendering;

    /**
     * Who may see an assessment besides the staff of its library. Anyone else gets the 404 of an unknown
     * assessment, so ids do not reveal which assessments exist.
     */
    public enum Audience {
        /** Portal and platform administrators read every library's recommendations. */
        LIBRARY_AND_CROSS_TENANT_READERS,
        /** Only platform administrators: the content holds what is private to the library (decline reasons). */
        LIBRARY_AND_PLATFORM_ADMIN,
        /** Only the library's own staff (changes, such as feedback). */
        LIBRARY_ONLY
    }

    /** The current recommendations, only those the flag filter keeps (with their ranks). */
    @Transactional
    public RecommendationsView recommendations(UUID assessmentId, FlagFilter filter) {
        Assessment assessment = assessment(assessmentId, Audience.LIBRARY_AND_CROSS_TENANT_READERS);
        RecommendationSet set = sets.current(assessmentId).orElse(null);
        if (set == null || set.revision < assessment.revision) {
            return new RecommendationsView(assessmentId, RecommendationsView.Status.PENDING, assessment.revision, null,
                    null, null, null, null, assessment.libraryId, assessment.libraryName, null, null, null, null, null,
                    null, null);
        }
        RecommendationContent content = json.read(set.content, RecommendationContent.class);
        boolean refreshPending = matchRequests.pendingReason(assessmentId).isPresent();
        return new RecommendationsView(assessmentId, RecommendationsView.Status.READY, set.revision, set.setVersion,
                set.generatedAt, content.evaluatedOn(), set.trigger, refreshPending, assessment.libraryId,
                assessment.libraryName, content.partnersMatched(), filter.apply(content.recommendations()),
                content.coveragePlan(), content.unmetNeeds(), content.alternatives(), content.viaConsortium(),
                json.read(set.changes, RecommendationChanges.class));
    }

    /**
     * The current READY document without a filter, as {@link #recommendations} with {@link FlagFilter#NONE} writes
     * it, from the bytes kept with the set: one statement reads them with the assessment (who may read it, and
     * whether it is READY) and whether a re-match is queued (refresh_pending, the one value decided per read). A set
     * without bytes of this build (read for the first time, stored before bytes were kept, or kept by another build:
     * {@link DocumentRendering}) is rendered from its JSON and kept. Empty while PENDING (and when a newer set
     * replaced the current one during the rendering): the caller then builds the view. The 404 of
     * {@link #recommendations} for an assessment the caller may not read.
     * The reading statement runs in auto-commit, outside any JTA transaction; only a rendering runs in one.
     */
    public Optional<ReadyDocument> readyDocument(UUID assessmentId) {
        AssessmentDocument row = renderedDocuments.ofAssessment(assessmentId)
                .filter(found -> inAudience(found.libraryId(), Audience.LIBRARY_AND_CROSS_TENANT_READERS))
                .orElseThrow(() -> notFound(assessmentId));
        if (row.setId() == null || row.revision() < row.assessmentRevision()) {
            return Optional.empty();
        }
        RenderedDocument kept = rendering.ofThisBuild(row.kept());
        RenderedDocument document = kept != null ? kept : renderAndKeep(assessmentId, row);
        return Optional.ofNullable(document).map(rendered -> new ReadyDocument(rendered.body(row.refreshPending()),
                row.revision() + "." + row.setVersion()));
    }

    /**
     * The set's document rendered as the view writes it and kept; null if another set became current meanwhile.
     */
    @Transactional
    RenderedDocument renderAndKeep(UUID assessmentId, AssessmentDocument row) {
        RecommendationsView view = recommendations(assessmentId, FlagFilter.NONE);
        if (view.status() != RecommendationsView.Status.READY || view.revision() != row.revision()
                || !row.setVersion().equals(view.recommendationSetVersion())) {
            return null;
        }
        RenderedDocument document = rendering.render(refreshPending -> withRefreshPending(view, refreshPending));
        renderedDocuments.keepForRecommendationSet(row.setId(), rendering.toKeep(document));
        return document;
    }

    private static RecommendationsView withRefreshPending(RecommendationsView view, boolean refreshPending) {
        return new RecommendationsView(view.assessmentId(), view.status(), view.revision(),
                view.recommendationSetVersion(), view.generatedAt(), view.evaluatedOn(), view.trigger(),
                refreshPending, view.libraryId(), view.libraryName(), view.partnersMatched(), view.recommendations(),
                view.coveragePlan(), view.unmetNeeds(), view.alternatives(), view.viaConsortium(), view.changes());
    }

    @Transactional
    public ExcludedCandidatesView excluded(UUID assessmentId, PageRequest page) {
        assessment(assessmentId, Audience.LIBRARY_AND_CROSS_TENANT_READERS);
        RecommendationSet set = sets.current(assessmentId)
                .orElseThrow(() -> new ProblemException(404, "recommendations-pending", "Recommendations pending",
                        "assessment " + assessmentId + " is being matched; try again shortly"));
        List<RecommendationContent.ExcludedCandidate> all = Arrays.asList(
                json.read(set.excluded, RecommendationContent.ExcludedCandidate[].class));
        int start = 0;
        if (!page.first()) {
            List<String> position = Cursor.decode(page.cursor(), 3);
            if (!position.get(0).equals(Integer.toString(set.revision))
                    || !position.get(1).equals(Integer.toString(set.setVersion))) {
                throw new ProblemException(409, "recommendations-changed", "Recommendations changed",
                        "a newer recommendation set replaced the one this cursor belongs to; start again without it");
            }
            start = parsePosition(position.get(2));
        }
        int end = Math.min(all.size(), start + page.limit());
        String next = end < all.size() ? Cursor.encode(Integer.toString(set.revision),
                Integer.toString(set.setVersion), Integer.toString(end)) : null;
        return new ExcludedCandidatesView(assessmentId, set.revision, set.setVersion, set.excludedTotal,
                start >= all.size() ? List.of() : all.subList(start, end), next, page.limit());
    }

    @Transactional
    public Page<MatchingLibrary> matchingLibraries(UUID partnerId, PageRequest page) {
        // another partner's admin gets the 404 of an unknown partner
        boolean mayRead = caller.isAdminOf(partnerId) || caller.readsAcrossTenants();
        Partner partner = mayRead ? partners.findById(partnerId) : null;
        if (partner == null || partner.removed) {
            throw ProblemException.notFound("partner", partnerId);
        }
        UUID after = page.first() ? BEFORE_ALL : parseUuid(Cursor.decode(page.cursor(), 1).get(0));
        List<RecommendationSetRepository.PartnerMatch> rows = sets.currentMatchesOf(partnerId, after, page.fetchSize());
        return Page.of(rows, page, row -> Cursor.encode(row.assessmentId().toString()),
                row -> matchingLibrary(partnerId, row));
    }

    private MatchingLibrary matchingLibrary(UUID partnerId, RecommendationSetRepository.PartnerMatch row) {
        RecommendationContent content = json.read(row.content(), RecommendationContent.class);
        List<RecommendationContent.CoveredNeed> covered = content.recommendations().stream()
                .filter(recommendation -> recommendation.partnerId().equals(partnerId))
                .findFirst().map(RecommendationContent.Recommendation::coveredNeeds).orElse(List.of());
        return new MatchingLibrary(row.assessmentId(), row.revision(), row.setVersion(), row.libraryId(),
                row.libraryName(), row.region(), row.city(), row.rank(), row.score(), covered, row.latestOutcome(),
                row.generatedAt());
    }

    /** The assessment, if the caller is in its audience; otherwise the same 404 as for an unknown id. */
    Assessment assessment(UUID assessmentId, Audience audience) {
        Assessment assessment = assessments.findById(assessmentId);
        if (assessment == null || !inAudience(assessment.libraryId, audience)) {
            throw notFound(assessmentId);
        }
        return assessment;
    }

    private static ProblemException notFound(UUID assessmentId) {
        return new ProblemException(404, "not-found", "Not found", "no completed assessment " + assessmentId
                + " has reached matching (yet); recommendations appear shortly after completion");
    }

    private boolean inAudience(UUID libraryId, Audience audience) {
        if (libraryId != null && caller.isStaffOf(libraryId)) {
            return true;
        }
        return switch (audience) {
            case LIBRARY_AND_CROSS_TENANT_READERS -> caller.readsAcrossTenants();
            case LIBRARY_AND_PLATFORM_ADMIN -> caller.isPlatformAdmin();
            case LIBRARY_ONLY -> false;
        };
    }

    private static int parsePosition(String value) {
        try {
            int position = Integer.parseInt(value);
            if (position < 0) {
                throw new NumberFormatException();
            }
            return position;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("cursor", "is not a cursor returned by this list; start again without it");
        }
    }

    private static UUID parseUuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "is not a cursor returned by this list; start again without it");
        }
    }
}
