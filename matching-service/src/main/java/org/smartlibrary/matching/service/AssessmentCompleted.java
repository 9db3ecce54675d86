package org.smartlibrary.matching.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The payload of an assessment-completed v1 event, as far as matching reads it (unknown fields are ignored).
 * The schema has been checked before this is read. The consumer decodes it; the use cases take it and read it back
 * from the stored payload ({@code assessment.payload}), which is why it lives here and not in {@code messaging/}.
 */
public record AssessmentCompleted(UUID assessmentId, int revision, OffsetDateTime completedAt, Library library,
                                  List<Need> needs, List<Offer> offers) {

    public AssessmentCompleted {
        needs = needs == null ? List.of() : List.copyOf(needs);
        offers = offers == null ? List.of() : List.copyOf(offers);
    }

    /** libraryVersion (since 1.2): the library's version the revision was completed with; null when absent. */
    public record Library(UUID libraryId, String name, String consortium, String region, String city,
                          Location location, Long libraryVersion) {
    }

    public record Location(double latitude, double longitude) {
    }

    /** period (since 1.1): ONE_TIME, MONTH or YEAR for money; null when absent (ONE_TIME) or for a quantity. */
    public record Need(UUID needId, String category, String type, String description, BigDecimal quantity,
                       String unit, BigDecimal amount, String currency, String period, String horizon, int priority,
                       BigDecimal currentCapacity, UUID goalId) {
    }

    public record Offer(UUID offerId, String type, String description) {
    }
}
