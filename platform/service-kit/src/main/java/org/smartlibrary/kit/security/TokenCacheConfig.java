package org.smartlibrary.kit.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * How many verified bearer tokens are remembered and for how long ({@code slp.security.token-cache.*}); see
 * {@link CachingJwtParser}.
 */
@ConfigMapping(prefix = "slp.security.token-cache")
public interface TokenCacheConfig {

    /** The most tokens remembered at once; 0 turns the cache off (every request verifies its token again). */
    @WithDefault("10000")
    int size();

    /**
     * The longest a verified token is served from the cache before it is verified again, whatever its expiry: bounds
     * how long a token signed by a key that was since withdrawn from the key set keeps being accepted.
     */
    @WithDefault("5m")
    Duration lifetime();
}
