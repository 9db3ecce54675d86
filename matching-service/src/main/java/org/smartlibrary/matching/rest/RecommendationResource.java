package org.smartlibrary.matching.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.smartlibrary.kit.csv.CsvResponses;
import org.smartlibrary.kit.idempotency.IdempotentRequests;
import org.smartlibrary.kit.paging.PageRequest;
import org.smartlibrary.kit.security.Roles;
import org.smartlibrary.matching.api.ExcludedCandidatesView;
import org.smartlibrary.matching.api.Feedback;
import org.smartlibrary.matching.api.FeedbackPage;
import org.smartlibrary.matching.api.MatchFlag;
import org.smartlibrary.matching.api.OpenApiExamples;
import org.smartlibrary.matching.api.RecommendationsView;
import org.smartlibrary.matching.service.FeedbackService;
import org.smartlibrary.matching.service.FlagFilter;
import org.smartlibrary.matching.service.ReadyDocument;
import org.smartlibrary.matching.service.RecommendationQueries;
import org.smartlibrary.matching.service.RecommendationsCsv;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A library's recommendations (as JSON or, with {@code Accept: text/csv}, as CSV), the candidates excluded from them,
 * and feedback on recommended partners. An
 * assessment belongs to the library named in its assessment-completed event: another library's staff get the 404
 * of an unknown assessment. The READY JSON form without a flag filter is served from the bytes kept with the set
 * ({@link RecommendationQueries#readyDocument}); a filter, the CSV form and PENDING build the view.
 */
@Path("/api/v1/assessments/{assessmentId}/recommendations")
@Tag(name = "Recommendations", description = "Partner recommendations for a completed assessment, and library feedback")
@Produces(MediaType.APPLICATION_JSON)
public class RecommendationResource {

    @Inject
    RecommendationQueries queries;

    @Inject
    FeedbackService feedback;

    @Inject
    IdempotentRequests idempotentRequests;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvResponses.MEDIA_TYPE})
    @RolesAllowed({Roles.LIBRARY_STAFF, Roles.PORTAL, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "getRecommendations", summary = "Current recommendations of an assessment",
            description = "READY: the ranked partners of the newest recommendation set for the newest revision, with "
                    + "structured explanations, the coverage plan, the unmet needs and what changed against the set it "
                    + "replaced, the flags of every partner and cover, related-type alternatives (ideas that never "
                    + "count) and the match date (evaluated_on). Scores and ratios have 4 decimals. flag and "
                    + "exclude_flag keep only the recommendations that carry every given flag and none of the "
                    + "excluded ones (ranks unchanged; coverage plan, unmet needs and alternatives stay whole). "
                    + "PENDING: the newest revision arrived and is being matched. 404 until the "
                    + "assessment-completed event has reached matching. ETag: \"<revision>.<set version>\" (the "
                    + "set, whatever the filter). With Accept: text/csv (preferred to application/json) the CSV form: "
                    + "one row per recommended partner and covered need (after flag / exclude_flag), with the "
                    + "partner's and the cover's figures and flags (joined with ;) and the text of the need's "
                    + "heaviest explanation item; header row always, no rows while PENDING, no ETag; errors stay "
                    + "application/problem+json. "
                    + "Library staff of the assessment's library, portals, platform administrators.")
    @APIResponse(responseCode = "200", description = "READY or PENDING (every property present; what PENDING does "
            + "not know yet is null), or the CSV form",
            headers = {@Header(name = "ETag", description = "READY only, JSON form only: \"<revision>.<set version>\" "
                    + "of the set, whatever the filter; not sent while PENDING",
                    schema = @Schema(type = SchemaType.STRING, example = "\"1.2\"")),
                    @Header(name = "Content-Disposition", description = CsvResponses.CONTENT_DISPOSITION_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING))},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecommendationsView.class),
                    examples = {@ExampleObject(name = "ready", value = OpenApiExamples.READY),
                            @ExampleObject(name = "pending", value = OpenApiExamples.PENDING)}),
                    @Content(mediaType = CsvResponses.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "ready-csv", summary = "the READY example as CSV",
                                    value = RecommendationsCsv.EXAMPLE))})
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response recommendations(@PathParam("assessmentId") UUID assessmentId,
                                    @Parameter(description = "repeatable: keep only recommendations that carry every "
                                            + "one of these flags", schema = @Schema(type = SchemaType.ARRAY,
                                            implementation = MatchFlag.class))
                                    @QueryParam(FlagFilter.FLAG) List<String> flag,
                                    @Parameter(description = "repeatable: drop recommendations that carry any of "
                                            + "these flags", schema = @Schema(type = SchemaType.ARRAY,
                                            implementation = MatchFlag.class))
                                    @QueryParam(FlagFilter.EXCLUDE_FLAG) List<String> excludeFlag,
                                    @Context HttpHeaders headers) {
        FlagFilter filter = FlagFilter.parse(flag, excludeFlag);
        if (filter.equals(FlagFilter.NONE) && !CsvResponses.prefersCsv(headers.getRequestHeader(HttpHeaders.ACCEPT))) {
            Optional<ReadyDocument> ready = queries.readyDocument(assessmentId);
            if (ready.isPresent()) {
                // the JSON form as negotiate writes it below, from the bytes kept with the set
                return Response.ok(ready.get().body(), MediaType.APPLICATION_JSON_TYPE)
                        .tag(new EntityTag(ready.get().entityTag()))
                        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
            }
        }
        RecommendationsView view = queries.recommendations(assessmentId, filter);
        Response.ResponseBuilder response = Response.ok(view);
        if (view.status() == RecommendationsView.Status.READY) {
            response.tag(new EntityTag(view.revision() + "." + view.recommendationSetVersion()));
        }
        return CsvResponses.negotiate(headers, response.build(), RecommendationsCsv.fileName(assessmentId),
                () -> RecommendationsCsv.table(view));
    }

    @GET
    @Path("/excluded")
    @RolesAllowed({Roles.LIBRARY_STAFF, Roles.PORTAL, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "listExcludedCandidates", summary = "Candidates the hard gates excluded, with every reason",
            description = "For the current recommendation set, in the order of the assessment's needs; paged (the "
                    + "next page by next_cursor). 404 while the first set is being computed; 409 when a newer set "
                    + "replaced the one a cursor belongs to. "
                    + "Library staff of the assessment's library, portals, platform administrators.")
    @APIResponse(responseCode = "200", description = "one page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExcludedCandidatesView.class),
                    examples = @ExampleObject(name = "excluded", value = OpenApiExamples.EXCLUDED)))
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ExcludedCandidatesView excluded(@PathParam("assessmentId") UUID assessmentId,
                                           @Parameter(description = "page size, 1..100 (default 20)",
                                                   schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                                                           maximum = "100", defaultValue = "20"))
                                           @QueryParam("limit") String limit,
                                           @Parameter(description = "next_cursor of the previous page")
                                           @QueryParam("cursor") String cursor) {
        return queries.excluded(assessmentId, PageRequest.parse(limit, cursor));
    }

    @POST
    @Path("/{partnerId}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed(Roles.LIBRARY_STAFF)
    @Operation(operationId = "recordRecommendationFeedback", summary = "Record library feedback on a recommended partner",
            description = "CONTACTED, ENGAGED, or DECLINED with a decline reason (required then, refused otherwise). "
                    + "The decline reason and the note stay private to the library: partner views show only the "
                    + "outcome. Only staff of the assessment's library. The body has no ids, library or times: "
                    + "they come from the path, the token and the clock; unknown fields are refused. "
                    + "Accepts an Idempotency-Key.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Feedback.Request.class),
            examples = @ExampleObject(name = "declined", value = OpenApiExamples.FEEDBACK_REQUEST)))
    @APIResponse(responseCode = "201", description = "recorded (or, for a repeated Idempotency-Key with the same "
            + "body, the first response replayed)",
            headers = {@Header(name = "Location", description = "the feedback list of this recommended partner "
                    + "(this URL), where the new feedback is listed", schema = @Schema(type = SchemaType.STRING,
                    format = "uri")),
                    @Header(name = "Idempotent-Replayed", description = "\"true\" when this is the "
                            + "stored response of an earlier request with the same Idempotency-Key and body; absent "
                            + "otherwise", schema = @Schema(type = SchemaType.STRING, enumeration = "true"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Feedback.View.class),
                    examples = @ExampleObject(name = "declined", value = OpenApiExamples.FEEDBACK)))
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response recordFeedback(@PathParam("assessmentId") UUID assessmentId,
                                   @PathParam("partnerId") UUID partnerId,
                                   @Parameter(description = "same key + same body answers the first response; 1 to "
                                           + "255 characters (an empty header counts as no key)",
                                           schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
                                   @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                                   @Valid @NotNull Feedback.Request request) {
        FeedbackService.validate(request);
        feedback.checkMayRecord(assessmentId);
        return idempotentRequests.execute("POST feedback " + assessmentId + " " + partnerId, idempotencyKey, request,
                () -> Response.status(Response.Status.CREATED)
                        .entity(feedback.record(assessmentId, partnerId, request))
                        .location(uriInfo.getRequestUri())
                        .build());
    }

    @GET
    @Path("/{partnerId}/feedback")
    @RolesAllowed({Roles.LIBRARY_STAFF, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "listRecommendationFeedback", summary = "Feedback recorded on a recommended partner, oldest first",
            description = "Holds the library's private decline reasons and notes: staff of the assessment's library "
                    + "and platform administrators only. An empty page when there is no feedback yet.")
    @APIResponse(responseCode = "200", description = "one page (items, next_cursor, limit)",
            headers = @Header(name = "Link", description = "<URL of the next page>; rel=\"next\" — only when there is "
                    + "a next page", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FeedbackPage.class),
                    examples = @ExampleObject(name = "page", value = OpenApiExamples.FEEDBACK_PAGE)))
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response feedback(@PathParam("assessmentId") UUID assessmentId, @PathParam("partnerId") UUID partnerId,
                             @Parameter(description = "page size, 1..100 (default 20)",
                                     schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100",
                                             defaultValue = "20")) @QueryParam("limit") String limit,
                             @Parameter(description = "next_cursor of the previous page") @QueryParam("cursor") String cursor) {
        return feedback.list(assessmentId, partnerId, PageRequest.parse(limit, cursor)).toResponse(uriInfo);
    }
}
