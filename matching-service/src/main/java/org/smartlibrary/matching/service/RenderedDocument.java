package org.smartlibrary.matching.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;

/**
 * A READY recommendations document rendered once, as the REST layer would write it, and served as bytes: the JSON
 * with {@code refresh_pending} false, and the offset of that {@code false}. {@code refresh_pending} (a re-match is
 * queued) is the one value of the document a read decides; {@link #body} puts {@code true} in its place.
 */
public final class RenderedDocument {

    private static final byte[] FIELD = "\"refresh_pending\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] FALSE = "false".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TRUE = "true".getBytes(StandardCharsets.UTF_8);

    private final byte[] json;
    private final int refreshPendingAt;

    /** A document as kept: {@code json} with refresh_pending false, that {@code false} at {@code refreshPendingAt}. */
    public RenderedDocument(byte[] json, int refreshPendingAt) {
        if (refreshPendingAt < FIELD.length || !at(json, refreshPendingAt, FALSE)
                || !at(json, refreshPendingAt - FIELD.length, FIELD)) {
            throw new IllegalArgumentException("no refresh_pending false at offset " + refreshPendingAt);
        }
        this.json = json;
        this.refreshPendingAt = refreshPendingAt;
    }

    /**
     * Renders the document with {@code mapper} (the application's, which the REST layer writes responses with) from
     * the view {@code withRefreshPending} gives for false and for true; the two renderings must differ in that value
     * alone.
     */
    public static RenderedDocument render(ObjectMapper mapper, Function<Boolean, Object> withRefreshPending) {
        byte[] idle = write(mapper, withRefreshPending.apply(false));
        byte[] pending = write(mapper, withRefreshPending.apply(true));
        int at = Arrays.mismatch(idle, pending);
        boolean onlyRefreshPending = at >= FIELD.length && at(idle, at, FALSE) && at(pending, at, TRUE)
                && Arrays.equals(idle, at + FALSE.length, idle.length, pending, at + TRUE.length, pending.length);
        if (!onlyRefreshPending) {
            throw new IllegalStateException("the renderings differ in more than refresh_pending");
        }
        return new RenderedDocument(idle, at);
    }

    /** The document with refresh_pending false, as kept. */
    public byte[] json() {
        return json;
    }

    /** Where the {@code false} of refresh_pending starts in {@link #json}. */
    public int refreshPendingAt() {
        return refreshPendingAt;
    }

    /** The document as served: with {@code refresh_pending} as given. */
    public byte[] body(boolean refreshPending) {
        if (!refreshPending) {
            return json;
        }
        byte[] body = new byte[json.length - FALSE.length + TRUE.length];
        System.arraycopy(json, 0, body, 0, refreshPendingAt);
        System.arraycopy(TRUE, 0, body, refreshPendingAt, TRUE.length);
        System.arraycopy(json, refreshPendingAt + FALSE.length, body, refreshPendingAt + TRUE.length,
                json.length - refreshPendingAt - FALSE.length);
        return body;
    }

    private static boolean at(byte[] bytes, int offset, byte[] expected) {
        return offset >= 0 && offset + expected.length <= bytes.length
                && Arrays.equals(bytes, offset, offset + expected.length, expected, 0, expected.length);
    }

    private static byte[] write(ObjectMapper mapper, Object view) {
        try {
            return mapper.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + view.getClass().getSimpleName(), e);
        }
    }
}
