package org.smartlibrary.kit.http;

import jakarta.ws.rs.core.EntityTag;
import org.smartlibrary.kit.problem.ProblemException;

/**
 * ETags from a resource's version counter and the If-Match check on writes. A write of a versioned resource (its
 * PUT, its DELETE, a command on it) requires If-Match: without it 428, so no client can overwrite a change it has
 * not seen. If-Match compares strongly: {@code *} matches any current version, {@code "3"} (or a list holding it)
 * matches version 3, a weak tag such as {@code W/"3"} never matches; otherwise 412. An If-Match sent empty is a 400
 * naming it.
 */
public final class Preconditions {

    public static final String IF_MATCH = "If-Match";

    private static final String WEAK_PREFIX = "W/";

    private Preconditions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    public static String etagHeader(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The check of a write of a versioned resource: throws 428 when If-Match is absent, 412 unless it is {@code *}
     * or strongly names the current version.
     */
    public static void checkIfMatch(String ifMatch, long currentVersion) {
        refuseEmpty(ifMatch);
        if (ifMatch == null) {
            throw new ProblemException(428, "precondition-required", "Precondition required",
                    "this write requires an If-Match header: GET the resource first and send its ETag as If-Match, "
                            + "so that a change made since is not overwritten");
        }
        compare(ifMatch, currentVersion);
    }

    /**
     * The check of a creation under a versioned resource (adding a part to it), where If-Match is optional: when
     * sent, it is compared as {@link #checkIfMatch} does.
     */
    public static void checkIfMatchWhenSent(String ifMatch, long currentVersion) {
        refuseEmpty(ifMatch);
        if (ifMatch != null) {
            compare(ifMatch, currentVersion);
        }
    }

    private static void refuseEmpty(String ifMatch) {
        if ((ifMatch == null && TextInput.sentEmpty(IF_MATCH)) || (ifMatch != null && TextInput.isBlank(ifMatch))) {
            throw ProblemException.invalid(IF_MATCH, TextInput.BLANK_MESSAGE);
        }
    }

    private static void compare(String ifMatch, long currentVersion) {
        if (ifMatch.trim().equals("*")) {
            return;
        }
        String current = Long.toString(currentVersion);
        boolean weakSent = false;
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith(WEAK_PREFIX)) {
                weakSent = true;
                continue;
            }
            if (unquoted(tag).equals(current)) {
                return;
            }
        }
        throw new ProblemException(412, "precondition-failed", "Precondition failed", weakSent
                ? "If-Match " + ifMatch + " holds a weak tag, and weak tags cannot be used with If-Match (it compares "
                        + "strongly); send the ETag exactly as read, the current one is \"" + current + "\""
                : "If-Match " + ifMatch + " does not match the current version \"" + current
                        + "\"; read the resource again and retry with its ETag");
    }

    private static String unquoted(String tag) {
        return tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"") ? tag.substring(1, tag.length() - 1) : tag;
    }
}
