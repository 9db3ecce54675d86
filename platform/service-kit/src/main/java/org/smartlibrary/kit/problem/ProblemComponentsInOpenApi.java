package org.smartlibrary.kit.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Registers once, in {@code #/components/responses}, the problem responses that operations of every service share
 * and refer to by name: {@code @APIResponse(responseCode = "404", ref = ProblemComponentsInOpenApi.NOT_FOUND)}. Each
 * is an {@code application/problem+json} {@link Problem} with one example. A service that defines a component of
 * the same name itself keeps its own.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BOTH)
public class ProblemComponentsInOpenApi implements OASFilter {

    /** 400: invalid input; {@code errors} names the fields. */
    public static final String INVALID = "Invalid";
    /** 404: no such resource. */
    public static final String NOT_FOUND = "NotFound";
    /** 409: the resource's state does not allow the change, or it was changed concurrently. */
    public static final String CONFLICT = "Conflict";
    /** 412: If-Match does not name the current ETag (strongly: a weak tag never matches). */
    public static final String PRECONDITION_FAILED = "PreconditionFailed";
    /** 428: a write of a versioned resource sent without If-Match. */
    public static final String PRECONDITION_REQUIRED = "PreconditionRequired";
    /** 422: the Idempotency-Key was already used with another body. */
    public static final String IDEMPOTENCY_KEY_REUSED = "IdempotencyKeyReused";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Map<String, Object> invalid = example("validation", "Invalid request", 400,
                "quantity: must be greater than 0");
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", "quantity");
        error.put("message", "must be greater than 0");
        invalid.put("errors", List.of(error));
        register(openAPI, INVALID, "invalid input: a field, a taxonomy code, a query parameter or malformed JSON",
                "invalid-field", invalid);
        register(openAPI, NOT_FOUND, "no such resource", "not-found",
                example("not-found", "Not found", 404, "the resource does not exist"));
        register(openAPI, CONFLICT, "the resource's state does not allow this, or it was changed concurrently",
                "concurrent-update", example("concurrent-update", "Concurrent update", 409,
                        "the resource was changed by another request; read it again and retry"));
        register(openAPI, PRECONDITION_FAILED, "If-Match does not name the current ETag (a weak tag such as W/\"3\" "
                        + "never matches: If-Match compares strongly)", "stale-etag",
                example("precondition-failed", "Precondition failed", 412,
                        "If-Match \"3\" does not match the current version \"4\"; read the resource again and retry "
                                + "with its ETag"));
        register(openAPI, PRECONDITION_REQUIRED, "If-Match is missing: this write requires it; GET the resource "
                        + "first and send its ETag", "if-match-missing",
                example("precondition-required", "Precondition required", 428,
                        "this write requires an If-Match header: GET the resource first and send its ETag as "
                                + "If-Match, so that a change made since is not overwritten"));
        register(openAPI, IDEMPOTENCY_KEY_REUSED, "the Idempotency-Key was already used with another request body",
                "key-reused", example("idempotency-key-reused", "Idempotency-Key reused", 422,
                        "this Idempotency-Key was already used with a different request body"));
    }

    private static void register(OpenAPI openAPI, String name, String description, String exampleName,
                                 Map<String, Object> example) {
        Map<String, APIResponse> existing = openAPI.getComponents().getResponses();
        if (existing != null && existing.containsKey(name)) {
            return;
        }
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))
                        .addExample(exampleName, OASFactory.createExample().value(example))));
        if (CONFLICT.equals(name)) {
            response.addHeader("Retry-After", OASFactory.createHeader()
                    .description("sent with a concurrent-update conflict: seconds after which to read the resource "
                            + "again and retry (" + ProblemMappers.CONCURRENT_UPDATE_RETRY_AFTER_SECONDS + ")")
                    .schema(OASFactory.createSchema().addType(SchemaType.INTEGER)));
        }
        openAPI.getComponents().addResponse(name, response);
    }

    private static Map<String, Object> example(String slug, String title, int status, String detail) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", Problem.TYPE_BASE + slug);
        example.put("title", title);
        example.put("status", status);
        example.put("detail", detail);
        return example;
    }
}
