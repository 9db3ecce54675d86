package org.smartlibrary.kit.http;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.smartlibrary.kit.problem.ProblemsInOpenApi;
import org.smartlibrary.kit.problem.ProblemMappers;

/**
 * Documents, once for every operation, the problem responses that any request can get from the HTTP layer rather
 * than from the resource: 400 (a malformed request, e.g. {@code %00} in the path or query, see
 * {@link TextInput}), 406 (the Accept header allows no media type the operation answers with), 413 and 414
 * ({@link RequestLimits}), and for operations that take a body 415 (not sent as one of the media types it
 * consumes). An operation that documents one of these itself keeps its own; one documented without content (the
 * 400 SmallRye adds to operations with parameters) gets the problem content. Each comes with an
 * example, like every other response of the services' documents. Found missing by deploy/fuzz/run.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BOTH)
public class HttpProblemsInOpenApi implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ProblemsInOpenApi.forEachOperation(openAPI, (path, operation) -> document(operation, path));
    }

    private static void document(Operation operation, String path) {
        APIResponses responses = ProblemsInOpenApi.responses(operation);
        addIfAbsent(responses, path, 400, "malformed-request", "Malformed request",
                "the path or query contains an encoded NUL character (%00), which no parameter accepts",
                "the request is malformed or invalid (e.g. an encoded NUL character in the path or query; validation "
                        + "problems name the fields in errors)");
        addIfAbsent(responses, path, 406, "not-acceptable", "Not Acceptable", ProblemMappers.NOT_ACCEPTABLE_DETAIL,
                "the Accept header allows none of the media types this operation answers with "
                        + "(application/json, and text/csv where the operation lists it; problems are "
                        + "application/problem+json)");
        addIfAbsent(responses, path, 413, "payload-too-large", "Payload too large",
                "the body has 300000 bytes; at most 262144 are accepted",
                "the body is larger than the service accepts (slp.http.max-body-bytes, 256 KiB by default)");
        addIfAbsent(responses, path, 414, "uri-too-long", "URI too long",
                "the query string has 3000 characters; at most 2048 are accepted",
                "the query string is longer than the service accepts (slp.http.max-query-chars, 2,048 characters by "
                        + "default)");
        if (operation.getRequestBody() != null) {
            addIfAbsent(responses, path, 415, "unsupported-media-type", "Unsupported Media Type",
                    ProblemMappers.UNSUPPORTED_MEDIA_TYPE_DETAIL,
                    "the body is not sent as a media type this operation consumes (Content-Type: application/json)");
        }
    }

    private static void addIfAbsent(APIResponses responses, String path, int status, String slug, String title,
                                    String detail, String description) {
        String code = Integer.toString(status);
        APIResponse existing = responses.getAPIResponse(code);
        // an operation's own problem response, inline or a reference to a kit component, stays as it is
        if (existing != null && (existing.getRef() != null
                || existing.getContent() != null && !existing.getContent().getMediaTypes().isEmpty())) {
            return;
        }
        APIResponse response = ProblemsInOpenApi.withProblem(
                existing != null ? existing : OASFactory.createAPIResponse().description(description),
                path, status, slug, title, detail);
        if (existing == null) {
            responses.addAPIResponse(code, response);
        }
    }
}
