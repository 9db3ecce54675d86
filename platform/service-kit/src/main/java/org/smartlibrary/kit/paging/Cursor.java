package org.smartlibrary.kit.paging;

import org.smartlibrary.kit.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * An opaque keyset cursor: the sort key values of the last item of a page, so the next page starts after
 * it even when rows are inserted meanwhile (stable order).
 */
public final class Cursor {

    private static final String SEPARATOR = "\u001f";

    private Cursor() {
    }

    public static String encode(String... sortKeyValues) {
        String joined = String.join(SEPARATOR, sortKeyValues);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor with this many values; a foreign or damaged cursor is a 400 problem on "cursor". */
    public static List<String> decode(String cursor, int expectedValues) {
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> values = Arrays.asList(joined.split(SEPARATOR, -1));
            if (values.size() != expectedValues) {
                throw new IllegalArgumentException("wrong arity");
            }
            return values;
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "is not a cursor returned by this list; start again without it");
        }
    }
}
