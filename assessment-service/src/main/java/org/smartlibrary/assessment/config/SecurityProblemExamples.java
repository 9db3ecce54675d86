package org.smartlibrary.assessment.config;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.smartlibrary.kit.problem.Problem;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gives the 401 and 403 responses that the service-kit documents on every secured operation an example, as every
 * other error response of this API has one. Runs after the kit's filter (lower priority), and only fills in what
 * is missing.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BOTH, priority = 0)
public class SecurityProblemExamples implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> item : openAPI.getPaths().getPathItems().entrySet()) {
            if (item.getValue().getOperations() == null) {
                continue;
            }
            for (Operation operation : item.getValue().getOperations().values()) {
                if (operation.getResponses() == null) {
                    continue;
                }
                example(operation.getResponses().getAPIResponse("401"), item.getKey(), "unauthorized", "Unauthorized",
                        401, "send a valid bearer token in the Authorization header");
                example(operation.getResponses().getAPIResponse("403"), item.getKey(), "forbidden", "Forbidden",
                        403, "your role does not allow this operation");
            }
        }
    }

    private static void example(APIResponse response, String path, String slug, String title, int status, String detail) {
        if (response == null || response.getContent() == null) {
            return;
        }
        MediaType problem = response.getContent().getMediaType(Problem.MEDIA_TYPE);
        if (problem == null || (problem.getExamples() != null && !problem.getExamples().isEmpty())) {
            return;
        }
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", "https://smartlibrary.org/problems/" + slug);
        value.put("title", title);
        value.put("status", status);
        value.put("detail", detail);
        value.put("instance", path);
        problem.addExample(slug, OASFactory.createExample().value(value));
    }
}
