package org.smartlibrary.matching.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.smartlibrary.kit.csv.CsvResponses;
import org.smartlibrary.kit.paging.Page;
import org.smartlibrary.kit.paging.PageRequest;
import org.smartlibrary.kit.security.Roles;
import org.smartlibrary.matching.api.MatchingLibrary;
import org.smartlibrary.matching.api.MatchingLibraryPage;
import org.smartlibrary.matching.api.OpenApiExamples;
import org.smartlibrary.matching.service.MatchingLibrariesCsv;
import org.smartlibrary.matching.service.RecommendationQueries;

import java.util.UUID;

/**
 * A partner's view: the libraries whose current needs its offerings match, as JSON or, with
 * {@code Accept: text/csv}, as CSV.
 */
@Path("/api/v1/partners/{partnerId}/matching-libraries")
@Tag(name = "Partner matches", description = "Libraries a partner is currently recommended to")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerMatchesResource {

    @Inject
    RecommendationQueries queries;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvResponses.MEDIA_TYPE})
    @RolesAllowed({Roles.PARTNER_ADMIN, Roles.PORTAL, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "listPartnerMatchingLibraries",
            summary = "Libraries whose current needs this partner's offerings match",
            description = "From the current recommendation set of every assessment that ranks the partner, ordered "
                    + "by assessment id (stable cursor paging). Library feedback shows as its outcome only. "
                    + "With Accept: text/csv (preferred to application/json) the CSV form of the same page: one row "
                    + "per library's assessment, with the number and types of the needs covered there and their "
                    + "flags (joined with ;); header row always, the next page in Link; errors stay "
                    + "application/problem+json. "
                    + "The partner's own administrators, portals, platform administrators.")
    @APIResponse(responseCode = "200", description = "one page (items, next_cursor, limit; Link rel=next), or its CSV "
            + "form",
            headers = {@Header(name = "Link", description = "<URL of the next page>; rel=\"next\" — only when there "
                    + "is a next page", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Content-Disposition", description = CsvResponses.CONTENT_DISPOSITION_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING))},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MatchingLibraryPage.class),
                    examples = @ExampleObject(name = "page", value = OpenApiExamples.MATCHING_LIBRARIES)),
                    @Content(mediaType = CsvResponses.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "page-csv", summary = "the same page as CSV",
                                    value = MatchingLibrariesCsv.EXAMPLE))})
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response matchingLibraries(@PathParam("partnerId") UUID partnerId,
                                      @Parameter(description = "page size, 1..100 (default 20)",
                                              schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                                                      maximum = "100", defaultValue = "20"))
                                      @QueryParam("limit") String limit,
                                      @Parameter(description = "next_cursor of the previous page")
                                      @QueryParam("cursor") String cursor,
                                      @Context HttpHeaders headers) {
        Page<MatchingLibrary> page = queries.matchingLibraries(partnerId, PageRequest.parse(limit, cursor));
        return CsvResponses.negotiate(headers, page.toResponse(uriInfo), MatchingLibrariesCsv.fileName(partnerId),
                () -> MatchingLibrariesCsv.table(page));
    }
}
