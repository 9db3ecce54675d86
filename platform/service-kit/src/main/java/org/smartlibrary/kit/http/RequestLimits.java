package org.smartlibrary.kit.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.smartlibrary.kit.problem.Problem;
import org.smartlibrary.kit.problem.ProblemException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses oversized requests before anything reads them, with a problem document: a declared body longer than
 * {@code slp.http.max-body-bytes} (413) — or, on the paths listed in {@code slp.http.upload-paths} (file uploads,
 * which the resource streams and counts itself), longer than {@code slp.http.max-upload-bytes} — a query string longer than {@code slp.http.max-query-chars} (414), and a
 * path or query with an encoded NUL character, and a query parameter given with an empty or blank value (400, see
 * {@link TextInput}).
 * Vert.x's own limits ({@code quarkus.http.limits.*}) stay behind this as the last line for bodies sent
 * without a Content-Length.
 */
@ApplicationScoped
public class RequestLimits {

    @ConfigProperty(name = "slp.http.max-body-bytes", defaultValue = "262144")
    long maxBodyBytes;

    @ConfigProperty(name = "slp.http.upload-paths")
    Optional<List<String>> uploadPaths;

    @ConfigProperty(name = "slp.http.max-upload-bytes", defaultValue = "52428800")
    long maxUploadBytes;

    @ConfigProperty(name = "slp.http.max-query-chars", defaultValue = "2048")
    int maxQueryChars;

    @Inject
    ObjectMapper objectMapper;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        long declaredLength = declaredBodyLength(context);
        long maxBytes = uploadPaths.orElse(List.of()).contains(context.request().path()) ? maxUploadBytes : maxBodyBytes;
        String query = context.request().query();
        if (declaredLength > maxBytes) {
            refuse(context, tooLarge(declaredLength, maxBytes));
        } else if (query != null && query.length() > maxQueryChars) {
            refuse(context, new ProblemException(414, "uri-too-long", "URI too long",
                    "the query string has " + query.length() + " characters; at most " + maxQueryChars + " are accepted"));
        } else if (TextInput.encodedNulIn(context.request().uri())) {
            refuse(context, new ProblemException(400, "malformed-request", "Malformed request",
                    "the path or query contains an encoded NUL character (%00), which no parameter accepts"));
        } else {
            Optional<String> blank = blankParameter(context);
            if (blank.isPresent()) {
                refuse(context, ProblemException.invalid(blank.get(), TextInput.BLANK_MESSAGE));
            } else {
                context.next();
            }
        }
    }

    /** The 413 problem of a body of this many bytes where at most {@code maxBytes} are accepted. */
    public static ProblemException tooLarge(long bytes, long maxBytes) {
        return new ProblemException(413, "payload-too-large", "Payload too large",
                "the body has " + (bytes < 0 ? "more than " + maxBytes : String.valueOf(bytes)) + " bytes; at most "
                        + maxBytes + " are accepted");
    }

    /** The first query parameter given with an empty or blank value; a request without a query costs nothing. */
    private static Optional<String> blankParameter(RoutingContext context) {
        String query = context.request().query();
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        try {
            for (Map.Entry<String, String> parameter : context.queryParams()) {
                if (TextInput.isBlank(parameter.getValue())) {
                    return Optional.of(parameter.getKey());
                }
            }
        } catch (IllegalArgumentException undecodable) {
            // a malformed query is answered further on, by the resource that reads it
        }
        return Optional.empty();
    }

    private static long declaredBodyLength(RoutingContext context) {
        String header = context.request().getHeader("Content-Length");
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException malformed) {
            return -1;
        }
    }

    private void refuse(RoutingContext context, ProblemException exception) {
        Problem problem = exception.toProblem(context.request().path());
        String body;
        try {
            body = objectMapper.writeValueAsString(problem);
        } catch (JsonProcessingException impossible) {
            body = "{\"status\":" + exception.status() + "}";
        }
        context.response()
                .setStatusCode(exception.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE);
        if (exception.status() == 413) {
            context.response().putHeader("Connection", "close"); // the unread body is not worth reading
        }
        context.response().end(body);
    }
}
