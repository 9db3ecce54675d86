package org.smartlibrary.kit.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.smartlibrary.kit.security.Roles;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.smartlibrary.kit.problem.ProblemComponentsInOpenApi;
import org.smartlibrary.kit.problem.ProblemException;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Operators see the outbox backlog and parked rows, and send a parked row again. */
@Path("/api/v1/admin/outbox")
@RolesAllowed(Roles.PLATFORM_ADMIN)
@Tag(name = "Operations", description = "Outbox state and replay of parked events")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxAdminResource {

    @Inject
    OutboxRelay relay;

    public record ParkedMessage(UUID eventId, String topic, String key, String eventType, int attempts,
                                String lastError, Instant createdAt, Instant parkedAt) {
    }

    private static final String STATE_EXAMPLE = """
            {"backlog": 3, "parked": 1, "parked_messages": [{"event_id": "0b7e2c4e-5d7a-4f4e-9a51-2f7c9d3e8a11",
             "topic": "partner-directory", "key": "5b0a7a3e-8f4c-4d35-9f0e-3b8f2a6c1d22",
             "event_type": "partner-snapshot", "attempts": 50, "last_error": "TimeoutException: no broker",
             "created_at": "2026-12-01T10:15:30Z", "parked_at": "2026-12-01T10:25:30Z"}]}
            """;

    public record OutboxState(long backlog, long parked, List<ParkedMessage> parkedMessages) {
    }

    @GET
    @Operation(operationId = "getOutboxState",
            summary = "Outbox backlog, parked count and the oldest parked rows (at most 100)")
    @APIResponse(responseCode = "200", description = "current state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutboxState.class),
                    examples = @ExampleObject(name = "one-parked", value = STATE_EXAMPLE)))
    public OutboxState state() {
        relay.refreshCounts();
        List<OutboxMessage> parkedRows = OutboxMessage.find("parkedAt is not null order by seq").page(0, 100).list();
        List<ParkedMessage> parked = parkedRows.stream()
                .map(row -> new ParkedMessage(row.id, row.topic, row.messageKey, row.eventType, row.attempts,
                        row.lastError, row.createdAt, row.parkedAt))
                .toList();
        return new OutboxState(relay.backlog(), relay.parked(), parked);
    }

    @POST
    @Path("/parked/{eventId}/replay")
    @Transactional
    @Operation(operationId = "replayParkedOutboxEvent", summary = "Send a parked event again (attempts reset)")
    @APIResponse(responseCode = "204", description = "the row is due again")
    @APIResponse(responseCode = "404", ref = ProblemComponentsInOpenApi.NOT_FOUND)
    public void replay(@PathParam("eventId") UUID eventId) {
        OutboxMessage row = OutboxMessage.findById(eventId);
        if (row == null || row.parkedAt == null) {
            throw ProblemException.notFound("parked outbox event", eventId);
        }
        row.parkedAt = null;
        row.attempts = 0;
        row.lastError = null;
        row.nextAttemptAt = Instant.now();
        relay.nudge();
    }
}
