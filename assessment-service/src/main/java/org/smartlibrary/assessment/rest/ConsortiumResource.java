package org.smartlibrary.assessment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.smartlibrary.assessment.api.ApiExamples;
import org.smartlibrary.assessment.api.ConsortiumNeedsAggregate;
import org.smartlibrary.assessment.api.Validation;
import org.smartlibrary.assessment.service.SummaryService;
import org.smartlibrary.kit.security.Roles;

/** Consortium dashboards: needs across member libraries. */
@Path("/api/v1/consortia/{consortiumId}")
@Tag(name = "Summaries")
@Produces(MediaType.APPLICATION_JSON)
public class ConsortiumResource {

    @Inject
    SummaryService summaries;

    @GET
    @Path("/needs-aggregate")
    @RolesAllowed({Roles.CONSORTIUM_ANALYST, Roles.PORTAL, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "getConsortiumNeedsAggregate", summary = "Needs per category, type and horizon across the consortium's member libraries",
            description = "Counts the newest completed revision of every assessment of every member library; drafts are"
                    + " not counted. Money is summed per currency and period (ONE_TIME, MONTH, YEAR are never added"
                    + " up), quantities per unit.")
    @APIResponse(responseCode = "200", description = "the aggregate",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsortiumNeedsAggregate.class),
                    examples = @ExampleObject(name = "puget-sound", summary = "the Puget Sound Library Cooperative (demo data)",
                            value = ApiExamples.CONSORTIUM_AGGREGATE)))
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ConsortiumNeedsAggregate needsAggregate(
            @Parameter(description = "the consortium: its name as libraries give it, case-insensitive (URL-encoded)",
                    example = ApiExamples.CONSORTIUM, schema = @Schema(type = SchemaType.STRING, maxLength = Validation.QUERY_TEXT_MAX))
            @PathParam("consortiumId") @Size(max = Validation.QUERY_TEXT_MAX) String consortiumId) {
        return summaries.consortiumNeeds(consortiumId);
    }
}
