package org.smartlibrary.kit.paging;

import org.smartlibrary.kit.problem.ProblemException;

/** A bounded page request from the {@code limit} and {@code cursor} query parameters. */
public record PageRequest(int limit, String cursor) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public static PageRequest of(Integer limit, String cursor) {
        int effective = limit == null ? DEFAULT_LIMIT : limit;
        if (effective < 1 || effective > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(effective, cursor == null || cursor.isBlank() ? null : cursor);
    }

    public boolean first() {
        return cursor == null;
    }

    /** Fetch one more row than the limit to know whether a next page exists. */
    public int fetchSize() {
        return limit + 1;
    }
}
