package org.smartlibrary.kit.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem document, the body of every error response. Extension members (e.g. existing_partner of a
 * duplicate-partner problem) are top-level members, as RFC 9457 has them; the schema allows them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details; a problem type may add extension members",
        additionalProperties = Schema.True.class, requiredProperties = {"type", "title", "status", "detail"})
public record Problem(
        @Schema(example = "https://smartlibrary.org/problems/validation") URI type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "needs[0].quantity must be greater than or equal to 0") String detail,
        @Schema(example = "/api/v1/assessments") String instance,
        @Schema(description = "one entry per invalid field, for validation problems") List<FieldError> errors,
        // written through extensionsForJson only (deploy/fuzz/run found them twice: flattened and as "extensions")
        @JsonIgnore @Schema(hidden = true) Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://smartlibrary.org/problems/";

    /** One invalid field: a JSON path-like name and what is wrong with it. */
    @Schema(name = "FieldError", requiredProperties = {"field", "message"})
    public record FieldError(
            @Schema(example = "needs[0].quantity") String field,
            @Schema(example = "must be greater than or equal to 0") String message) {
    }

    @JsonAnyGetter
    public Map<String, Object> extensionsForJson() {
        return extensions == null ? Map.of() : extensions;
    }

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }
}
