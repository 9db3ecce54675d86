package org.smartlibrary.partner.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.smartlibrary.kit.problem.Problem;
import org.smartlibrary.kit.security.Roles;
import org.smartlibrary.partner.api.ApiExamples;

import java.util.List;
import java.util.Map;

/**
 * On the partner-admin operations, says that another partner's administrator gets 403 too and shows that problem as
 * the 403 example (the service kit documents a generic 401 and 403 on every secured operation). Runs after the kit's
 * filter (lower priority runs later).
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
                if (operation.getSecurity() == null || operation.getSecurity().isEmpty()
                        || operation.getResponses() == null) {
                    continue;
                }
                APIResponse forbidden = operation.getResponses().getAPIResponse("403");
                if (!roles(operation).contains(Roles.PARTNER_ADMIN) || forbidden == null) {
                    continue;
                }
                example(forbidden, "forbidden", ApiExamples.otherPartner(item.getKey()));
                if (forbidden.getDescription() != null
                        && !forbidden.getDescription().contains("another partner")) {
                    forbidden.setDescription(forbidden.getDescription()
                            + "; or the token is another partner's administrator's (the partner is public, so it is "
                            + "visible but not changeable)");
                }
            }
        }
    }

    private static List<String> roles(Operation operation) {
        return operation.getSecurity().stream()
                .map(SecurityRequirement::getSchemes).filter(schemes -> schemes != null)
                .flatMap(schemes -> schemes.values().stream()).filter(roles -> roles != null)
                .flatMap(List::stream).toList();
    }

    private static void example(APIResponse response, String name, Object value) {
        if (response == null || response.getContent() == null) {
            return;
        }
        MediaType media = response.getContent().getMediaType(Problem.MEDIA_TYPE);
        if (media != null) {
            media.setExamples(new java.util.LinkedHashMap<>());
            media.addExample(name, OASFactory.createExample().value(value));
        }
    }
}
