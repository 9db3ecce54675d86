package org.smartlibrary.kit.security;

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
 * Every secured operation documents 401 and 403 as problem documents (Quarkus adds the security requirement
 * from {@code @RolesAllowed}; this gives the two responses their schema and a useful description).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BOTH)
public class SecurityProblemsInOpenApi implements OASFilter {

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
                if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
                    document(operation);
                }
            }
        }
    }

    private static void document(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        responses.addAPIResponse("401", problem("no bearer token, or one that is expired, not signed by the "
                + "trusted key or from another issuer (WWW-Authenticate: Bearer)"));
        responses.addAPIResponse("403", problem("the token is valid but none of its roles may use this operation"));
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
    }
}
