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
import org.smartlibrary.assessment.api.LibraryRequest;
import org.smartlibrary.assessment.api.LibraryView;
import org.smartlibrary.assessment.api.PageDocs;
import org.smartlibrary.assessment.api.Validation;
import org.smartlibrary.assessment.service.LibraryService;
import org.smartlibrary.assessment.service.Versioned;
import org.smartlibrary.kit.http.Preconditions;
import org.smartlibrary.kit.idempotency.IdempotentRequests;
import org.smartlibrary.kit.paging.PageRequest;
import org.smartlibrary.kit.security.Roles;

import java.util.UUID;

@Path("/api/v1/libraries")
@Tag(name = "Libraries")
@Produces(MediaType.APPLICATION_JSON)
public class LibraryResource {

    @Inject
    LibraryService libraries;

    @Inject
    IdempotentRequests idempotentRequests;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(operationId = "createLibrary", summary = "Register a library")
    @APIResponse(responseCode = "201", description = "the library; Location names it",
            headers = {@Header(name = "Location", description = "URL of the new library", schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = "ETag", description = ApiResponses.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LibraryView.class),
                    examples = @ExampleObject(name = "northgate-community-library", summary = "Northgate Community Library",
                            value = ApiExamples.LIBRARY)))
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response create(
            @Parameter(description = "repeat a create safely: same key + same body answers the first response",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "northgate-community-library",
                            summary = "Northgate Community Library (demo data)", value = LibraryRequest.EXAMPLE)))
            @Valid @NotNull LibraryRequest body) {
        return idempotentRequests.execute("POST /api/v1/libraries", idempotencyKey, body, () -> {
            Versioned<LibraryView> created = libraries.create(body);
            return ApiResponses.created("/api/v1/libraries/" + created.body().id(), created);
        });
    }

    @GET
    @RolesAllowed({Roles.LIBRARY_STAFF, Roles.CONSORTIUM_ANALYST, Roles.PORTAL, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "listLibraries", summary = "List libraries, newest first, filtered by consortium, region or city")
    @APIResponse(responseCode = "200", description = "one page; a Link header with rel=next points to the next one",
            headers = @Header(name = "Link", description = PageDocs.LINK_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PageDocs.LibraryPage.class),
                    examples = @ExampleObject(name = "seattle", summary = "the libraries in Seattle",
                            value = ApiExamples.LIBRARY_PAGE)))
    @APIResponse(responseCode = "400", ref = "Invalid")
    public Response list(
            @Parameter(description = "consortium name, case-insensitive", example = ApiExamples.CONSORTIUM,
                    schema = @Schema(type = SchemaType.STRING, maxLength = Validation.QUERY_TEXT_MAX))
            @QueryParam("consortium") @Size(max = Validation.QUERY_TEXT_MAX) String consortium,
            @Parameter(description = "region, case-insensitive", example = ApiExamples.REGION,
                    schema = @Schema(type = SchemaType.STRING, maxLength = Validation.QUERY_TEXT_MAX))
            @QueryParam("region") @Size(max = Validation.QUERY_TEXT_MAX) String region,
            @Parameter(description = "city, case-insensitive", example = ApiExamples.CITY,
                    schema = @Schema(type = SchemaType.STRING, maxLength = Validation.QUERY_TEXT_MAX))
            @QueryParam("city") @Size(max = Validation.QUERY_TEXT_MAX) String city,
            @Parameter(description = "page size 1..100, default 20", example = "20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @QueryParam("limit") String limit,
            @Parameter(description = "next_cursor of the previous page") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        return libraries.list(consortium, region, city, page).toResponse(uriInfo);
    }

    @GET
    @Path("/{libraryId}")
    @RolesAllowed({Roles.LIBRARY_STAFF, Roles.CONSORTIUM_ANALYST, Roles.PORTAL, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "getLibrary", summary = "Read a library")
    @APIResponse(responseCode = "200", description = "the library",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LibraryView.class),
                    examples = @ExampleObject(name = "northgate-community-library", summary = "Northgate Community Library",
                            value = ApiExamples.LIBRARY)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("libraryId") UUID libraryId) {
        return ApiResponses.ok(libraries.get(libraryId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{libraryId}")
    @RolesAllowed({Roles.LIBRARY_STAFF, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "updateLibrary", summary = "Replace a library's description",
            description = "Assessments completed earlier keep (and their events carried) the library as it was then."
                    + " The library's staff change everything but its consortium, which only platform administrators"
                    + " set: staff sending another consortium than the current one are refused with 403.")
    @APIResponse(responseCode = "200", description = "the updated library",
            headers = @Header(name = "ETag", description = ApiResponses.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LibraryView.class),
                    examples = @ExampleObject(name = "northgate-community-library", summary = "Northgate Community Library",
                            value = ApiExamples.LIBRARY)))
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(@PathParam("libraryId") UUID libraryId,
                           @Parameter(description = "the ETag read last", example = "\"0\"", required = true) @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
                           @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   examples = @ExampleObject(name = "northgate-community-library",
                                           summary = "Northgate Community Library (demo data)", value = LibraryRequest.EXAMPLE)))
                           @Valid @NotNull LibraryRequest body) {
        return ApiResponses.ok(libraries.update(libraryId, ifMatch, body));
    }
}
