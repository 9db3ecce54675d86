package org.smartlibrary.assessment.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.smartlibrary.kit.outbox.Outbox;
import org.smartlibrary.kit.outbox.OutboxEvent;

import java.util.UUID;

/** Writes assessment-completed to the outbox in the caller's transaction; the kit's relay sends it. */
@ApplicationScoped
public class AssessmentCompletedPublisher {

    @Inject
    Outbox outbox;

    /** Keyed by the assessment id, so the revisions of one assessment stay in order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(AssessmentCompletedPayload payload) {
        return outbox.publish(new OutboxEvent(AssessmentCompletedPayload.TOPIC, AssessmentCompletedPayload.EVENT_TYPE,
                AssessmentCompletedPayload.SCHEMA_VERSION, payload.assessmentId(), payload));
    }
}
