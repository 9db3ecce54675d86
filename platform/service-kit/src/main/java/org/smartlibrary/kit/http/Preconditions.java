package org.smartlibrary.kit.http;

import jakarta.ws.rs.core.EntityTag;
import org.smartlibrary.kit.problem.ProblemException;

/**
 * ETags from a resource's version counter and the If-Match check on writes. A write without If-Match is
 * accepted (the version column still refuses a lost update with 409); a stale If-Match answers 412.
 */
public final class Preconditions {

    public static final String IF_MATCH = "If-Match";

    private Preconditions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    public static String etagHeader(long version) {
        return "\"" + version + "\"";
    }

    /** Throws 412 unless the If-Match header is absent, "*", or names the current version. */
    public static void checkIfMatch(String ifMatch, long currentVersion) {
        if ((ifMatch == null && TextInput.sentEmpty(IF_MATCH)) || (ifMatch != null && TextInput.isBlank(ifMatch))) {
            throw ProblemException.invalid(IF_MATCH, TextInput.BLANK_MESSAGE);
        }
        if (ifMatch == null || ifMatch.trim().equals("*")) {
            return;
        }
        String current = Long.toString(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(current)) {
                return;
            }
        }
        throw new ProblemException(412, "precondition-failed", "Precondition failed",
                "If-Match " + ifMatch + " does not match the current version \"" + current
                        + "\"; read the resource again and retry with its ETag");
    }
}
