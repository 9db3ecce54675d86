package org.smartlibrary.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.smartlibrary.kit.paging.Cursor;
import org.smartlibrary.kit.paging.Page;
import org.smartlibrary.kit.paging.PageRequest;
import org.smartlibrary.kit.problem.ProblemException;
import org.smartlibrary.matching.api.Feedback;
import org.smartlibrary.matching.model.MatchFeedback;
import org.smartlibrary.matching.repository.FeedbackRepository;
import org.smartlibrary.matching.repository.RecommendationSetRepository;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Library staff feedback on recommended partners. */
@ApplicationScoped
public class FeedbackService {

    @Inject
    FeedbackRepository feedback;

    @Inject
    RecommendationSetRepository sets;

    @Inject
    RecommendationQueries queries;

    /** Checks what bean validation cannot: a decline reason exactly when the outcome is DECLINED. */
    public static void validate(Feedback.Request request) {
        if (request.outcome() == Feedback.Outcome.DECLINED && request.declineReason() == null) {
            throw ProblemException.invalid("decline_reason", "is required when the outcome is DECLINED");
        }
        if (request.outcome() != Feedback.Outcome.DECLINED && request.declineReason() != null) {
            throw ProblemException.invalid("decline_reason", "is only allowed when the outcome is DECLINED");
        }
    }

    /**
     * Only the staff of the assessment's library give feedback; anyone else gets the 404 of an unknown assessment.
     * Checked before anything is written (and before an Idempotency-Key could replay a stored response).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void checkMayRecord(UUID assessmentId) {
        queries.assessment(assessmentId, RecommendationQueries.Audience.LIBRARY_ONLY);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Feedback.View record(UUID assessmentId, UUID partnerId, Feedback.Request request) {
        validate(request);
        checkMayRecord(assessmentId);
        RecommendationSetRepository.SetVersion recommendedIn = latestSetRecommending(assessmentId, partnerId);
        MatchFeedback record = new MatchFeedback();
        record.id = UUID.randomUUID();
        record.assessmentId = assessmentId;
        record.partnerId = partnerId;
        record.revision = recommendedIn.revision();
        record.setVersion = recommendedIn.setVersion();
        record.outcome = request.outcome().name();
        record.declineReason = request.declineReason() == null ? null : request.declineReason().name();
        record.note = request.note();
        record.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        feedback.persist(record);
        return view(record);
    }

    @Transactional
    public Page<Feedback.View> list(UUID assessmentId, UUID partnerId, PageRequest page) {
        // decline reasons and notes are private to the library: its staff and platform administrators only
        queries.assessment(assessmentId, RecommendationQueries.Audience.LIBRARY_AND_PLATFORM_ADMIN);
        latestSetRecommending(assessmentId, partnerId);
        Instant afterTime = Instant.EPOCH;
        UUID afterId = new UUID(0L, 0L);
        if (!page.first()) {
            List<String> position = Cursor.decode(page.cursor(), 2);
            try {
                afterTime = Instant.parse(position.get(0));
                afterId = UUID.fromString(position.get(1));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw ProblemException.invalid("cursor", "is not a cursor returned by this list; start again without it");
            }
        }
        List<MatchFeedback> rows = feedback.after(assessmentId, partnerId, afterTime, afterId, page.fetchSize());
        return Page.of(rows, page, row -> Cursor.encode(row.recordedAt.toString(), row.id.toString()),
                FeedbackService::view);
    }

    /** (revision, set version) of the newest set that recommended the partner; 404 if none ever did. */
    private RecommendationSetRepository.SetVersion latestSetRecommending(UUID assessmentId, UUID partnerId) {
        return sets.latestRecommending(assessmentId, partnerId).orElseThrow(() -> new ProblemException(404,
                "not-found", "Not found", "partner " + partnerId + " was never recommended for assessment "
                        + assessmentId));
    }

    private static Feedback.View view(MatchFeedback record) {
        return new Feedback.View(record.id, record.assessmentId, record.partnerId, record.revision, record.setVersion,
                Feedback.Outcome.valueOf(record.outcome),
                record.declineReason == null ? null : Feedback.DeclineReason.valueOf(record.declineReason),
                record.note, record.recordedAt);
    }
}
