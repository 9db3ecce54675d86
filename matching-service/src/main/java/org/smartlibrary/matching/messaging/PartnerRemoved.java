package org.smartlibrary.matching.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The payload of a partner-removed v1 event. */
public record PartnerRemoved(UUID partnerId, long version, OffsetDateTime removedAt) {
}
