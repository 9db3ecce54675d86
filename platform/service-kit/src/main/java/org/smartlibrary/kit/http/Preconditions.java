package org.smartlibrary.kit.http;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
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

    /** JAX-RS reads an empty (or, trimmed, blank) header as no header; the request itself still has it. */
    private static boolean sentEmpty() {
        InstanceHandle<CurrentVertxRequest> current = Arc.container() == null ? null
                : Arc.container().instance(CurrentVertxRequest.class);
        RoutingContext context = current == null || !current.isAvailable() ? null : current.get().getCurrent();
        return context != null && context.request().headers().contains(IF_MATCH);
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    public static String etagHeader(long version) {
        return "\"" + version + "\"";
    }

    /** Throws 412 unless the If-Match header is absent, "*", or names the current version. */
    public static void checkIfMatch(String ifMatch, long currentVersion) {
        if ((ifMatch == null && sentEmpty()) || (ifMatch != null && TextInput.isBlank(ifMatch))) {
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
