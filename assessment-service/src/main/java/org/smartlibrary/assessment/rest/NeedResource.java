package org.smartlibrary.assessment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.smartlibrary.assessment.service.AssessmentAccess;
import org.smartlibrary.assessment.service.NeedService;
import org.smartlibrary.assessment.service.Versioned;
import org.smartlibrary.kit.http.Preconditions;
import org.smartlibrary.kit.idempotency.IdempotentRequests;
import org.smartlibrary.kit.security.Roles;

import java.util.List;
import java.util.UUID;

/** Needs of an assessment: listed and added on the newest revision, changed only while it is a draft. */
@Path("/api/v1/assessments/{assessmentId}/needs")
@Tag(name = "Needs")
@Produces(MediaType.APPLICATION_JSON)
public class NeedResource {

    @Inject
    NeedService needs;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    AssessmentAccess access;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed(Roles.LIBRARY_STAFF)
    @Operation(summary = "Add a need to the draft revision")
    @APIResponse(responseCode = "201", description = "the new need",
            headers = {@Header(name = "Location", description = "URL of the new need", schema = @Schema(implementation = String.class)),
                    @Header(name = "ETag", description = ApiResponses.ETAG_DESCRIPTION, schema = @Schema(implementation = String.class))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NeedView.class)))
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response add(@PathParam("assessmentId") UUID assessmentId,
                        @Parameter(description = "optional: the assessment's ETag", example = "\"2\"") @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
                        @Parameter(description = "repeat a create safely: same key + same body answers the first response")
                        @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                        @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, example = NeedRequest.EXAMPLE))
                        @Valid @NotNull NeedRequest body) {
        access.toChange(assessmentId); // before a stored response could be replayed
        return idempotentRequests.execute("POST /api/v1/assessments/" + assessmentId + "/needs", idempotencyKey, body, () -> {
            Versioned<NeedView> created = needs.add(assessmentId, ifMatch, body);
            return ApiResponses.created("/api/v1/assessments/" + assessmentId + "/needs/" + created.body().id(), created);
        });
    }

    @GET
    @RolesAllowed({Roles.LIBRARY_STAFF, Roles.PORTAL, Roles.PLATFORM_ADMIN})
    @Operation(summary = "List the needs of the newest revision")
    @APIResponse(responseCode = "200", description = "the needs in the order they were added (at most slp.assessment.max-needs)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = NeedView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<NeedView> list(@PathParam("assessmentId") UUID assessmentId) {
        return needs.list(assessmentId);
    }

    @GET
    @Path("/{needId}")
    @RolesAllowed({Roles.LIBRARY_STAFF, Roles.PORTAL, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Read a need (of any revision of the assessment)")
    @APIResponse(responseCode = "200", description = "the need",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG_DESCRIPTION, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NeedView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("assessmentId") UUID assessmentId, @PathParam("needId") UUID needId) {
        return ApiResponses.ok(needs.get(assessmentId, needId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{needId}")
    @RolesAllowed(Roles.LIBRARY_STAFF)
    @Operation(summary = "Replace a need of the draft revision")
    @APIResponse(responseCode = "200", description = "the updated need",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG_DESCRIPTION, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NeedView.class)))
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response update(@PathParam("assessmentId") UUID assessmentId, @PathParam("needId") UUID needId,
                           @Parameter(description = "the need's ETag", example = "\"0\"") @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
                           @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, example = NeedRequest.EXAMPLE))
                           @Valid @NotNull NeedRequest body) {
        return ApiResponses.ok(needs.update(assessmentId, needId, ifMatch, body));
    }

    @DELETE
    @Path("/{needId}")
    @RolesAllowed(Roles.LIBRARY_STAFF)
    @Operation(summary = "Remove a need from the draft revision")
    @APIResponse(responseCode = "204", description = "removed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public void delete(@PathParam("assessmentId") UUID assessmentId, @PathParam("needId") UUID needId,
                       @Parameter(description = "the need's ETag", example = "\"0\"") @HeaderParam(Preconditions.IF_MATCH) String ifMatch) {
        needs.delete(assessmentId, needId, ifMatch);
    }
}
