package org.smartlibrary.assessment.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.smartlibrary.assessment.model.Library;
import org.smartlibrary.kit.outbox.Outbox;
import org.smartlibrary.kit.outbox.OutboxEvent;

import java.util.UUID;

/**
 * Writes library-snapshot to the outbox in the caller's transaction (the one that created or changed the library);
 * the kit's relay sends it.
 */
@ApplicationScoped
public class LibrarySnapshotPublisher {

    @Inject
    Outbox outbox;

    /** Keyed by the library id, so the snapshots of one library stay in order. Call after the change is flushed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(Library library) {
        LibrarySnapshotPayload payload = LibrarySnapshotPayload.of(library);
        return outbox.publish(new OutboxEvent(LibrarySnapshotPayload.TOPIC, LibrarySnapshotPayload.EVENT_TYPE,
                LibrarySnapshotPayload.SCHEMA_VERSION, payload.libraryId(), payload));
    }
}
