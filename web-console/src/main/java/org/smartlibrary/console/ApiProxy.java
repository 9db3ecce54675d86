package org.smartlibrary.console;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * The console's same-origin proxy: {@code /api/<service>/v1/...} is sent to {@code <service base>/api/v1/...}
 * unchanged — method, query, headers (Authorization, Content-Type, Accept, If-Match, If-None-Match,
 * Idempotency-Key, ...) and body — and the service's status, headers (ETag, Location, Link, Retry-After, ...) and
 * body come back unchanged. Only hop-by-hop headers stay behind, and {@code Origin}: the proxy takes calls from its
 * own pages only (a call whose Origin is another site answers 403) and calls the services as a server, so their
 * CORS rules, which list no console, never see a browser origin. A service that cannot be reached answers 502, one
 * that stays silent 504, all as problem documents.
 */
@ApplicationScoped
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);

    /** Connection-level headers (RFC 9110 section 7.6.1): they describe one hop, never the exchange. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "host");

    private final Upstreams upstreams;
    private final ConsoleConfig config;
    private HttpClient client;

    public ApiProxy(Upstreams upstreams, ConsoleConfig config) {
        this.upstreams = upstreams;
        this.config = config;
    }

    void register(@Observes Router router, Vertx vertx) {
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.upstream().connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(32));
        router.route("/api/*").handler(this::forward);
    }

    private void forward(RoutingContext context) {
        HttpServerRequest request = context.request();
        String uri = request.uri();
        Optional<Target> target = Target.of(uri, upstreams);
        if (target.isEmpty()) {
            ProxyProblem.unknownPath(request.path()).writeTo(request.response(), request.path());
            return;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !isOwnOrigin(origin, request.getHeader("Host"))) {
            ProxyProblem.otherOrigin(origin).writeTo(request.response(), request.path());
            return;
        }
        request.pause();
        RequestOptions options = new RequestOptions()
                .setMethod(request.method())
                .setAbsoluteURI(target.get().url())
                .setIdleTimeout(config.upstream().idleTimeout().toMillis())
                .setHeaders(endToEnd(request.headers()).remove("Origin"));
        client.request(options)
                .compose(upstream -> send(upstream, request))
                .onSuccess(response -> relay(response, request.response()))
                .onFailure(failure -> fail(target.get(), failure, request));
    }

    /** Whether the browser's Origin names this console (its host and port, whatever the scheme a gateway ended). */
    static boolean isOwnOrigin(String origin, String host) {
        if (host == null) {
            return false;
        }
        try {
            String authority = URI.create(origin).getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static io.vertx.core.Future<HttpClientResponse> send(HttpClientRequest upstream,
                                                                 HttpServerRequest request) {
        if (hasBody(request)) {
            return upstream.send(request);
        }
        request.resume();
        return upstream.send();
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        return request.getHeader("Transfer-Encoding") != null || (length != null && !length.trim().equals("0"));
    }

    private static void relay(HttpClientResponse upstream, HttpServerResponse response) {
        response.setStatusCode(upstream.statusCode());
        response.setStatusMessage(upstream.statusMessage());
        response.headers().setAll(endToEnd(upstream.headers()));
        if (upstream.getHeader("Transfer-Encoding") != null) {
            response.setChunked(true);
        }
        upstream.pipeTo(response);
    }

    private static void fail(Target target, Throwable failure, HttpServerRequest request) {
        HttpServerResponse response = request.response();
        LOG.debugf("%s %s -> %s failed: %s", request.method(), request.uri(), target.url(), failure);
        if (response.headWritten()) {
            response.reset();
            return;
        }
        request.resume();
        ProxyProblem problem = failure instanceof TimeoutException
                ? ProxyProblem.timedOut(target.service())
                : ProxyProblem.unreachable(target.service(), reason(failure));
        problem.writeTo(response, request.path());
    }

    private static String reason(Throwable failure) {
        if (failure instanceof ConnectException) {
            return "connection refused";
        }
        if (failure instanceof UnknownHostException) {
            return "unknown host";
        }
        return "connection failed";
    }

    private static MultiMap endToEnd(MultiMap headers) {
        MultiMap copy = MultiMap.caseInsensitiveMultiMap();
        headers.forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                copy.add(header.getKey(), header.getValue());
            }
        });
        return copy;
    }

    /** A console path resolved to a service: its name and the absolute URL the call goes to. */
    record Target(String service, String url) {

        /**
         * {@code /api/<service>/v1/<rest>?<query>} → {@code <base>/api/v1/<rest>?<query>}, the raw (still
         * percent-encoded) path and query kept as they came; empty for anything else, and for dot segments.
         */
        static Optional<Target> of(String uri, Upstreams upstreams) {
            if (!uri.startsWith("/api/")) {
                return Optional.empty();
            }
            int serviceEnd = uri.indexOf('/', "/api/".length());
            if (serviceEnd < 0) {
                return Optional.empty();
            }
            String service = uri.substring("/api/".length(), serviceEnd);
            String rest = uri.substring(serviceEnd);
            if (!(rest.startsWith("/v1/") || rest.equals("/v1") || rest.startsWith("/v1?")) || hasDotSegment(rest)) {
                return Optional.empty();
            }
            return upstreams.baseUrl(service).map(base -> new Target(service, base + "/api" + rest));
        }

        private static boolean hasDotSegment(String rest) {
            int queryStart = rest.indexOf('?');
            String path = (queryStart < 0 ? rest : rest.substring(0, queryStart))
                    .replaceAll("(?i)%2e", ".");
            for (String segment : path.split("/")) {
                if (segment.equals(".") || segment.equals("..")) {
                    return true;
                }
            }
            return false;
        }
    }
}
