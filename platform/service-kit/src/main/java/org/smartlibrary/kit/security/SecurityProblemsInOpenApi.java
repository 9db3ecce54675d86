package org.smartlibrary.kit.security;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.smartlibrary.kit.problem.ProblemsInOpenApi;

/**
 * Every secured operation documents 401 and 403 as problem documents with an example (Quarkus adds the security
 * requirement from {@code @RolesAllowed}; this gives the two responses their schema, a useful description and an
 * example, as every other response of the APIs has). A service's own filter may refine them afterwards.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BOTH)
public class SecurityProblemsInOpenApi implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ProblemsInOpenApi.forEachOperation(openAPI, (path, operation) -> {
            if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
                document(operation, path);
            }
        });
    }

    private static void document(Operation operation, String path) {
        APIResponses responses = ProblemsInOpenApi.responses(operation);
        responses.addAPIResponse("401", problem(path, "unauthorized", "Unauthorized", 401,
                "send a valid bearer token in the Authorization header",
                "no bearer token, or one that is expired, not signed by the trusted key or from another issuer "
                        + "(WWW-Authenticate: Bearer)"));
        responses.addAPIResponse("403", problem(path, "forbidden", "Forbidden", 403,
                "your role does not allow this operation",
                "the token is valid but none of its roles may use this operation"));
    }

    private static APIResponse problem(String path, String slug, String title, int status, String detail,
                                       String description) {
        return ProblemsInOpenApi.withProblem(OASFactory.createAPIResponse().description(description), path, status,
                slug, title, detail);
    }
}
