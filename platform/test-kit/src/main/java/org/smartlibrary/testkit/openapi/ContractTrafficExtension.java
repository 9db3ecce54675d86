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

/**
 * Puts {@link ContractTraffic} in front of every RestAssured request of a service's tests, so that the existing REST
 * tests double as recorded traffic checked against the served OpenAPI document. A service turns it on for all its
 * test classes with {@code junit.jupiter.extensions.autodetection.enabled=true} in its
 * {@code src/test/resources/junit-platform.properties}; the document is read once per test JVM, on first use.
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

    /** Reads the document from the service under test when the first request is made (its port is known by then). */
    private static final class LazyContract implements Filter {
        private volatile ContractTraffic traffic;

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                               FilterContext context) {
            if (traffic == null) {
                synchronized (this) {
                    if (traffic == null) {
                        ContractTraffic created = new ContractTraffic(
                                read(URI.create(request.getURI()).resolve("/q/openapi?format=json")));
                        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println(
                                "[contract-traffic] " + created.checked() + " exchanges checked against the OpenAPI document")));
                        traffic = created;
                    }
                }
            }
            return traffic.filter(request, response, context);
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
