package org.smartlibrary.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.smartlibrary.deploy.system.Workload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What the import benchmark asks partner-service, as a platform administrator: upload a directory file, read an import
 * job and its first errors, read the outbox backlog, and register a partner with its offerings one request at a time.
 */
final class DirectoryClient {

    static final String IMPORTS = "/api/v1/directory/imports";
    static final String NDJSON = "application/x-ndjson";

    /** A request that did not get the status it should have. */
    static final class UnexpectedAnswer extends RuntimeException {
        UnexpectedAnswer(String request, int status, String body) {
            super(request + " answered " + status + ": " + body);
        }
    }

    /** The milliseconds one registration took: the partner's POST and each offering's POST. */
    record Registration(double partnerMillis, double[] offeringMillis) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String token;

    DirectoryClient(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** POST the file as NDJSON; the queued job (202). */
    JsonNode upload(Path file) {
        HttpRequest request;
        try {
            request = authorized(IMPORTS, Duration.ofMinutes(30)).header("Content-Type", NDJSON)
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
        } catch (java.io.FileNotFoundException e) {
            throw new UncheckedIOException(e);
        }
        return send(request, 202);
    }

    JsonNode job(String id) {
        return send(authorized(IMPORTS + "/" + id, Duration.ofSeconds(30)).GET().build(), 200);
    }

    /** The job's first errors (file order). */
    JsonNode errors(String id, int limit) {
        return send(authorized(IMPORTS + "/" + id + "/errors?limit=" + limit, Duration.ofSeconds(30)).GET().build(),
                200);
    }

    /** GET /api/v1/admin/outbox: backlog, parked. */
    JsonNode outbox() {
        return send(authorized("/api/v1/admin/outbox", Duration.ofSeconds(30)).GET().build(), 200);
    }

    /** POST /api/v1/partners, then POST each offering to the new partner; every answer must be 201. */
    Registration register(ObjectNode partner, List<ObjectNode> offerings) {
        long t0 = System.nanoTime();
        JsonNode created = send(json("/api/v1/partners", partner), 201);
        double partnerMillis = (System.nanoTime() - t0) / 1e6;
        String offeringsPath = "/api/v1/partners/" + created.path("id").asText() + "/offerings";
        double[] offeringMillis = new double[offerings.size()];
        for (int o = 0; o < offerings.size(); o++) {
            long t1 = System.nanoTime();
            send(json(offeringsPath, offerings.get(o)), 201);
            offeringMillis[o] = (System.nanoTime() - t1) / 1e6;
        }
        return new Registration(partnerMillis, offeringMillis);
    }

    private HttpRequest json(String path, JsonNode body) {
        try {
            return authorized(path, Duration.ofSeconds(60)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Workload.JSON.writeValueAsString(body))).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder authorized(String path, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                .header("Accept", "application/json").header("Authorization", "Bearer " + token);
    }

    private JsonNode send(HttpRequest request, int expected) {
        HttpResponse<String> response = BenchHttp.send(http, request);
        if (response.statusCode() != expected) {
            throw new UnexpectedAnswer(request.method() + " " + request.uri().getPath(), response.statusCode(),
                    response.body());
        }
        try {
            return response.body().isEmpty() ? NullNode.getInstance() : Workload.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " answered no JSON", e);
        }
    }
}
