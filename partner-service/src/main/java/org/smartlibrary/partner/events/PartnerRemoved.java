package org.smartlibrary.partner.events;

import java.time.Instant;
import java.util.UUID;

/** Payload of a partner-directory v1 {@code partner-removed} event; version is one past the last snapshot. */
public record PartnerRemoved(UUID partnerId, long version, Instant removedAt) {
}
