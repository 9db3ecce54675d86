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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.smartlibrary.assessment.service.AssessmentAccess;
import org.smartlibrary.assessment.service.RevisionItemService;
import org.smartlibrary.assessment.service.Versioned;
import org.smartlibrary.kit.http.Preconditions;
import org.smartlibrary.kit.idempotency.IdempotentRequests;
import org.smartlibrary.kit.security.Roles;

import java.util.UUID;

/**
 * The goals, needs and offers of an assessment, one resource written once: listed and added on the newest
 * revision, changed only while it is a draft. A subclass per kind gives the path, the tag, the kind
 * ({@link RevisionItemKind}: words, schemas and examples) and its service. The documentation below speaks of
 * {@code {item}}, {@code {an item}}, {@code {items}}, the path parameter {@code {itemId}}, the {@code {Item}} schema,
 * operationIds such as {@code list{Items}} and {@code create{Item}}, and examples named
 * {@value RevisionItemsInOpenApi#EXAMPLES}; {@link RevisionItemsInOpenApi} puts in the kind's words, names, schemas
 * and examples (operationIds listGoals, createGoal, getGoal, updateGoal, deleteGoal and so on).
 *
 * @param <R> the request that adds or replaces an item
 * @param <V> the view of an item
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class RevisionItemResource<R, V> {

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    AssessmentAccess access;

    private final RevisionItemKind<V> kind;

    protected RevisionItemResource(RevisionItemKind<V> kind) {
        this.kind = kind;
    }

    protected abstract RevisionItemService<?, R, V> items();

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed(Roles.LIBRARY_STAFF)
    @Operation(operationId = "create{Item}", summary = "Add {an item} to the draft revision")
    @APIResponse(responseCode = "201", description = "the new {item}",
            headers = {@Header(name = "Location", description = "URL of the new {item}", schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = "ETag", description = ApiResponses.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = RevisionItemsInOpenApi.ITEM_SCHEMA),
                    examples = @ExampleObject(name = RevisionItemsInOpenApi.EXAMPLES, value = "{}")))
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response add(@PathParam("assessmentId") UUID assessmentId,
                        @Parameter(description = "optional: the assessment's ETag", example = "\"2\"") @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
                        @Parameter(description = "repeat a create safely: same key + same body answers the first response",
                                schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
                        @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                        @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                examples = @ExampleObject(name = RevisionItemsInOpenApi.EXAMPLES, value = "{}")))
                        @Valid @NotNull R body) {
        access.toChange(assessmentId); // before a stored response could be replayed
        String collection = "/api/v1/assessments/" + assessmentId + "/" + kind.collection();
        return idempotentRequests.execute("POST " + collection, idempotencyKey, body, () -> {
            Versioned<V> created = items().add(assessmentId, ifMatch, body);
            return ApiResponses.created(collection + "/" + kind.idOf(created.body()), created);
        });
    }

    @GET
    @RolesAllowed({Roles.LIBRARY_STAFF, Roles.PORTAL, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "list{Items}", summary = "List the {items} of the newest revision")
    @APIResponse(responseCode = "200", description = "the {items} in the order they were added (at most slp.assessment.max-{items})",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, ref = RevisionItemsInOpenApi.ITEM_SCHEMA),
                    examples = @ExampleObject(name = RevisionItemsInOpenApi.EXAMPLES, value = "[]")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response list(@PathParam("assessmentId") UUID assessmentId) {
        return Response.ok(items().list(assessmentId)).build();
    }

    @GET
    @Path("/{itemId}")
    @RolesAllowed({Roles.LIBRARY_STAFF, Roles.PORTAL, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "get{Item}", summary = "Read {an item} (of any revision of the assessment)")
    @APIResponse(responseCode = "200", description = "the {item}",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = RevisionItemsInOpenApi.ITEM_SCHEMA),
                    examples = @ExampleObject(name = RevisionItemsInOpenApi.EXAMPLES, value = "{}")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("assessmentId") UUID assessmentId, @PathParam("itemId") UUID itemId) {
        return ApiResponses.ok(items().get(assessmentId, itemId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{itemId}")
    @RolesAllowed(Roles.LIBRARY_STAFF)
    @Operation(operationId = "update{Item}", summary = "Replace {an item} of the draft revision")
    @APIResponse(responseCode = "200", description = "the updated {item}",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = RevisionItemsInOpenApi.ITEM_SCHEMA),
                    examples = @ExampleObject(name = RevisionItemsInOpenApi.EXAMPLES, value = "{}")))
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(@PathParam("assessmentId") UUID assessmentId, @PathParam("itemId") UUID itemId,
                           @Parameter(description = "the {item}'s ETag", example = "\"0\"", required = true) @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
                           @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   examples = @ExampleObject(name = RevisionItemsInOpenApi.EXAMPLES, value = "{}")))
                           @Valid @NotNull R body) {
        return ApiResponses.ok(items().update(assessmentId, itemId, ifMatch, body));
    }

    @DELETE
    @Path("/{itemId}")
    @RolesAllowed(Roles.LIBRARY_STAFF)
    @Operation(operationId = "delete{Item}", summary = "Remove {an item} from the draft revision")
    @APIResponse(responseCode = "204", description = "removed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public void delete(@PathParam("assessmentId") UUID assessmentId, @PathParam("itemId") UUID itemId,
                       @Parameter(description = "the {item}'s ETag", example = "\"0\"", required = true) @HeaderParam(Preconditions.IF_MATCH) String ifMatch) {
        items().delete(assessmentId, itemId, ifMatch);
    }
}
