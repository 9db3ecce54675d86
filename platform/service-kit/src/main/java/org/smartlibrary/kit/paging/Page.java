package org.smartlibrary.kit.paging;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.function.Function;

/** One page of a list: its items and the cursor of the next page (null on the last page). */
public record Page<T>(List<T> items, String nextCursor, int limit) {

    /**
     * Builds a page from rows fetched with {@link PageRequest#fetchSize()}: the extra row, if present, only tells
     * that a next page exists; the cursor is made from the last item kept.
     */
    public static <R, T> Page<T> of(List<R> rows, PageRequest request, Function<R, String> cursorOf, Function<R, T> map) {
        boolean more = rows.size() > request.limit();
        List<R> kept = more ? rows.subList(0, request.limit()) : rows;
        String next = more ? cursorOf.apply(kept.get(kept.size() - 1)) : null;
        return new Page<>(kept.stream().map(map).toList(), next, request.limit());
    }

    /** A 200 response with this page as body and a {@code Link: <...>; rel="next"} header when there is more. */
    public Response toResponse(UriInfo uriInfo) {
        Response.ResponseBuilder builder = Response.ok(this);
        if (nextCursor != null) {
            builder.links(Link.fromUriBuilder(uriInfo.getRequestUriBuilder().replaceQueryParam("cursor", nextCursor))
                    .rel("next").build());
        }
        return builder.build();
    }
}
