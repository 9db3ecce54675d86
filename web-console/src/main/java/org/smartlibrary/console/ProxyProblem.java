package org.smartlibrary.console;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/**
 * A problem the proxy itself answers (RFC 9457 {@code application/problem+json}, the same shape and type URIs the
 * services use), e.g. when a service cannot be reached.
 */
public record ProxyProblem(int status, String slug, String title, String detail) {

    public static final String TYPE_PREFIX = "https://smartlibrary.org/problems/";

    public static ProxyProblem unreachable(String service, String why) {
        return new ProxyProblem(502, "upstream-unavailable", "Service unavailable",
                service + "-service could not be reached (" + why + "). Try again in a moment; if this persists, "
                        + "the service is down or slp.console.upstream." + service + " names the wrong address.");
    }

    public static ProxyProblem timedOut(String service) {
        return new ProxyProblem(504, "upstream-timeout", "Service timed out",
                service + "-service did not answer in time. Try again in a moment.");
    }

    public static ProxyProblem otherOrigin(String origin) {
        return new ProxyProblem(403, "forbidden", "Forbidden",
                "the console forwards calls from its own pages only, not from " + origin);
    }

    public static ProxyProblem unknownPath(String path) {
        return new ProxyProblem(404, "not-found", "Not found",
                "the console forwards /api/assessment/v1/..., /api/partner/v1/... and /api/matching/v1/...; "
                        + path + " is none of them");
    }

    public void writeTo(HttpServerResponse response, String instance) {
        JsonObject body = new JsonObject()
                .put("type", TYPE_PREFIX + slug)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance);
        response.setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .putHeader("Cache-Control", "no-store")
                .end(body.encode());
    }
}
