package org.smartlibrary.testkit.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Puts {@link ContractTraffic} in front of every RestAssured request of a service's tests, so that the existing REST
 * tests double as recorded traffic checked against the served OpenAPI document. It is registered through
 * {@code META-INF/services} and runs wherever JUnit extension autodetection is on, which Quarkus's test
 * configuration turns on for every module that has quarkus-junit; each document is read once per test JVM.
 */
public final class ContractTrafficExtension implements BeforeAllCallback {

    /**
     * Installs the filter through the test class's own class loader: a {@code @QuarkusTest} sees the RestAssured
     * that Quarkus's class loader loaded, not the one this extension was loaded with.
     */
    @Override
    public void beforeAll(ExtensionContext context) throws ReflectiveOperationException {
        ClassLoader loader = context.getRequiredTestClass().getClassLoader();
        Class.forName(Installer.class.getName(), true, loader).getMethod("install").invoke(null);
    }

    /** Installs one filter per class loader. */
    public static final class Installer {
        private static boolean installed;

        private Installer() {
        }

        public static synchronized void install() {
            if (!installed) {
                RestAssured.filters(new LazyContract());
                installed = true;
            }
        }
    }

    /**
     * Reads each service's document when the first request reaches it (its port is known by then); tests that talk
     * to several services (the system tests) have each exchange checked against the document of the service it
     * reached.
     */
    private static final class LazyContract implements Filter {
        private final Map<URI, ContractTraffic> byOrigin = new ConcurrentHashMap<>();

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                               FilterContext context) {
            URI origin = URI.create(request.getURI()).resolve("/");
            ContractTraffic traffic = byOrigin.computeIfAbsent(origin, LazyContract::contractOf);
            return traffic.filter(request, response, context);
        }

        private static ContractTraffic contractOf(URI origin) {
            ContractTraffic created = new ContractTraffic(read(origin.resolve("/q/openapi?format=json")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("[contract-traffic] "
                    + created.checked() + " exchanges with " + origin + " checked against its OpenAPI document")));
            return created;
        }

        private static com.fasterxml.jackson.databind.JsonNode read(URI document) {
            try {
                HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(document).build(),
                        HttpResponse.BodyHandlers.ofString());
                return new ObjectMapper().readTree(answer.body());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + document, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted reading " + document, e);
            }
        }
    }
}
