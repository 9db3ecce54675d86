package org.smartlibrary.matching.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.kit.openapi.TaxonomySchemas;

import java.time.Instant;
import java.util.UUID;

/** Library staff feedback on a recommended partner. */
public final class Feedback {

    private Feedback() {
    }

    /** The taxonomy's {@code feedback_outcomes} (a test keeps them in step); documented as that schema. */
    public enum Outcome { CONTACTED, ENGAGED, DECLINED }

    /** Why a recommendation was declined; private to the library. */
    public enum DeclineReason {
        NOT_RELEVANT, INSUFFICIENT_CAPACITY, CONDITIONS_UNACCEPTABLE, TIMING, NO_RESPONSE, CHOSE_OTHER_PARTNER, OTHER
    }

    @Schema(name = "FeedbackRequest")
    public record Request(
            @NotNull @Schema(ref = TaxonomySchemas.FEEDBACK_OUTCOME, required = true, example = "DECLINED")
            Outcome outcome,
            @Schema(description = "required when the outcome is DECLINED, refused otherwise; never shown to partners",
                    example = "CONDITIONS_UNACCEPTABLE") DeclineReason declineReason,
            @Size(max = 2000) @Schema(description = "optional, private to the library",
                    example = "The 20% co-funding is not possible this year.") String note) {
    }

    @Schema(name = "Feedback")
    public record View(@Schema(example = "0b7a1e62-4d0f-4c53-9d7e-2f1b2c3d4e5f") UUID id,
                       @Schema(example = "6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f") UUID assessmentId,
                       @Schema(example = "c1d3e5f7-a9b2-4c4d-8e6f-0a2b4c6d8e0f") UUID partnerId,
                       @Schema(description = "revision recommended when the feedback was given", minimum = "1",
                               example = "1") int revision,
                       @Schema(minimum = "1", example = "2") int recommendationSetVersion,
                       @Schema(ref = TaxonomySchemas.FEEDBACK_OUTCOME, example = "DECLINED") Outcome outcome,
                       @Schema(nullable = true, description = "DECLINED feedback only; null otherwise",
                               example = "CONDITIONS_UNACCEPTABLE")
                       DeclineReason declineReason,
                       @Schema(nullable = true, description = "null when none was given", maxLength = 2000, example = "The 20% co-funding is not possible this year.")
                       String note,
                       @Schema(example = "2027-01-14T10:15:00Z") Instant recordedAt) {
    }
}
