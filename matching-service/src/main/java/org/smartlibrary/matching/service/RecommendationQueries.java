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

import java.util.Arrays;
import java.util.List;
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
        if (assessment == null || !inAudience(assessment, audience)) {
            throw new ProblemException(404, "not-found", "Not found", "no completed assessment " + assessmentId
                    + " has reached matching (yet); recommendations appear shortly after completion");
        }
        return assessment;
    }

    private boolean inAudience(Assessment assessment, Audience audience) {
        if (assessment.libraryId != null && caller.isStaffOf(assessment.libraryId)) {
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
