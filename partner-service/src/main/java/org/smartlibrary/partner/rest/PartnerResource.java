package org.smartlibrary.partner.rest;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.smartlibrary.kit.http.Preconditions;
import org.smartlibrary.kit.http.TextInput;
import org.smartlibrary.kit.idempotency.IdempotentRequests;
import org.smartlibrary.kit.openapi.TaxonomySchemas;
import org.smartlibrary.kit.problem.Problem;
import org.smartlibrary.kit.security.Roles;
import org.smartlibrary.partner.api.ApiExamples;
import org.smartlibrary.partner.api.PartnerPage;
import org.smartlibrary.partner.api.PartnerRegistration;
import org.smartlibrary.partner.api.PartnerUpdate;
import org.smartlibrary.partner.api.PartnerView;
import org.smartlibrary.partner.api.VerificationChange;
import org.smartlibrary.partner.service.PartnerAccess;
import org.smartlibrary.partner.service.PartnerSearch;
import org.smartlibrary.partner.service.PartnerService;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1/partners")
@Tag(name = "Partners", description = "Partner organizations: registration, profile, freshness, search")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerResource {

    /** An ETag as the service writes it: the version, quoted. */
    static final String ETAG_PATTERN = "^\"[0-9]+\"$";

    @Inject
    PartnerService partners;

    @Inject
    PartnerSearch search;

    @Inject
    PartnerAccess access;

    @Inject
    IdempotentRequests idempotency;

    @Context
    UriInfo uriInfo;

    @POST
    @Transactional // the stored Idempotency-Key response commits with the registration
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(operationId = "createPartner", summary = "Register a partner organization",
            description = "Platform administrators onboard partners (the identity provider then gives the "
                    + "organization's administrators its partner_id). Refused with 409 duplicate-partner when an "
                    + "organization with the same normalized name or website domain exists, unless confirm_distinct "
                    + "is true. The partner starts UNVERIFIED and confirmed today. Publishes a partner-snapshot event.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PartnerRegistration.class),
            examples = @ExampleObject(name = "robotics-cooperative", value = ApiExamples.REGISTRATION)))
    @Parameter(name = IdempotentRequests.HEADER, in = ParameterIn.HEADER,
            description = "same key + same body answers the first response again; same key + other body is 422")
    @APIResponse(responseCode = "201", description = "registered",
            headers = {@Header(name = "Location", description = "the new partner",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = "ETag", description = "the partner's version",
                            schema = @Schema(type = SchemaType.STRING, pattern = ETAG_PATTERN))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerView.class),
                    examples = @ExampleObject(name = "registered", value = ApiExamples.REGISTERED_VIEW)))
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "409", description = "the organization is already registered (duplicate-partner, see "
            + "existing_partner), or another request with the same Idempotency-Key is still being processed "
            + "(idempotency-key-in-use: retry to get its response)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "duplicate", value = ApiExamples.DUPLICATE),
                            @ExampleObject(name = "idempotency-key-in-use", value = ApiExamples.KEY_IN_USE)}))
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@Valid @NotNull PartnerRegistration registration,
                             @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotency.execute("POST /api/v1/partners", idempotencyKey, registration, () -> {
            PartnerView partner = partners.register(registration);
            return Response.created(URI.create("/api/v1/partners/" + partner.id()))
                    .header(HttpHeaders.ETAG, Preconditions.etagHeader(partner.version())).entity(partner).build();
        });
    }

    @GET
    @PermitAll
    @Operation(operationId = "listPartners", summary = "Search the partner directory",
            description = "Public: no token needed (an invalid one is still refused with 401); contacts are shown "
                    + "only to library staff, portals, platform administrators and the partner's own administrators. "
                    + "Filters combine with AND. category, type, horizon and status are met by one offering of "
                    + "the partner meeting all of them; horizon SHORT_TERM or LONG_TERM also matches offerings for ANY "
                    + "horizon; status is the effective status (an ACTIVE offering past its window is EXPIRED). region "
                    + "and city match the service area case-insensitively and always include national and remote "
                    + "partners. q is full text (web search syntax: words, \"phrases\", or, -not) over names, partner "
                    + "and offering descriptions. sort=relevance (default with q, needs q) or name (default without q). "
                    + "Relevance is the match tier: the narrowest part of the partner's entry that matches the whole "
                    + "query on its own, the name (relevance 1.0), else name and description (0.4), else only with "
                    + "the offering descriptions (0.2); within a tier partners are in id order. "
                    + "Pages are keyset pages: follow next_cursor or the Link rel=next header; the order is stable "
                    + "(ties broken by id).")
    @APIResponse(responseCode = "200", description = "one page of partners with their offerings",
            headers = @Header(name = "Link", description = "<...&cursor=...>; rel=\"next\" when there is a next page",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerPage.class),
                    examples = @ExampleObject(name = "page", value = ApiExamples.PARTNER_PAGE)))
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "401", description = "a token was sent but is invalid (expired, from another issuer or "
            + "signed by an unknown key); without a token the operation answers",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unauthorized", value = ApiExamples.UNAUTHORIZED)))
    public Response search(
            @Parameter(description = "full-text query, at most 200 characters", example = "robot kits coding",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = TextInput.NOT_BLANK_PATTERN))
            @QueryParam("q") String q,
            @Parameter(description = "offering category", example = "TECHNOLOGY",
                    schema = @Schema(ref = TaxonomySchemas.CATEGORY)) @QueryParam("category") String category,
            @Parameter(description = "offering resource type", example = "TECHNOLOGY.ROBOTICS",
                    schema = @Schema(ref = TaxonomySchemas.RESOURCE_TYPE)) @QueryParam("type") String type,
            @Parameter(description = "partner type", example = "PRIVATE_COMPANY",
                    schema = @Schema(ref = TaxonomySchemas.PARTNER_TYPE)) @QueryParam("partner_type") String partnerType,
            @Parameter(description = "region served, at most 200 characters", example = "Washington",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = TextInput.NOT_BLANK_PATTERN))
            @QueryParam("region") String region,
            @Parameter(description = "city served, at most 200 characters", example = "Tacoma",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = TextInput.NOT_BLANK_PATTERN))
            @QueryParam("city") String city,
            @Parameter(description = "offering horizon", example = "SHORT_TERM",
                    schema = @Schema(ref = TaxonomySchemas.OFFERING_HORIZON)) @QueryParam("horizon") String horizon,
            @Parameter(description = "effective offering status", example = "ACTIVE",
                    schema = @Schema(ref = TaxonomySchemas.OFFERING_STATUS)) @QueryParam("status") String status,
            @Parameter(description = "true: only VERIFIED partners; false: only the others", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("verified") String verified,
            @Parameter(description = "true: only stale partners (last_confirmed_at + 12 months before today, or never "
                    + "confirmed; the stale marker's rule); false: only the others", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("stale") String stale,
            @Parameter(description = "the reminder list: only listings that are stale on the day this many days "
                    + "ahead, written like 30d (1d to 366d); the already stale are included (add stale=false for only "
                    + "those about to turn stale)",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{1,3}d$", example = "30d"))
            @QueryParam("stale_within") String staleWithin,
            @Parameter(description = "relevance (default with q; needs q) or name (default without q)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"relevance", "name"}))
            @QueryParam("sort") String sort,
            @Parameter(description = "page size, 1 to 100 (default 20)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") String limit,
            @Parameter(description = "next_cursor of the previous page",
                    schema = @Schema(type = SchemaType.STRING, pattern = TextInput.NOT_BLANK_PATTERN))
            @QueryParam("cursor") String cursor) {
        access.authenticate();
        return search.search(q, category, type, partnerType, region, city, horizon, status, verified, stale,
                staleWithin, sort, limit, cursor).toResponse(uriInfo);
    }

    @GET
    @Path("/{partnerId}")
    @PermitAll
    @Operation(operationId = "getPartner", summary = "Read a partner with its offerings",
            description = "Public: no token needed (an invalid one is still refused with 401); the contact is shown "
                    + "only to library staff, portals, platform administrators and the partner's own administrators.")
    @APIResponse(responseCode = "200", description = "the partner; offerings show their effective status",
            headers = @Header(name = "ETag", description = "send it as If-Match on changes",
                    schema = @Schema(type = SchemaType.STRING, pattern = ETAG_PATTERN)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerView.class),
                    examples = @ExampleObject(name = "partner", value = ApiExamples.PARTNER_VIEW)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "401", description = "a token was sent but is invalid (expired, from another issuer or "
            + "signed by an unknown key); without a token the operation answers",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unauthorized", value = ApiExamples.UNAUTHORIZED)))
    public Response get(@PathParam("partnerId") UUID partnerId) {
        access.authenticate();
        return withEtag(partners.get(partnerId));
    }

    @PUT
    @Path("/{partnerId}")
    @RolesAllowed({Roles.PARTNER_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "updatePartner", summary = "Replace a partner's profile",
            description = "The partner's own administrators and platform administrators; another partner's "
                    + "administrator gets 403. Verification, id, version and timestamps cannot be sent (400). "
                    + "Also confirms the profile (last_confirmed_at = today). Publishes a partner-snapshot event.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PartnerUpdate.class),
            examples = @ExampleObject(name = "update", value = ApiExamples.UPDATE)))
    @Parameter(name = Preconditions.IF_MATCH, in = ParameterIn.HEADER, required = true, description = "the ETag read last")
    @APIResponse(responseCode = "200", description = "updated",
            headers = @Header(name = "ETag", description = "the new version",
                    schema = @Schema(type = SchemaType.STRING, pattern = ETAG_PATTERN)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerView.class),
                    examples = @ExampleObject(name = "partner", value = ApiExamples.PARTNER_VIEW)))
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("partnerId") UUID partnerId, @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
                           @Valid @NotNull PartnerUpdate update) {
        return withEtag(partners.update(partnerId, ifMatch, update));
    }

    @DELETE
    @Path("/{partnerId}")
    @RolesAllowed({Roles.PARTNER_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "deletePartner", summary = "Remove a partner and its offerings",
            description = "The partner's own administrators and platform administrators; another partner's "
                    + "administrator gets 403. Publishes partner-removed (with the next version) and a tombstone for "
                    + "the partner's key.")
    @Parameter(name = Preconditions.IF_MATCH, in = ParameterIn.HEADER, required = true, description = "the ETag read last")
    @APIResponse(responseCode = "204", description = "removed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response remove(@PathParam("partnerId") UUID partnerId, @HeaderParam(Preconditions.IF_MATCH) String ifMatch) {
        partners.remove(partnerId, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/{partnerId}/confirmation")
    @RolesAllowed({Roles.PARTNER_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "confirmPartner", summary = "Confirm that the partner's data is current",
            description = "The partner's own administrators and platform administrators; another partner's "
                    + "administrator gets 403. Sets last_confirmed_at to today (UTC), which clears stale. Publishes a "
                    + "partner-snapshot event.")
    @Parameter(name = Preconditions.IF_MATCH, in = ParameterIn.HEADER, required = true, description = "the ETag read last")
    @APIResponse(responseCode = "200", description = "confirmed",
            headers = @Header(name = "ETag", description = "the new version",
                    schema = @Schema(type = SchemaType.STRING, pattern = ETAG_PATTERN)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerView.class),
                    examples = @ExampleObject(name = "partner", value = ApiExamples.PARTNER_VIEW)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response confirm(@PathParam("partnerId") UUID partnerId, @HeaderParam(Preconditions.IF_MATCH) String ifMatch) {
        return withEtag(partners.confirm(partnerId, ifMatch));
    }

    @PUT
    @Path("/{partnerId}/verification")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Tag(name = "Partner administration", description = "Operations reserved for administrators")
    @Operation(operationId = "verifyPartner", summary = "Change a partner's verification state (platform administrators)",
            description = "Platform administrators only: a partner cannot verify itself. The only way to change "
                    + "verification; registration and profile updates cannot set it. "
                    + "Publishes a partner-snapshot event.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VerificationChange.class),
            examples = @ExampleObject(name = "verified", value = ApiExamples.VERIFICATION)))
    @Parameter(name = Preconditions.IF_MATCH, in = ParameterIn.HEADER, required = true, description = "the ETag read last")
    @APIResponse(responseCode = "200", description = "changed",
            headers = @Header(name = "ETag", description = "the new version",
                    schema = @Schema(type = SchemaType.STRING, pattern = ETAG_PATTERN)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerView.class),
                    examples = @ExampleObject(name = "partner", value = ApiExamples.PARTNER_VIEW)))
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeVerification(@PathParam("partnerId") UUID partnerId,
                                       @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
                                       @Valid @NotNull VerificationChange change) {
        return withEtag(partners.changeVerification(partnerId, ifMatch, change));
    }

    private static Response withEtag(PartnerView partner) {
        return Response.ok(partner).header(HttpHeaders.ETAG, Preconditions.etagHeader(partner.version())).build();
    }
}
