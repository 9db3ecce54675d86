package org.smartlibrary.assessment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.smartlibrary.assessment.api.AssessmentQuery;
import org.smartlibrary.assessment.api.AssessmentSummary;
import org.smartlibrary.assessment.api.AssessmentView;
import org.smartlibrary.assessment.api.CreateAssessmentRequest;
import org.smartlibrary.assessment.api.PageDocs;
import org.smartlibrary.assessment.api.UpdateAssessmentRequest;
import org.smartlibrary.assessment.api.Validation;
import org.smartlibrary.assessment.service.AssessmentAccess;
import org.smartlibrary.assessment.service.AssessmentService;
import org.smartlibrary.assessment.service.QueryParameters;
import org.smartlibrary.assessment.service.SummaryService;
import org.smartlibrary.assessment.service.Versioned;
import org.smartlibrary.kit.http.Preconditions;
import org.smartlibrary.kit.idempotency.IdempotentRequests;
import org.smartlibrary.kit.paging.PageRequest;
import org.smartlibrary.kit.security.Roles;

import java.util.UUID;

/**
 * Assessments. The id names the assessment across its revisions; without a revision number the newest revision
 * is meant. Writes go to the draft revision; a completed revision is immutable.
 */
@Path("/api/v1/assessments")
@Tag(name = "Assessments")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    @Inject
    AssessmentService assessments;

    @Inject
    SummaryService summaries;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    AssessmentAccess access;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed(Roles.LIBRARY_STAFF)
    @Operation(summary = "Start a needs assessment for a library (revision 1, DRAFT)")
    @APIResponse(responseCode = "201", description = "the new assessment",
            headers = {@Header(name = "Location", description = "URL of the new assessment", schema = @Schema(implementation = String.class)),
                    @Header(name = "ETag", description = ApiResponses.ETAG_DESCRIPTION, schema = @Schema(implementation = String.class))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response create(
            @Parameter(description = "repeat a create safely: same key + same body answers the first response")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, example = CreateAssessmentRequest.EXAMPLE))
            @Valid @NotNull CreateAssessmentRequest body) {
        access.libraryForNewAssessment(body.libraryId()); // before a stored response could be replayed
        return idempotentRequests.execute("POST /api/v1/assessments", idempotencyKey, body, () -> {
            Versioned<AssessmentView> created = assessments.create(body);
            return ApiResponses.created("/api/v1/assessments/" + created.body().id(), created);
        });
    }

    @GET
    @RolesAllowed({Roles.LIBRARY_STAFF, Roles.PORTAL, Roles.PLATFORM_ADMIN})
    @Operation(summary = "List assessments, newest first, with filters",
            description = "Each assessment appears once, as one of its revisions: with status, its newest revision in"
                    + " that status; otherwise its newest revision. completed_after implies status=COMPLETED when no"
                    + " status is given. The other filters apply to the selected revision.")
    @APIResponse(responseCode = "200", description = "one page; a Link header with rel=next points to the next one",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PageDocs.AssessmentPage.class)))
    @APIResponse(responseCode = "400", ref = "Invalid")
    public Response list(
            @Parameter(description = "library id", example = "5ba68dd7-a280-4d1d-9057-e02036f41959") @QueryParam("library_id") String libraryId,
            @Parameter(description = "consortium name, case-insensitive", example = "Brabant Library Network") @QueryParam("consortium") @Size(max = Validation.QUERY_TEXT_MAX) String consortium,
            @Parameter(description = "DRAFT or COMPLETED", schema = @Schema(type = SchemaType.STRING, enumeration = {"DRAFT", "COMPLETED"})) @QueryParam("status") String status,
            @Parameter(description = "has a need of this category", example = "TECHNOLOGY") @QueryParam("category") String category,
            @Parameter(description = "has a need of this resource type", example = "TECHNOLOGY.ROBOTICS") @QueryParam("type") String type,
            @Parameter(description = "completed after this RFC 3339 date-time", example = "2025-01-01T00:00:00Z") @QueryParam("completed_after") String completedAfter,
            @Parameter(description = "page size 1..100, default 20", example = "20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @QueryParam("limit") String limit,
            @Parameter(description = "next_cursor of the previous page") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        return assessments.search(new AssessmentQuery(libraryId, consortium, status, category, type, completedAfter), page)
                .toResponse(uriInfo);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.LIBRARY_STAFF, Roles.PORTAL, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Read an assessment's newest revision with its library, goals, needs and offers")
    @APIResponse(responseCode = "200", description = "the newest revision",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG_DESCRIPTION, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") UUID id) {
        return ApiResponses.ok(assessments.get(id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}")
    @RolesAllowed(Roles.LIBRARY_STAFF)
    @Operation(summary = "Change the title of the draft revision")
    @APIResponse(responseCode = "200", description = "the draft revision",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG_DESCRIPTION, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response update(@PathParam("id") UUID id,
                           @Parameter(description = "the assessment's ETag", example = "\"3\"") @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
                           @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, example = UpdateAssessmentRequest.EXAMPLE))
                           @Valid @NotNull UpdateAssessmentRequest body) {
        return ApiResponses.ok(assessments.update(id, ifMatch, body));
    }

    @POST
    @Path("/{id}/completion")
    @Transactional
    @RolesAllowed(Roles.LIBRARY_STAFF)
    @Operation(summary = "Complete the draft revision",
            description = "Refused (409) without needs. The completed revision becomes immutable and an"
                    + " assessment-completed event is written to the outbox in the same transaction.")
    @APIResponse(responseCode = "200", description = "the completed revision",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG_DESCRIPTION, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response complete(@PathParam("id") UUID id,
                             @Parameter(description = "the assessment's ETag", example = "\"3\"") @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
                             @Parameter(description = "repeat safely: same key answers the first response")
                             @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        access.toChange(id); // before a stored response could be replayed
        return idempotentRequests.execute("POST /api/v1/assessments/" + id + "/completion", idempotencyKey, null,
                () -> ApiResponses.ok(assessments.complete(id, ifMatch)));
    }

    @POST
    @Path("/{id}/revisions")
    @Transactional
    @RolesAllowed(Roles.LIBRARY_STAFF)
    @Operation(summary = "Revise a completed assessment: start the next numbered DRAFT revision as a copy",
            description = "Goals, needs and offers are copied with new ids; goal links follow the copies.")
    @APIResponse(responseCode = "201", description = "the new draft revision",
            headers = {@Header(name = "Location", description = "URL of the new revision", schema = @Schema(implementation = String.class)),
                    @Header(name = "ETag", description = ApiResponses.ETAG_DESCRIPTION, schema = @Schema(implementation = String.class))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response revise(@PathParam("id") UUID id,
                           @Parameter(description = "the assessment's ETag", example = "\"1\"") @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
                           @Parameter(description = "repeat a create safely: same key answers the first response")
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        access.toChange(id); // before a stored response could be replayed
        return idempotentRequests.execute("POST /api/v1/assessments/" + id + "/revisions", idempotencyKey, null, () -> {
            Versioned<AssessmentView> created = assessments.revise(id, ifMatch);
            return ApiResponses.created("/api/v1/assessments/" + id + "/revisions/" + created.body().revision(), created);
        });
    }

    @GET
    @Path("/{id}/revisions")
    @RolesAllowed({Roles.LIBRARY_STAFF, Roles.PORTAL, Roles.PLATFORM_ADMIN})
    @Operation(summary = "List an assessment's revisions, oldest first")
    @APIResponse(responseCode = "200", description = "one page; a Link header with rel=next points to the next one",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PageDocs.RevisionPage.class)))
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response revisions(@PathParam("id") UUID id,
                              @Parameter(description = "page size 1..100, default 20", example = "20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @QueryParam("limit") String limit,
                              @Parameter(description = "next_cursor of the previous page") @QueryParam("cursor") String cursor) {
        return assessments.revisions(id, PageRequest.parse(limit, cursor)).toResponse(uriInfo);
    }

    @GET
    @Path("/{id}/revisions/{revision}")
    @RolesAllowed({Roles.LIBRARY_STAFF, Roles.PORTAL, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Read one revision of an assessment")
    @APIResponse(responseCode = "200", description = "the revision",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG_DESCRIPTION, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response revision(@PathParam("id") UUID id, @Parameter(example = "1") @PathParam("revision") int revision) {
        return ApiResponses.ok(assessments.get(id, revision));
    }

    @GET
    @Path("/{id}/summary")
    @Tag(name = "Summaries")
    @RolesAllowed({Roles.LIBRARY_STAFF, Roles.PORTAL, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Summary of a revision: needs per category and horizon, and what the library needs most")
    @APIResponse(responseCode = "200", description = "the summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentSummary.class)))
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public AssessmentSummary summary(@PathParam("id") UUID id,
                                     @Parameter(description = "revision number; default the newest", example = "1") @QueryParam("revision") String revision,
                                     @Parameter(description = "how many top needs, 1..50, default 5", example = "5") @QueryParam("top") String top) {
        return summaries.summary(id, QueryParameters.integer("revision", revision), QueryParameters.integer("top", top));
    }
}
