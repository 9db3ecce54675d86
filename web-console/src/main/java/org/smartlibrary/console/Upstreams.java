package org.smartlibrary.console;

import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/** The services the proxy knows, by the name the console's paths use: {@code /api/<name>/v1/...}. */
@ApplicationScoped
public class Upstreams {

    private final Map<String, URI> baseUrls;

    public Upstreams(ConsoleConfig config) {
        ConsoleConfig.Upstream upstream = config.upstream();
        this.baseUrls = Map.of(
                "assessment", upstream.assessment(),
                "partner", upstream.partner(),
                "matching", upstream.matching());
    }

    /** The base URL of the service named {@code name}, without a trailing slash. */
    public Optional<String> baseUrl(String name) {
        return Optional.ofNullable(baseUrls.get(name)).map(URI::toString).map(Upstreams::withoutTrailingSlash);
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
