package org.smartlibrary.matching.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** Library staff feedback on a recommended partner. */
public final class Feedback {

    private Feedback() {
    }

    public enum Outcome { CONTACTED, ENGAGED, DECLINED }

    /** Why a recommendation was declined; private to the library. */
    public enum DeclineReason {
        NOT_RELEVANT, INSUFFICIENT_CAPACITY, CONDITIONS_UNACCEPTABLE, TIMING, NO_RESPONSE, CHOSE_OTHER_PARTNER, OTHER
    }

    @Schema(name = "FeedbackRequest")
    public record Request(
            @NotNull @Schema(required = true, example = "DECLINED") Outcome outcome,
            @Schema(description = "required when the outcome is DECLINED, refused otherwise; never shown to partners",
                    example = "CONDITIONS_UNACCEPTABLE") DeclineReason declineReason,
            @Size(max = 2000) @Schema(description = "optional, private to the library",
                    example = "Co-funding of 25% is not possible this year.") String note) {
    }

    @Schema(name = "Feedback")
    public record View(@Schema(example = "0b7a1e62-4d0f-4c53-9d7e-2f1b2c3d4e5f") UUID id,
                       @Schema(example = "1e250c70-dff6-4e52-8690-a9c144e7cf0f") UUID assessmentId,
                       @Schema(example = "4eac0e94-1b72-439a-894b-ee8c0094a8d0") UUID partnerId,
                       @Schema(description = "revision recommended when the feedback was given", example = "1") int revision,
                       @Schema(example = "2") int recommendationSetVersion,
                       Outcome outcome,
                       @Schema(nullable = true, description = "DECLINED feedback only; null otherwise and for callers that may not see it")
                       DeclineReason declineReason,
                       @Schema(nullable = true) String note,
                       @Schema(example = "2025-04-03T10:15:00Z") Instant recordedAt) {
    }
}
