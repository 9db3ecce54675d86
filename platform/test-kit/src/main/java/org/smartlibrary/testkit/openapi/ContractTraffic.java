package org.smartlibrary.testkit.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks every exchange a service's REST tests make against the OpenAPI document the service serves, and fails the
 * test at the first departure: the operation exists for the method and path; the status is documented for it (or
 * a default is); the content type is one the status documents; the body is valid against that status's schema; the
 * headers the service sends that a client reads ({@code ETag}, {@code Location}, {@code Link},
 * {@code Retry-After}) are documented on that response; and a request the service accepted (2xx) has a body its
 * operation's schema accepts. Installed by {@link ContractTrafficExtension}.
 */
public final class ContractTraffic implements Filter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CLIENT_HEADERS = Set.of("etag", "location", "link", "retry-after");

    private final JsonNode document;
    private final ExampleValidator validator;
    private final List<Route> routes = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicLong checked = new java.util.concurrent.atomic.AtomicLong();

    private record Route(String method, Pattern path, String template, JsonNode operation) {
    }

    ContractTraffic(JsonNode document) {
        this.document = document;
        this.validator = new ExampleValidator(document);
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            String regex = Pattern.quote(path.getKey()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            routes.add(new Route(method.getKey().toUpperCase(Locale.ROOT), Pattern.compile(regex), path.getKey(),
                    method.getValue()));
        }));
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(request, responseSpec);
        String path = URI.create(request.getURI()).getRawPath();
        if (!path.startsWith("/api/") || "OPTIONS".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            // the platform endpoints under /q and CORS preflights are the HTTP layer's, not the service's contract
            return response;
        }
        List<String> problems = check(request.getMethod(), path, request.getContentType(), request.getBody(), response);
        checked.incrementAndGet();
        if (!problems.isEmpty()) {
            throw new AssertionError("the exchange " + request.getMethod() + " " + path + " -> " + response.statusCode()
                    + " departs from the OpenAPI document: " + String.join("; ", problems));
        }
        return response;
    }

    /** How many exchanges were checked so far. */
    long checked() {
        return checked.get();
    }

    List<String> check(String method, String path, String requestContentType, Object requestBody, Response response) {
        List<String> problems = new ArrayList<>();
        Route route = routes.stream().filter(candidate -> candidate.method().equals(method)
                && candidate.path().matcher(path).matches()).findFirst().orElse(null);
        if (route == null) {
            if (response.statusCode() != 404 && response.statusCode() != 405) {
                problems.add("no documented operation, yet the status is " + response.statusCode());
            }
            return problems;
        }
        String status = Integer.toString(response.statusCode());
        JsonNode documented = route.operation().path("responses").has(status)
                ? route.operation().path("responses").get(status) : route.operation().path("responses").path("default");
        if (documented.isMissingNode()) {
            problems.add("status " + status + " is not documented for " + method + " " + route.template());
            return problems;
        }
        documented = resolve(documented);
        checkHeaders(response, documented, problems);
        checkBody(status, response, documented, problems);
        if (response.statusCode() / 100 == 2 && requestBody != null && requestContentType != null
                && requestContentType.toLowerCase(Locale.ROOT).contains("json")) {
            JsonNode schema = route.operation().path("requestBody").path("content").path("application/json").path("schema");
            JsonNode body = readJson(requestBody.toString());
            if (!schema.isMissingNode() && body != null) {
                problems.addAll(validator.checkValue("accepted request body", schema, body, true));
            }
        }
        return problems;
    }

    private static void checkHeaders(Response response, JsonNode documented, List<String> problems) {
        response.getHeaders().asList().stream()
                .map(header -> header.getName().toLowerCase(Locale.ROOT))
                .filter(CLIENT_HEADERS::contains)
                .distinct()
                .filter(name -> !hasHeader(documented, name))
                .forEach(name -> problems.add("header " + name + " is sent but not documented"));
    }

    private void checkBody(String status, Response response, JsonNode documented, List<String> problems) {
        String contentType = response.getContentType();
        String body = response.asString();
        if (body == null || body.isEmpty()) {
            return;
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        JsonNode media = documented.path("content").path(mediaType);
        if (media.isMissingNode()) {
            problems.add("content type " + mediaType + " is not documented for status " + status);
            return;
        }
        JsonNode value = readJson(body);
        if (media.has("schema") && value != null) {
            problems.addAll(validator.checkValue("response body", media.get("schema"), value, false));
        }
    }

    private static boolean hasHeader(JsonNode response, String lowerCaseName) {
        var names = response.path("headers").fieldNames();
        while (names.hasNext()) {
            if (names.next().toLowerCase(Locale.ROOT).equals(lowerCaseName)) {
                return true;
            }
        }
        return false;
    }

    private JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? document.at(node.get("$ref").asText().substring(1)) : node;
    }

    private static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException notJson) {
            return null;
        }
    }
}
