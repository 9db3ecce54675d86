package org.smartlibrary.assessment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.smartlibrary.assessment.api.ApiExamples;
import org.smartlibrary.assessment.api.NeedRequest;
import org.smartlibrary.assessment.api.NeedView;
import org.smartlibrary.assessment.service.NeedService;
import org.smartlibrary.assessment.service.NeedsCsv;
import org.smartlibrary.assessment.service.RevisionItemService;
import org.smartlibrary.kit.csv.CsvResponses;
import org.smartlibrary.kit.security.Roles;

import java.util.List;
import java.util.UUID;

/**
 * Needs of an assessment: listed and added on the newest revision, changed only while it is a draft. The list also
 * has a CSV form ({@code Accept: text/csv}), for dashboards.
 */
@Path("/api/v1/assessments/{assessmentId}/needs")
@Tag(name = "Needs")
@Produces(MediaType.APPLICATION_JSON)
public class NeedResource extends RevisionItemResource<NeedRequest, NeedView> {

    @Inject
    NeedService needs;

    @Context
    HttpHeaders headers;

    public NeedResource() {
        super(RevisionItemKind.NEEDS);
    }

    @Override
    protected RevisionItemService<?, NeedRequest, NeedView> items() {
        return needs;
    }

    /** The list of the needs, as for every kind, and its CSV form. */
    @Override
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvResponses.MEDIA_TYPE})
    @RolesAllowed({Roles.LIBRARY_STAFF, Roles.PORTAL, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "listNeeds", summary = "List the needs of the newest revision",
            description = "With Accept: text/csv (preferred to application/json) the CSV form: one row per need, the"
                    + " properties of the JSON form as columns, header row always; errors stay"
                    + " application/problem+json.")
    @APIResponse(responseCode = "200", description = "the needs in the order they were added (at most"
            + " slp.assessment.max-needs) as JSON (the default), or their CSV form",
            headers = @Header(name = "Content-Disposition", description = CsvResponses.CONTENT_DISPOSITION_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = NeedView.class),
                    examples = @ExampleObject(name = "northgate-needs", value = ApiExamples.NEED_LIST)),
                    @Content(mediaType = CsvResponses.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "northgate-needs-csv", summary = "the same needs as CSV",
                                    value = NeedsCsv.EXAMPLE))})
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response list(@PathParam("assessmentId") UUID assessmentId) {
        List<NeedView> listed = needs.list(assessmentId);
        return CsvResponses.negotiate(headers, Response.ok(listed).build(), NeedsCsv.fileName(assessmentId),
                () -> NeedsCsv.table(listed));
    }
}
