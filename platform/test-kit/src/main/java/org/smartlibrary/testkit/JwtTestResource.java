package org.smartlibrary.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Makes the service under test trust the tokens {@link TestTokens} signs. */
public class JwtTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        // the key itself, not a location: in test mode smallrye-jwt puts a generated key in this property
        return Map.of(
                "mp.jwt.verify.publickey", TestTokens.publicKeyPem(),
                "mp.jwt.verify.issuer", TestTokens.ISSUER);
    }

    @Override
    public void stop() {
        // the key pair lives as long as the JVM
    }
}
