package org.smartlibrary.console;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;

/**
 * Where the console's proxy sends each service's calls ({@code slp.console.upstream.*}, overridable by environment,
 * e.g. {@code SLP_CONSOLE_UPSTREAM_MATCHING=http://matching:8083}).
 */
@ConfigMapping(prefix = "slp.console")
public interface ConsoleConfig {

    Upstream upstream();

    /** The base URL of each service and how long the proxy waits for one. */
    interface Upstream {

        @WithDefault("http://127.0.0.1:8081")
        URI assessment();

        @WithDefault("http://127.0.0.1:8082")
        URI partner();

        @WithDefault("http://127.0.0.1:8083")
        URI matching();

        /** How long a connection to a service may take before the call answers 502. */
        @WithDefault("3s")
        Duration connectTimeout();

        /** How long a service may stay silent during a call before it answers 504. */
        @WithDefault("30s")
        Duration idleTimeout();
    }
}
