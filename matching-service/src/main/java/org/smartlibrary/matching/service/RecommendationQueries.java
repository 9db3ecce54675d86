package org.smartlibrary.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.smartlibrary.kit.paging.Cursor;
import org.smartlibrary.kit.paging.Page;
import org.smartlibrary.kit.paging.PageRequest;
import org.smartlibrary.kit.problem.ProblemException;
import org.smartlibrary.kit.security.Caller;
import org.smartlibrary.matching.messaging.EventJson;
import org.smartlibrary.matching.model.ExcludedCandidatesView;
import org.smartlibrary.matching.model.MatchingLibrary;
import org.smartlibrary.matching.model.RecommendationChanges;
import org.smartlibrary.matching.model.RecommendationContent;
import org.smartlibrary.matching.model.RecommendationsView;
import org.smartlibrary.matching.readmodel.PartnerRecord;
import org.smartlibrary.matching.repository.AssessmentRecord;
import org.smartlibrary.matching.repository.MatchRequests;
import org.smartlibrary.matching.repository.RecommendationSetRecord;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Reads recommendations for libraries and partners. */
@ApplicationScoped
public class RecommendationQueries {

    /** Sorts before every UUID in PostgreSQL (which compares UUIDs as unsigned bytes). */
    private static final UUID BEFORE_ALL = new UUID(0L, 0L);

    @Inject
    EntityManager entityManager;

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
        AssessmentRecord assessment = assessment(assessmentId, Audience.LIBRARY_AND_CROSS_TENANT_READERS);
        RecommendationSetRecord set = RecommendationSetRecord.currentOf(assessmentId).orElse(null);
        if (set == null || set.revision < assessment.revision) {
            return new RecommendationsView(assessmentId, RecommendationsView.Status.PENDING, assessment.revision, null,
                    null, null, null, null, assessment.libraryId, assessment.libraryName, null, null, null, null, null,
                    null);
        }
        RecommendationContent content = json.read(set.content, RecommendationContent.class);
        boolean refreshPending = matchRequests.pendingReason(assessmentId).isPresent();
        return new RecommendationsView(assessmentId, RecommendationsView.Status.READY, set.revision, set.setVersion,
                set.generatedAt, content.evaluatedOn(), set.trigger, refreshPending, assessment.libraryId,
                assessment.libraryName, content.partnersMatched(), filter.apply(content.recommendations()),
                content.coveragePlan(), content.unmetNeeds(), content.alternatives(),
                json.read(set.changes, RecommendationChanges.class));
    }

    @Transactional
    public ExcludedCandidatesView excluded(UUID assessmentId, PageRequest page) {
        assessment(assessmentId, Audience.LIBRARY_AND_CROSS_TENANT_READERS);
        RecommendationSetRecord set = RecommendationSetRecord.currentOf(assessmentId)
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
        PartnerRecord partner = mayRead ? entityManager.find(PartnerRecord.class, partnerId) : null;
        if (partner == null || partner.removed) {
            throw ProblemException.notFound("partner", partnerId);
        }
        UUID after = page.first() ? BEFORE_ALL : parseUuid(Cursor.decode(page.cursor(), 1).get(0));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT rp.assessment_id, s.revision, s.set_version, a.library_id, a.library_name, a.region,
                               a.city, rp.rank, rp.score, s.content, s.generated_at,
                               (SELECT f.outcome FROM match_feedback f
                                WHERE f.assessment_id = rp.assessment_id AND f.partner_id = rp.partner_id
                                ORDER BY f.recorded_at DESC, f.id DESC LIMIT 1)
                        FROM recommended_partner rp
                        JOIN recommendation_set s ON s.id = rp.set_id
                        JOIN assessment a ON a.assessment_id = rp.assessment_id
                        WHERE rp.partner_id = ?1 AND rp.current AND rp.assessment_id > ?2
                        ORDER BY rp.assessment_id
                        LIMIT ?3""")
                .setParameter(1, partnerId)
                .setParameter(2, after)
                .setParameter(3, page.fetchSize())
                .getResultList();
        return Page.of(rows, page, row -> Cursor.encode(row[0].toString()), row -> matchingLibrary(partnerId, row));
    }

    private MatchingLibrary matchingLibrary(UUID partnerId, Object[] row) {
        RecommendationContent content = json.read((String) row[9], RecommendationContent.class);
        List<RecommendationContent.CoveredNeed> covered = content.recommendations().stream()
                .filter(recommendation -> recommendation.partnerId().equals(partnerId))
                .findFirst().map(RecommendationContent.Recommendation::coveredNeeds).orElse(List.of());
        return new MatchingLibrary((UUID) row[0], ((Number) row[1]).intValue(), ((Number) row[2]).intValue(),
                (UUID) row[3], (String) row[4], (String) row[5], (String) row[6], ((Number) row[7]).intValue(),
                ((Number) row[8]).doubleValue(), covered, (String) row[11], instant(row[10]));
    }

    /** The assessment, if the caller is in its audience; otherwise the same 404 as for an unknown id. */
    AssessmentRecord assessment(UUID assessmentId, Audience audience) {
        AssessmentRecord assessment = entityManager.find(AssessmentRecord.class, assessmentId);
        if (assessment == null || !inAudience(assessment, audience)) {
            throw new ProblemException(404, "not-found", "Not found", "no completed assessment " + assessmentId
                    + " has reached matching (yet); recommendations appear shortly after completion");
        }
        return assessment;
    }

    private boolean inAudience(AssessmentRecord assessment, Audience audience) {
        if (assessment.libraryId != null && caller.isStaffOf(assessment.libraryId)) {
            return true;
        }
        return switch (audience) {
            case LIBRARY_AND_CROSS_TENANT_READERS -> caller.readsAcrossTenants();
            case LIBRARY_AND_PLATFORM_ADMIN -> caller.isPlatformAdmin();
            case LIBRARY_ONLY -> false;
        };
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offsetDateTime) {
            return offsetDateTime.toInstant();
        }
        return ((Timestamp) value).toInstant();
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
