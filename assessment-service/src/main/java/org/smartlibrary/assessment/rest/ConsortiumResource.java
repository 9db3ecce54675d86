package org.smartlibrary.assessment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
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
import org.smartlibrary.assessment.api.ApiExamples;
import org.smartlibrary.assessment.api.ConsortiumNeedsAggregate;
import org.smartlibrary.assessment.api.Validation;
import org.smartlibrary.assessment.service.NeedsAggregateCsv;
import org.smartlibrary.assessment.service.SummaryService;
import org.smartlibrary.kit.csv.CsvResponses;
import org.smartlibrary.kit.security.Roles;

/** Consortium dashboards: needs across member libraries, as JSON or, with {@code Accept: text/csv}, as CSV. */
@Path("/api/v1/consortia/{consortiumId}")
@Tag(name = "Summaries")
@Produces(MediaType.APPLICATION_JSON)
public class ConsortiumResource {

    @Inject
    SummaryService summaries;

    @GET
    @Path("/needs-aggregate")
    @Produces({MediaType.APPLICATION_JSON, CsvResponses.MEDIA_TYPE})
    @RolesAllowed({Roles.CONSORTIUM_ANALYST, Roles.PORTAL, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "getConsortiumNeedsAggregate", summary = "Needs per category, type and horizon across the consortium's member libraries",
            description = "Counts the newest completed revision of every assessment of every member library; drafts are"
                    + " not counted. Money is summed per currency and period (ONE_TIME, MONTH, YEAR are never added"
                    + " up), quantities per unit. With Accept: text/csv (preferred to application/json) the CSV form:"
                    + " one row per resource type and total (money per currency and period, quantities per unit),"
                    + " header row always; errors stay application/problem+json.")
    @APIResponse(responseCode = "200", description = "the aggregate (JSON, the default), or its CSV form",
            headers = @Header(name = "Content-Disposition", description = CsvResponses.CONTENT_DISPOSITION_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConsortiumNeedsAggregate.class),
                    examples = @ExampleObject(name = "puget-sound",
                            summary = "the Puget Sound Library Cooperative (demo data)",
                            value = ApiExamples.CONSORTIUM_AGGREGATE)),
                    @Content(mediaType = CsvResponses.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "puget-sound-csv", summary = "the same aggregate as CSV",
                                    value = NeedsAggregateCsv.EXAMPLE))})
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response needsAggregate(
            @Parameter(description = "the consortium: its name as libraries give it, case-insensitive (URL-encoded)",
                    example = ApiExamples.CONSORTIUM, schema = @Schema(type = SchemaType.STRING, maxLength = Validation.QUERY_TEXT_MAX))
            @PathParam("consortiumId") @Size(max = Validation.QUERY_TEXT_MAX) String consortiumId,
            @Context HttpHeaders headers) {
        ConsortiumNeedsAggregate aggregate = summaries.consortiumNeeds(consortiumId);
        return CsvResponses.negotiate(headers, Response.ok(aggregate).build(),
                NeedsAggregateCsv.fileName(aggregate.consortium()), () -> NeedsAggregateCsv.table(aggregate));
    }
}
