package org.smartlibrary.matching.service;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The payload of a library-snapshot v1 event (topic library-directory), as far as matching reads it: which
 * consortium the library belongs to now (null: none), at which library version. Unknown fields are ignored.
 */
public record LibrarySnapshot(UUID libraryId, long libraryVersion, String name, String consortium,
                              OffsetDateTime updatedAt) {
}
