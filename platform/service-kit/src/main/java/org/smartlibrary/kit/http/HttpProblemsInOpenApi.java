package org.smartlibrary.kit.http;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.smartlibrary.kit.problem.Problem;

/**
 * Documents, once for every operation, the problem responses that any request can get from the HTTP layer rather
 * than from the resource: 406 (the Accept header allows no media type the operation answers with), 413 and 414
 * ({@link RequestLimits}), and for operations that take a body 415 (not sent as one of the media types it
 * consumes). An operation that documents one of these itself keeps its own description.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BOTH)
public class HttpProblemsInOpenApi implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            if (item.getOperations() == null) {
                continue;
            }
            for (Operation operation : item.getOperations().values()) {
                document(operation);
            }
        }
    }

    private static void document(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        addIfAbsent(responses, "406", "the Accept header allows none of the media types this operation answers with "
                + "(application/json; problems are application/problem+json)");
        addIfAbsent(responses, "413", "the body is larger than the service accepts (slp.http.max-body-bytes, "
                + "256 KiB by default)");
        addIfAbsent(responses, "414", "the query string is longer than the service accepts (slp.http.max-query-chars, "
                + "2,048 characters by default)");
        if (operation.getRequestBody() != null) {
            addIfAbsent(responses, "415", "the body is not sent as a media type this operation consumes "
                    + "(Content-Type: application/json)");
        }
    }

    private static void addIfAbsent(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, problem(description));
        }
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
    }
}
