package org.smartlibrary.kit;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.smartlibrary.kit.http.Preconditions;
import org.smartlibrary.kit.idempotency.IdempotentRequests;
import org.smartlibrary.kit.outbox.Outbox;
import org.smartlibrary.kit.outbox.OutboxEvent;
import org.smartlibrary.kit.paging.Cursor;
import org.smartlibrary.kit.paging.Page;
import org.smartlibrary.kit.paging.PageRequest;
import org.smartlibrary.kit.problem.ProblemException;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A tiny API over {@link Widget} that uses every kit mechanism the way a service does. */
@Path("/widgets")
@PermitAll
public class WidgetResource {

    public static final String TOPIC = "kit-test-events";

    @Inject
    Outbox outbox;

    @Inject
    IdempotentRequests idempotentRequests;

    /** A widget's body: a name, and optional fields of the kinds a service reads (an id, a date, a number, a code). */
    public record WidgetBody(@NotBlank @Size(max = 100) String name, UUID parentId, LocalDate due, Integer count,
                             Shape shape, String note) {
        public WidgetBody(String name) {
            this(name, null, null, null, null, null);
        }
    }

    public enum Shape { ROUND, SQUARE }

    public record WidgetView(UUID id, String name, long version) {
        static WidgetView of(Widget widget) {
            return new WidgetView(widget.id, widget.name, widget.version);
        }
    }

    @POST
    @Transactional
    public Response create(@Valid WidgetBody body, @HeaderParam(IdempotentRequests.HEADER) String key) {
        return idempotentRequests.execute("POST /widgets", key, body, () -> {
            Widget widget = save(body.name());
            return Response.created(URI.create("/widgets/" + widget.id))
                    .header("ETag", Preconditions.etagHeader(widget.version))
                    .entity(WidgetView.of(widget)).build();
        });
    }

    /** Writes the widget and its event, then fails: the transaction rolls back. */
    @POST
    @Path("/failing")
    @Transactional
    public Response createThenFail(@Valid WidgetBody body) {
        save(body.name());
        throw new ProblemException(409, "kit-test-failure", "Refused after writing", "the test asked for a rollback");
    }

    @PUT
    @Path("/{id}")
    @Transactional
    public Response rename(@PathParam("id") UUID id, @Valid WidgetBody body, @HeaderParam("If-Match") String ifMatch) {
        Widget widget = Widget.findById(id);
        if (widget == null) {
            throw ProblemException.notFound("widget", id);
        }
        Preconditions.checkIfMatch(ifMatch, widget.version);
        widget.name = body.name();
        Widget.getEntityManager().flush();
        return Response.ok(WidgetView.of(widget)).header("ETag", Preconditions.etagHeader(widget.version)).build();
    }

    @GET
    public Response list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor, @Context UriInfo uriInfo) {
        PageRequest page = PageRequest.parse(limit, cursor);
        List<Widget> rows = page.first()
                ? Widget.find("order by name, id").page(0, page.fetchSize()).list()
                : after(Cursor.decode(page.cursor(), 2), page);
        return Page.of(rows, page, widget -> Cursor.encode(widget.name, widget.id.toString()), WidgetView::of)
                .toResponse(uriInfo);
    }

    private static List<Widget> after(List<String> cursor, PageRequest page) {
        UUID lastId;
        try {
            lastId = UUID.fromString(cursor.get(1));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "is not a cursor returned by this list");
        }
        return Widget.find("(name > ?1) or (name = ?1 and id > ?2) order by name, id", cursor.get(0), lastId)
                .page(0, page.fetchSize()).list();
    }

    private Widget save(String name) {
        Widget widget = new Widget();
        widget.id = UUID.randomUUID();
        widget.name = name;
        widget.persist();
        outbox.publish(new OutboxEvent(TOPIC, "widget-created", "1.0", widget.id, Map.of("name", name)));
        return widget;
    }
}
