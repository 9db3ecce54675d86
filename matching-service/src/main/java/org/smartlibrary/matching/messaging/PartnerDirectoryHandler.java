package org.smartlibrary.matching.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.smartlibrary.matching.config.EventJson;
import org.smartlibrary.matching.repository.ProcessedEvents;
import org.smartlibrary.matching.service.MatchWorker;
import org.smartlibrary.matching.service.PartnerDirectory;
import org.smartlibrary.matching.service.PartnerReadModel;
import org.smartlibrary.matching.service.PartnerSnapshot;

/**
 * partner-directory: a newer snapshot replaces the partner, partner-removed or a tombstone removes it; stale
 * versions are ignored. The read model row and the re-match requests for the affected assessments commit together;
 * then this replica's in-memory index applies the change and the match worker is woken.
 */
@ApplicationScoped
public class PartnerDirectoryHandler implements RecordHandler {

    @Inject
    EventJson json;

    @Inject
    ProcessedEvents processedEvents;

    @Inject
    PartnerDirectory directory;

    @Inject
    PartnerReadModel readModel;

    @Inject
    MatchWorker worker;

    @Override
    public Outcome handle(IncomingEvent event) {
        Outcome outcome;
        if (event.isTombstone()) {
            // no event id to deduplicate on; removal is idempotent
            outcome = QuarkusTransaction.requiringNew().call(() ->
                    directory.remove(event.aggregateId(), null) ? Outcome.PROCESSED : Outcome.STALE);
        } else if (EventContract.SNAPSHOT.equals(event.eventType())) {
            PartnerSnapshot snapshot = read(event, PartnerSnapshot.class);
            outcome = QuarkusTransaction.requiringNew().call(() -> {
                if (!processedEvents.firstTime(event.eventId(), event.topic(), event.eventType())) {
                    return Outcome.DUPLICATE;
                }
                return directory.apply(snapshot, event.payload().toString()) ? Outcome.PROCESSED : Outcome.STALE;
            });
        } else {
            PartnerRemoved removed = read(event, PartnerRemoved.class);
            outcome = QuarkusTransaction.requiringNew().call(() -> {
                if (!processedEvents.firstTime(event.eventId(), event.topic(), event.eventType())) {
                    return Outcome.DUPLICATE;
                }
                return directory.remove(removed.partnerId(), removed.version()) ? Outcome.PROCESSED : Outcome.STALE;
            });
        }
        if (outcome == Outcome.PROCESSED) {
            readModel.refresh();
            worker.nudge();
        }
        return outcome;
    }

    private <T> T read(IncomingEvent event, Class<T> type) {
        try {
            return json.read(event.payload(), type);
        } catch (IllegalArgumentException e) {
            throw new PoisonRecordException(DeadLetterReason.SCHEMA_INVALID, e.getMessage(), event.eventId().toString());
        }
    }
}
