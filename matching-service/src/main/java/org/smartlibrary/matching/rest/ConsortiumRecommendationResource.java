package org.smartlibrary.matching.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.smartlibrary.kit.security.Roles;
import org.smartlibrary.matching.api.ConsortiumRecommendationsView;
import org.smartlibrary.matching.api.OpenApiExamples;
import org.smartlibrary.matching.service.ConsortiumNames;
import org.smartlibrary.matching.service.ConsortiumQueries;
import org.smartlibrary.matching.service.ReadyDocument;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A consortium's pooled recommendations: its member libraries' needs pooled per type and measure and matched as one.
 * For the consortium's analysts, portals and platform administrators; anyone else gets the 404 of a consortium
 * without recommendations.
 */
@Path("/api/v1/consortia/{consortium}/recommendations")
@Tag(name = "Consortium recommendations", description = "Partners for the pooled needs of a library consortium")
@Produces(MediaType.APPLICATION_JSON)
public class ConsortiumRecommendationResource {

    @Inject
    ConsortiumQueries queries;

    @GET
    @RolesAllowed({Roles.CONSORTIUM_ANALYST, Roles.PORTAL, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "getConsortiumRecommendations", summary = "Current pooled recommendations of a consortium",
            description = "The members (every library whose most recently completed assessment names the "
                    + "consortium, with that assessment's revision), their needs pooled per type and measure (unit; "
                    + "currency and period for money) with each member's contribution, the partners ranked for the "
                    + "pooled needs with the same gates and criteria as a library's match (a minimum order is met by "
                    + "the pooled quantity, a joint-application rule by the number of contributing libraries), the "
                    + "coverage plan, the pooled needs left unmet, the share of the plan's cover each member would "
                    + "receive (pro rata to its gap) and what changed against the set it replaced. Scores and ratios "
                    + "have 4 decimals. ETag: \"<set version>\"; If-None-Match with it answers 304. 404 until a "
                    + "member's completed assessment has been matched. Analysts of this consortium (the consortium "
                    + "of their token, case-insensitive), portals, platform administrators.")
    @APIResponse(responseCode = "200", description = "the current consortium set (every property present)",
            headers = @Header(name = "ETag", description = "\"<set version>\"",
                    schema = @Schema(type = SchemaType.STRING, example = "\"2\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConsortiumRecommendationsView.class),
                    examples = @ExampleObject(name = "pooled", value = OpenApiExamples.CONSORTIUM_RECOMMENDATIONS)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current set version: unchanged",
            headers = @Header(name = "ETag", description = "\"<set version>\"",
                    schema = @Schema(type = SchemaType.STRING, example = "\"2\"")))
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response recommendations(
            @Parameter(description = "the consortium: its name as libraries give it, case-insensitive (URL-encoded)",
                    example = "Puget Sound Library Consortium",
                    schema = @Schema(type = SchemaType.STRING, maxLength = ConsortiumNames.MAX_LENGTH))
            @PathParam("consortium") @Size(max = ConsortiumNames.MAX_LENGTH) String consortium,
            @Context Request request) {
        Optional<ReadyDocument> ready = queries.readyDocument(consortium);
        if (ready.isPresent()) {
            return conditional(request, new EntityTag(ready.get().entityTag()),
                    () -> Response.ok(ready.get().body(), MediaType.APPLICATION_JSON_TYPE));
        }
        ConsortiumRecommendationsView view = queries.recommendations(consortium);
        return conditional(request, new EntityTag(Integer.toString(view.setVersion())), () -> Response.ok(view));
    }

    /** 304 when If-None-Match names the tag (and the other preconditions as JAX-RS evaluates them), else the body. */
    private static Response conditional(Request request, EntityTag tag, Supplier<Response.ResponseBuilder> body) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        return body.get().tag(tag).build();
    }
}
