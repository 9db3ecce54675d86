package org.smartlibrary.matching.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.smartlibrary.kit.security.Roles;
import org.smartlibrary.matching.api.OpenApiExamples;
import org.smartlibrary.matching.api.PartnerDemand;
import org.smartlibrary.matching.service.DemandQueries;

import java.util.UUID;

/** The demand the libraries' current recommendations place on a partner's offerings (capacity contention). */
@Path("/api/v1/partners/{partnerId}/demand")
@Tag(name = "Partner matches", description = "Libraries a partner is currently recommended to")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerDemandResource {

    @Inject
    DemandQueries queries;

    @GET
    @RolesAllowed({Roles.PARTNER_ADMIN, Roles.PORTAL, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "getPartnerDemand",
            summary = "How much of each of this partner's offerings the libraries' recommendations ask for",
            description = "Per offering: what the coverage plans of the current recommendation sets ask of it (each "
                    + "library's gap, capped at the capacity), by how many libraries, against its capacity; "
                    + "oversubscribed when a finite capacity cannot serve them all. A library counts once per "
                    + "offering, with the larger of its own set's ask and its share of its consortium's pooled ask. "
                    + "Read from the stored sets: no match runs. "
                    + "The partner's own administrators, portals, platform administrators.")
    @APIResponse(responseCode = "200", description = "the partner's offerings with their demand",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerDemand.class),
                    examples = @ExampleObject(name = "oversubscribed-kits", value = OpenApiExamples.PARTNER_DEMAND)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PartnerDemand demand(@PathParam("partnerId") UUID partnerId) {
        return queries.demand(partnerId);
    }
}
