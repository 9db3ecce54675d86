package org.smartlibrary.kit.problem;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/** What the kit's OpenAPI filters share: walking the operations and writing a problem response with its example. */
public final class ProblemsInOpenApi {

    private ProblemsInOpenApi() {
    }

    /** Calls {@code action} with the path and each operation of the document. */
    public static void forEachOperation(OpenAPI openAPI, BiConsumer<String, Operation> action) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> item : openAPI.getPaths().getPathItems().entrySet()) {
            if (item.getValue().getOperations() != null) {
                item.getValue().getOperations().values().forEach(operation -> action.accept(item.getKey(), operation));
            }
        }
    }

    /** The operation's responses, created when it has none. */
    public static APIResponses responses(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        return operation.getResponses();
    }

    /** Sets {@code response}'s content to a problem document with an example at {@code path}; returns it. */
    public static APIResponse withProblem(APIResponse response, String path, int status, String slug, String title,
                                          String detail) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", Problem.TYPE_BASE + slug);
        example.put("title", title);
        example.put("status", status);
        example.put("detail", detail);
        example.put("instance", path);
        return response.content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem"))
                .addExample(slug, OASFactory.createExample().value(example))));
    }
}
