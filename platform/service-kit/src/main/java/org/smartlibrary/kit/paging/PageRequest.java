package org.smartlibrary.kit.paging;

import org.smartlibrary.kit.problem.ProblemException;

/** A bounded page request from the {@code limit} and {@code cursor} query parameters. */
public record PageRequest(int limit, String cursor) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private static final String LIMIT_RULE = "must be a whole number between 1 and " + MAX_LIMIT;

    /**
     * From the raw {@code limit} and {@code cursor} query parameters, as every paged operation takes them (a
     * {@code String} parameter documented as an integer, so a limit that is not a number is this 400 problem naming
     * {@code limit}, not the framework's 404 for an unconvertible parameter). Blank means the default.
     */
    public static PageRequest parse(String limit, String cursor) {
        if (limit == null || limit.isBlank()) {
            return of(null, cursor);
        }
        try {
            return of(Integer.valueOf(limit.trim()), cursor);
        } catch (NumberFormatException notANumber) {
            throw ProblemException.invalid("limit", LIMIT_RULE);
        }
    }

    public static PageRequest of(Integer limit, String cursor) {
        int effective = limit == null ? DEFAULT_LIMIT : limit;
        if (effective < 1 || effective > MAX_LIMIT) {
            throw ProblemException.invalid("limit", LIMIT_RULE);
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
