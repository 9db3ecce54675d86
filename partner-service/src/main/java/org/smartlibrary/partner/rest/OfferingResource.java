package org.smartlibrary.partner.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import org.smartlibrary.kit.idempotency.IdempotentRequests;
import org.smartlibrary.kit.problem.Problem;
import org.smartlibrary.kit.security.Roles;
import org.smartlibrary.partner.api.ApiExamples;
import org.smartlibrary.partner.api.OfferingList;
import org.smartlibrary.partner.api.OfferingRequest;
import org.smartlibrary.partner.api.OfferingView;
import org.smartlibrary.partner.service.OfferingService;
import org.smartlibrary.partner.service.PartnerAccess;
import org.smartlibrary.partner.service.PartnerService;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1/partners/{partnerId}/offerings")
@Tag(name = "Offerings", description = "What partners offer libraries; every change publishes the partner's snapshot")
@Produces(MediaType.APPLICATION_JSON)
public class OfferingResource {

    @Inject
    OfferingService offerings;

    @Inject
    PartnerService partners;

    @Inject
    PartnerAccess access;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Transactional // the stored Idempotency-Key response commits with the offering
    @RolesAllowed({Roles.PARTNER_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "createPartnerOffering", summary = "Add an offering to a partner",
            description = "The partner's own administrators and platform administrators; another partner's "
                    + "administrator gets 403. Starts ACTIVE unless status PAUSED is given. Publishes the partner's "
                    + "snapshot.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OfferingRequest.class),
            examples = {@ExampleObject(name = "robot-kits", value = ApiExamples.OFFERING),
                    @ExampleObject(name = "yearly-grant", value = ApiExamples.GRANT)}))
    @Parameter(name = IdempotentRequests.HEADER, in = ParameterIn.HEADER,
            description = "same key + same body answers the first response again; same key + other body is 422")
    @APIResponse(responseCode = "201", description = "added",
            headers = {@Header(name = "Location", description = "the new offering",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = "ETag", description = "the offering's version",
                            schema = @Schema(type = SchemaType.STRING, pattern = PartnerResource.ETAG_PATTERN))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OfferingView.class),
                    examples = {@ExampleObject(name = "robot-kits", value = ApiExamples.OFFERING_VIEW),
                            @ExampleObject(name = "yearly-grant", value = ApiExamples.GRANT_VIEW)}))
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("partnerId") UUID partnerId, @Valid @NotNull OfferingRequest request,
                        @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        // before the Idempotency-Key lookup, so that a stored response is never replayed to another caller
        partners.checkMayChange(partnerId);
        return idempotency.execute("POST /api/v1/partners/" + partnerId + "/offerings", idempotencyKey, request, () -> {
            OfferingView offering = offerings.add(partnerId, request);
            return Response.created(URI.create("/api/v1/partners/" + partnerId + "/offerings/" + offering.id()))
                    .header(HttpHeaders.ETAG, Preconditions.etagHeader(offering.version())).entity(offering).build();
        });
    }

    @GET
    @PermitAll
    @Operation(operationId = "listPartnerOfferings", summary = "List a partner's offerings",
            description = "Public: no token needed (an invalid one is still refused with 401). All of them, in "
                    + "every status, oldest first (at most slp.partner.max-offerings-per-partner, "
                    + "100 by default, so one page).")
    @APIResponse(responseCode = "200", description = "the offerings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OfferingList.class),
                    examples = @ExampleObject(name = "offerings", value = ApiExamples.OFFERING_LIST)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "401", description = "a token was sent but is invalid (expired, from another issuer or "
            + "signed by an unknown key); without a token the operation answers",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unauthorized", value = ApiExamples.UNAUTHORIZED)))
    public OfferingList list(@PathParam("partnerId") UUID partnerId) {
        access.authenticate();
        return new OfferingList(offerings.list(partnerId));
    }

    @GET
    @Path("/{offeringId}")
    @PermitAll
    @Operation(operationId = "getPartnerOffering", summary = "Read an offering",
            description = "Public: no token needed (an invalid one is still refused with 401).")
    @APIResponse(responseCode = "200", description = "the offering with its effective status",
            headers = @Header(name = "ETag", description = "send it as If-Match on changes",
                    schema = @Schema(type = SchemaType.STRING, pattern = PartnerResource.ETAG_PATTERN)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OfferingView.class),
                    examples = @ExampleObject(name = "offering", value = ApiExamples.OFFERING_VIEW)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "401", description = "a token was sent but is invalid (expired, from another issuer or "
            + "signed by an unknown key); without a token the operation answers",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unauthorized", value = ApiExamples.UNAUTHORIZED)))
    public Response get(@PathParam("partnerId") UUID partnerId, @PathParam("offeringId") UUID offeringId) {
        access.authenticate();
        return withEtag(offerings.get(partnerId, offeringId));
    }

    @PUT
    @Path("/{offeringId}")
    @RolesAllowed({Roles.PARTNER_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "updatePartnerOffering", summary = "Replace an offering",
            description = "The partner's own administrators and platform administrators; another partner's "
                    + "administrator gets 403. An expired offering becomes ACTIVE (or PAUSED) again with a new "
                    + "window; a withdrawn one "
                    + "cannot change (409). Publishes the partner's snapshot.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OfferingRequest.class),
            examples = {@ExampleObject(name = "robot-kits", value = ApiExamples.OFFERING),
                    @ExampleObject(name = "yearly-grant", value = ApiExamples.GRANT)}))
    @Parameter(name = Preconditions.IF_MATCH, in = ParameterIn.HEADER, required = true,
            description = "the offering's ETag read last")
    @APIResponse(responseCode = "200", description = "updated",
            headers = @Header(name = "ETag", description = "the new version",
                    schema = @Schema(type = SchemaType.STRING, pattern = PartnerResource.ETAG_PATTERN)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OfferingView.class),
                    examples = {@ExampleObject(name = "robot-kits", value = ApiExamples.OFFERING_VIEW),
                            @ExampleObject(name = "yearly-grant", value = ApiExamples.GRANT_VIEW)}))
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("partnerId") UUID partnerId, @PathParam("offeringId") UUID offeringId,
                           @HeaderParam(Preconditions.IF_MATCH) String ifMatch, @Valid @NotNull OfferingRequest request) {
        return withEtag(offerings.update(partnerId, offeringId, ifMatch, request));
    }

    @POST
    @Path("/{offeringId}/withdrawal")
    @RolesAllowed({Roles.PARTNER_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "withdrawPartnerOffering", summary = "Withdraw an offering",
            description = "The partner's own administrators and platform administrators; another partner's "
                    + "administrator gets 403. Final: a withdrawn offering is no longer matched and cannot change. "
                    + "Withdrawing again "
                    + "answers the same offering and publishes nothing; otherwise publishes the partner's snapshot.")
    @Parameter(name = Preconditions.IF_MATCH, in = ParameterIn.HEADER, required = true,
            description = "the offering's ETag read last")
    @APIResponse(responseCode = "200", description = "withdrawn",
            headers = @Header(name = "ETag", description = "the new version",
                    schema = @Schema(type = SchemaType.STRING, pattern = PartnerResource.ETAG_PATTERN)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OfferingView.class),
                    examples = @ExampleObject(name = "withdrawn", value = ApiExamples.WITHDRAWN_VIEW)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response withdraw(@PathParam("partnerId") UUID partnerId, @PathParam("offeringId") UUID offeringId,
                             @HeaderParam(Preconditions.IF_MATCH) String ifMatch) {
        return withEtag(offerings.withdraw(partnerId, offeringId, ifMatch));
    }

    private static Response withEtag(OfferingView offering) {
        return Response.ok(offering).header(HttpHeaders.ETAG, Preconditions.etagHeader(offering.version())).build();
    }
}
