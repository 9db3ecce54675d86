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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.smartlibrary.assessment.api.ApiExamples;
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
import org.smartlibrary.kit.openapi.TaxonomySchemas;
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
    @Operation(operationId = "createAssessment", summary = "Start a needs assessment for a library (revision 1, DRAFT)")
    @APIResponse(responseCode = "201", description = "the new assessment",
            headers = {@Header(name = "Location", description = "URL of the new assessment", schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = "ETag", description = ApiResponses.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class),
                    examples = @ExampleObject(name = "northgate-started", summary = "Northgate Community Library's new draft",
                            value = ApiExamples.ASSESSMENT_NEW)))
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response create(
            @Parameter(description = "repeat a create safely: same key + same body answers the first response",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "northgate-community-library",
                            summary = "Northgate Community Library (demo data) starts its 2027 plan",
                            value = CreateAssessmentRequest.EXAMPLE)))
            @Valid @NotNull CreateAssessmentRequest body) {
        access.libraryForNewAssessment(body.libraryId()); // before a stored response could be replayed
        return idempotentRequests.execute("POST /api/v1/assessments", idempotencyKey, body, () -> {
            Versioned<AssessmentView> created = assessments.create(body);
            return ApiResponses.created("/api/v1/assessments/" + created.body().id(), created);
        });
    }

    @GET
    @RolesAllowed({Roles.LIBRARY_STAFF, Roles.PORTAL, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "listAssessments", summary = "List assessments, newest first, with filters",
            description = "Each assessment appears once, as one of its revisions: with status, its newest revision in"
                    + " that status; otherwise its newest revision. completed_after implies status=COMPLETED when no"
                    + " status is given. The other filters apply to the selected revision.")
    @APIResponse(responseCode = "200", description = "one page; a Link header with rel=next points to the next one",
            headers = @Header(name = "Link", description = PageDocs.LINK_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PageDocs.AssessmentPage.class),
                    examples = @ExampleObject(name = "puget-sound", summary = "the plans of two Puget Sound libraries",
                            value = ApiExamples.ASSESSMENT_PAGE)))
    @APIResponse(responseCode = "400", ref = "Invalid")
    public Response list(
            @Parameter(description = "library id", example = ApiExamples.LIBRARY_ID,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("library_id") String libraryId,
            @Parameter(description = "consortium name, case-insensitive", example = ApiExamples.CONSORTIUM,
                    schema = @Schema(type = SchemaType.STRING, maxLength = Validation.QUERY_TEXT_MAX))
            @QueryParam("consortium") @Size(max = Validation.QUERY_TEXT_MAX) String consortium,
            @Parameter(description = "DRAFT or COMPLETED", schema = @Schema(ref = "AssessmentStatus")) @QueryParam("status") String status,
            @Parameter(description = "has a need of this category", example = "TECHNOLOGY",
                    schema = @Schema(ref = TaxonomySchemas.CATEGORY)) @QueryParam("category") String category,
            @Parameter(description = "has a need of this resource type", example = "TECHNOLOGY.ROBOTICS",
                    schema = @Schema(ref = TaxonomySchemas.RESOURCE_TYPE)) @QueryParam("type") String type,
            @Parameter(description = "completed after this RFC 3339 date-time", example = "2026-01-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("completed_after") String completedAfter,
            @Parameter(description = "page size 1..100, default 20", example = "20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @QueryParam("limit") String limit,
            @Parameter(description = "next_cursor of the previous page") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        return assessments.search(new AssessmentQuery(libraryId, consortium, status, category, type, completedAfter), page)
                .toResponse(uriInfo);
    }

    @GET
    @Path("/{assessmentId}")
    @RolesAllowed({Roles.LIBRARY_STAFF, Roles.PORTAL, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "getAssessment", summary = "Read an assessment's newest revision with its library, goals, needs and offers")
    @APIResponse(responseCode = "200", description = "the newest revision",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class),
                    examples = {@ExampleObject(name = "draft", summary = "a draft with a goal, two needs and an offer",
                            value = ApiExamples.ASSESSMENT_DRAFT),
                            @ExampleObject(name = "completed", summary = "the same revision completed",
                                    value = ApiExamples.ASSESSMENT_COMPLETED)}))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("assessmentId") UUID assessmentId) {
        return ApiResponses.ok(assessments.get(assessmentId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{assessmentId}")
    @RolesAllowed(Roles.LIBRARY_STAFF)
    @Operation(operationId = "updateAssessment", summary = "Change the title of the draft revision")
    @APIResponse(responseCode = "200", description = "the draft revision",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class),
                    examples = @ExampleObject(name = "retitled", summary = "the draft with its new title",
                            value = ApiExamples.ASSESSMENT_RETITLED)))
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(@PathParam("assessmentId") UUID assessmentId,
                           @Parameter(description = "the assessment's ETag", example = "\"3\"", required = true) @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
                           @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   examples = @ExampleObject(name = "retitle", summary = "a new title for the draft",
                                           value = UpdateAssessmentRequest.EXAMPLE)))
                           @Valid @NotNull UpdateAssessmentRequest body) {
        return ApiResponses.ok(assessments.update(assessmentId, ifMatch, body));
    }

    @POST
    @Path("/{assessmentId}/completion")
    @Transactional
    @RolesAllowed(Roles.LIBRARY_STAFF)
    @Operation(operationId = "completeAssessment", summary = "Complete the draft revision",
            description = "Refused (409) without needs. The completed revision becomes immutable and an"
                    + " assessment-completed event is written to the outbox in the same transaction.")
    @APIResponse(responseCode = "200", description = "the completed revision",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class),
                    examples = @ExampleObject(name = "completed", summary = "revision 1 completed",
                            value = ApiExamples.ASSESSMENT_COMPLETED)))
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response complete(@PathParam("assessmentId") UUID assessmentId,
                             @Parameter(description = "the assessment's ETag", example = "\"3\"", required = true) @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
                             @Parameter(description = "repeat safely: same key answers the first response",
                                     schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
                             @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        if (idempotencyKey != null) {
            access.toChange(assessmentId); // before a stored response could be replayed; complete() checks it anyway
        }
        return idempotentRequests.execute("POST /api/v1/assessments/" + assessmentId + "/completion", idempotencyKey, null,
                () -> ApiResponses.ok(assessments.complete(assessmentId, ifMatch)));
    }

    @POST
    @Path("/{assessmentId}/revisions")
    @Transactional
    @RolesAllowed(Roles.LIBRARY_STAFF)
    @Operation(operationId = "createAssessmentRevision",
            summary = "Revise a completed assessment: start the next numbered DRAFT revision as a copy",
            description = "Goals, needs and offers are copied with new ids; goal links follow the copies.")
    @APIResponse(responseCode = "201", description = "the new draft revision",
            headers = {@Header(name = "Location", description = "URL of the new revision", schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = "ETag", description = ApiResponses.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class),
                    examples = @ExampleObject(name = "revision-2", summary = "revision 2, a draft copy of revision 1",
                            value = ApiExamples.ASSESSMENT_REVISION_2)))
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response revise(@PathParam("assessmentId") UUID assessmentId,
                           @Parameter(description = "the assessment's ETag", example = "\"1\"", required = true) @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
                           @Parameter(description = "repeat a create safely: same key answers the first response",
                                   schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        access.toChange(assessmentId); // before a stored response could be replayed
        return idempotentRequests.execute("POST /api/v1/assessments/" + assessmentId + "/revisions", idempotencyKey, null, () -> {
            Versioned<AssessmentView> created = assessments.revise(assessmentId, ifMatch);
            return ApiResponses.created("/api/v1/assessments/" + assessmentId + "/revisions/" + created.body().revision(), created);
        });
    }

    @GET
    @Path("/{assessmentId}/revisions")
    @RolesAllowed({Roles.LIBRARY_STAFF, Roles.PORTAL, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "listAssessmentRevisions", summary = "List an assessment's revisions, oldest first")
    @APIResponse(responseCode = "200", description = "one page; a Link header with rel=next points to the next one",
            headers = @Header(name = "Link", description = PageDocs.LINK_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PageDocs.RevisionPage.class),
                    examples = @ExampleObject(name = "under-revision", summary = "revision 1 completed, revision 2 a draft",
                            value = ApiExamples.REVISION_PAGE)))
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response revisions(@PathParam("assessmentId") UUID assessmentId,
                              @Parameter(description = "page size 1..100, default 20", example = "20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @QueryParam("limit") String limit,
                              @Parameter(description = "next_cursor of the previous page") @QueryParam("cursor") String cursor) {
        return assessments.revisions(assessmentId, PageRequest.parse(limit, cursor)).toResponse(uriInfo);
    }

    @GET
    @Path("/{assessmentId}/revisions/{revision}")
    @RolesAllowed({Roles.LIBRARY_STAFF, Roles.PORTAL, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "getAssessmentRevision", summary = "Read one revision of an assessment")
    @APIResponse(responseCode = "200", description = "the revision",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class),
                    examples = @ExampleObject(name = "revision-1", summary = "revision 1, completed, while revision 2 is a draft",
                            value = ApiExamples.ASSESSMENT_REVISION_1)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response revision(@PathParam("assessmentId") UUID assessmentId,
                             @Parameter(description = "the revision number, 1 for the first", example = "1") @PathParam("revision") int revision) {
        return ApiResponses.ok(assessments.get(assessmentId, revision));
    }

    @GET
    @Path("/{assessmentId}/summary")
    @Tag(name = "Summaries")
    @RolesAllowed({Roles.LIBRARY_STAFF, Roles.PORTAL, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "getAssessmentSummary",
            summary = "Summary of a revision: needs per category and horizon, and what the library needs most")
    @APIResponse(responseCode = "200", description = "the summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentSummary.class),
                    examples = @ExampleObject(name = "revision-1", summary = "the completed revision 1",
                            value = ApiExamples.SUMMARY)))
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public AssessmentSummary summary(@PathParam("assessmentId") UUID assessmentId,
                                     @Parameter(description = "revision number; default the newest", example = "1",
                                             schema = @Schema(type = SchemaType.INTEGER, format = "int32"))
                                     @QueryParam("revision") String revision,
                                     @Parameter(description = "how many top needs, 1..50, default 5", example = "5",
                                             schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "50"))
                                     @QueryParam("top") String top) {
        return summaries.summary(assessmentId, QueryParameters.integer("revision", revision), QueryParameters.integer("top", top));
    }
}
