package org.smartlibrary.assessment.events;

import org.smartlibrary.assessment.model.Library;

import java.time.Instant;
import java.util.UUID;

/**
 * The payload of library-snapshot v1 (contracts: events/library-directory/v1/schema.json): the library as it is now,
 * above all its consortium, with its version ({@code library_version}, the version its ETag shows), which grows with
 * every change. Field names become snake_case through the global ObjectMapper.
 */
public record LibrarySnapshotPayload(UUID libraryId, long libraryVersion, String name, String consortium,
                                     String region, String city, AssessmentCompletedPayload.LocationData location,
                                     Instant createdAt, Instant updatedAt) {

    public static final String TOPIC = "library-directory";
    public static final String EVENT_TYPE = "library-snapshot";
    public static final String SCHEMA_VERSION = "1.0";

    /** The library as stored, flushed: its version is the one the change just gave it. */
    public static LibrarySnapshotPayload of(Library library) {
        return new LibrarySnapshotPayload(library.id, library.version, library.name, library.consortium, library.region,
                library.city, AssessmentCompletedPayload.LocationData.of(library), library.createdAt,
                library.updatedAt);
    }
}
