package org.smartlibrary.partner.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.smartlibrary.kit.http.TextInput;
import org.smartlibrary.kit.openapi.TaxonomySchemas;
import org.smartlibrary.kit.problem.Problem;
import org.smartlibrary.kit.problem.ProblemException;
import org.smartlibrary.kit.security.Roles;
import org.smartlibrary.partner.api.ApiExamples;
import org.smartlibrary.partner.api.DirectoryImportErrorPage;
import org.smartlibrary.partner.api.DirectoryPartner;
import org.smartlibrary.partner.api.DirectoryImportView;
import org.smartlibrary.partner.service.DirectoryExport;
import org.smartlibrary.partner.service.DirectoryImports;
import org.smartlibrary.partner.service.directory.DirectoryFormat;

import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;

/** The way in (import jobs) and the way out (exports) of the whole directory. */
@Path("/api/v1/directory")
@Tag(name = "Directory import and export", description = "Bringing an existing partner directory in, and taking "
        + "it out: NDJSON, CSV and Open Referral HSDS files")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";

    @Inject
    DirectoryImports imports;

    @Inject
    DirectoryExport export;

    @Inject
    SecurityIdentity identity;

    @Context
    UriInfo uriInfo;

    @POST
    @Path("/imports")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Consumes({NDJSON, CSV, MediaType.APPLICATION_JSON})
    @Operation(operationId = "importDirectory", summary = "Import a directory file (platform administrators)",
            description = "The file's Content-Type names its format: application/x-ndjson (one partner per line, "
                    + "the fields of DirectoryPartner), text/csv (one offering per row with the partner's columns "
                    + "repeated; header documented in the service README) or application/json (Open Referral HSDS "
                    + "3.x organizations with their services). The whole file is checked for its format first: a "
                    + "file that is not of it (not UTF-8, no records, a wrong CSV header, an unclosed quote, not "
                    + "the HSDS document) is a 400 and nothing is written. Otherwise the import runs as a job (202, "
                    + "Location of the job). Each row is one partner: it updates the partner with the same "
                    + "external_id, else the same org_registry_id, or creates one; history comes in (ended windows, "
                    + "every offering status, last_confirmed_at and verification from the source); a row that "
                    + "breaks a rule is refused with its line and field, and the others go on. Changed partners "
                    + "publish their snapshots as any change does.")
    @RequestBody(required = true, content = {
            @Content(mediaType = NDJSON, schema = @Schema(implementation = DirectoryPartner.class,
                    description = "one DirectoryPartner per line"),
                    examples = @ExampleObject(name = "one-line", value = ApiExamples.NDJSON_LINE)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "one-offering", value = ApiExamples.CSV_FILE)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "HSDS 3.x: {\"organizations\": [...]} with each organization's services"),
                    examples = @ExampleObject(name = "empty", value = "{\"organizations\": []}"))})
    @APIResponse(responseCode = "202", description = "accepted: the job is queued",
            headers = @Header(name = "Location", description = "the job",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DirectoryImportView.class),
                    examples = @ExampleObject(name = "queued", value = ApiExamples.IMPORT_QUEUED)))
    @APIResponse(responseCode = "400", description = "the file is not of its format, or dry_run is not true or false; "
            + "nothing was written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "malformed", value = ApiExamples.MALFORMED_FILE)))
    @APIResponse(responseCode = "413", description = "the file is larger than slp.http.max-upload-bytes (50 MiB)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too-large", value = ApiExamples.TOO_LARGE)))
    public Response startImport(
            @Parameter(description = "true: check every row and count what the import would create, update or "
                    + "refuse, writing nothing to the directory",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("dry_run") String dryRun,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream file) {
        DirectoryFormat format = DirectoryFormat.ofMediaType(contentType).orElseThrow(() -> new ProblemException(415,
                "unsupported-media-type", "Unsupported media type", "send the file as " + NDJSON + ", " + CSV
                + " or " + MediaType.APPLICATION_JSON + " (HSDS)"));
        DirectoryImportView job = imports.submit(format, dryRun(dryRun), file, identity.getPrincipal().getName());
        return Response.accepted(job).location(URI.create(DirectoryImports.PATH + "/" + job.id())).build();
    }

    @GET
    @Path("/imports/{importId}")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(operationId = "getDirectoryImport", summary = "Progress and outcome of an import job")
    @APIResponse(responseCode = "200", description = "the job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DirectoryImportView.class),
                    examples = @ExampleObject(name = "done", value = ApiExamples.IMPORT_DONE)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public DirectoryImportView getImport(@PathParam("importId") UUID importId) {
        return imports.get(importId);
    }

    @GET
    @Path("/imports/{importId}/errors")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(operationId = "listDirectoryImportErrors", summary = "What is wrong with the refused rows",
            description = "In file order; a refused row may have several errors. Keyset pages: follow next_cursor or "
                    + "the Link rel=next header.")
    @APIResponse(responseCode = "200", description = "one page of errors",
            headers = @Header(name = "Link", description = "<...&cursor=...>; rel=\"next\" when there is a next page",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DirectoryImportErrorPage.class),
                    examples = @ExampleObject(name = "errors", value = ApiExamples.IMPORT_ERRORS)))
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response importErrors(
            @PathParam("importId") UUID importId,
            @Parameter(description = "page size, 1 to 100 (default 20)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") String limit,
            @Parameter(description = "next_cursor of the previous page",
                    schema = @Schema(type = SchemaType.STRING, pattern = TextInput.NOT_BLANK_PATTERN))
            @QueryParam("cursor") String cursor) {
        return imports.errors(importId, limit, cursor).toResponse(uriInfo);
    }

    @GET
    @Path("/export")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.PORTAL})
    @Produces({NDJSON, CSV, MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportDirectory", summary = "The directory as a file (platform administrators, portals)",
            description = "The partners the search with the same filters finds, in name order, with their offerings "
                    + "and contacts, streamed. The format follows Accept: application/x-ndjson (the default), text/csv "
                    + "or application/json (HSDS 3.x). An import of an export gives back the same directory.")
    @APIResponse(responseCode = "200", description = "the file",
            content = {@Content(mediaType = NDJSON, schema = @Schema(implementation = DirectoryPartner.class,
                    description = "one DirectoryPartner per line"),
                    examples = @ExampleObject(name = "one-line", value = ApiExamples.NDJSON_LINE)),
                    @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "one-offering", value = ApiExamples.CSV_FILE)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                            description = "HSDS 3.x: {\"organizations\": [...]}"),
                            examples = @ExampleObject(name = "empty", value = "{\"organizations\": []}"))})
    @APIResponse(responseCode = "400", ref = "Invalid")
    public Response exportDirectory(
            @QueryParam("q") String q,
            @Parameter(schema = @Schema(ref = TaxonomySchemas.CATEGORY)) @QueryParam("category") String category,
            @Parameter(schema = @Schema(ref = TaxonomySchemas.RESOURCE_TYPE)) @QueryParam("type") String type,
            @Parameter(schema = @Schema(ref = TaxonomySchemas.PARTNER_TYPE)) @QueryParam("partner_type")
            String partnerType,
            @QueryParam("region") String region,
            @QueryParam("city") String city,
            @Parameter(schema = @Schema(ref = TaxonomySchemas.OFFERING_HORIZON)) @QueryParam("horizon") String horizon,
            @Parameter(schema = @Schema(ref = TaxonomySchemas.OFFERING_STATUS)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("verified") String verified,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("stale") String stale,
            @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{1,3}d$"))
            @QueryParam("stale_within") String staleWithin,
            @Context HttpHeaders headers) {
        DirectoryFormat format = exportFormat(headers);
        var criteria = export.criteria(q, category, type, partnerType, region, city, horizon, status, verified, stale,
                staleWithin);
        String fileName = "partner-directory." + switch (format) {
            case NDJSON -> "ndjson";
            case CSV -> "csv";
            case HSDS -> "hsds.json";
        };
        return Response.ok(export.export(criteria, format))
                .type(format.mediaType() + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    /** The first acceptable of the three formats in the order of Accept; NDJSON for a wildcard. */
    private static DirectoryFormat exportFormat(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType()) {
                return DirectoryFormat.NDJSON;
            }
            var format = DirectoryFormat.ofMediaType(accepted.getType() + "/" + accepted.getSubtype());
            if (format.isPresent()) {
                return format.get();
            }
        }
        return DirectoryFormat.NDJSON;
    }

    private static boolean dryRun(String value) {
        if (value == null) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid("dry_run", "must be true or false");
        };
    }
}
