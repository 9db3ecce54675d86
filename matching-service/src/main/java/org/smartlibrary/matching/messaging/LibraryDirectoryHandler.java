package org.smartlibrary.matching.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.smartlibrary.matching.config.EventJson;
import org.smartlibrary.matching.repository.ProcessedEvents;
import org.smartlibrary.matching.service.LibraryMemberships;
import org.smartlibrary.matching.service.LibrarySnapshot;
import org.smartlibrary.matching.service.MatchWorker;

/**
 * library-directory: a snapshot newer than the membership held records the library's consortium, moves its stored
 * assessments there and requests the re-match of the consortium it left and the one it joined, in one transaction
 * (after recording the event id); an older or equal library version is ignored. The match worker is then woken.
 */
@ApplicationScoped
public class LibraryDirectoryHandler implements RecordHandler {

    @Inject
    EventJson json;

    @Inject
    ProcessedEvents processedEvents;

    @Inject
    LibraryMemberships memberships;

    @Inject
    MatchWorker worker;

    @Override
    public Outcome handle(IncomingEvent event) {
        LibrarySnapshot snapshot;
        try {
            snapshot = json.read(event.payload(), LibrarySnapshot.class);
        } catch (IllegalArgumentException e) {
            throw new PoisonRecordException(DeadLetterReason.SCHEMA_INVALID, e.getMessage(), event.eventId().toString());
        }
        Outcome outcome = QuarkusTransaction.requiringNew().call(() -> {
            if (!processedEvents.firstTime(event.eventId(), event.topic(), event.eventType())) {
                return Outcome.DUPLICATE;
            }
            return memberships.apply(snapshot) ? Outcome.PROCESSED : Outcome.STALE;
        });
        if (outcome == Outcome.PROCESSED) {
            worker.nudge();
        }
        return outcome;
    }
}
