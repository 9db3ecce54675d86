package org.smartlibrary.matching.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.smartlibrary.matching.config.EventJson;
import org.smartlibrary.matching.repository.ProcessedEvents;
import org.smartlibrary.matching.service.AssessmentCompleted;
import org.smartlibrary.matching.service.AssessmentIntake;
import org.smartlibrary.matching.service.MatchWorker;

/**
 * assessment-completed: stores the newest revision and a match request in one transaction (after recording the
 * event id); the match worker computes the recommendations. An older revision than the one held is ignored.
 */
@ApplicationScoped
public class AssessmentCompletedHandler implements RecordHandler {

    @Inject
    EventJson json;

    @Inject
    ProcessedEvents processedEvents;

    @Inject
    AssessmentIntake intake;

    @Inject
    MatchWorker worker;

    @Override
    public Outcome handle(IncomingEvent event) {
        AssessmentCompleted completed;
        try {
            completed = json.read(event.payload(), AssessmentCompleted.class);
            intake.check(completed);
        } catch (IllegalArgumentException e) {
            throw new PoisonRecordException(DeadLetterReason.SCHEMA_INVALID, e.getMessage(), event.eventId().toString());
        }
        Outcome outcome = QuarkusTransaction.requiringNew().call(() -> {
            if (!processedEvents.firstTime(event.eventId(), event.topic(), event.eventType())) {
                return Outcome.DUPLICATE;
            }
            return intake.accept(completed, event.payload().toString()) ? Outcome.PROCESSED : Outcome.STALE;
        });
        if (outcome == Outcome.PROCESSED) {
            worker.nudge();
        }
        return outcome;
    }
}
