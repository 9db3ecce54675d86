package org.smartlibrary.kit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.smartlibrary.testkit.JwtTestResource;
import org.smartlibrary.testkit.PostgresTestResource;

/**
 * Real PostgreSQL for every kit test; the broker is {@link RestartableKafka}, which tests stop and start; tokens
 * signed by {@link org.smartlibrary.testkit.TestTokens} are trusted.
 */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "service_kit"))
@QuarkusTestResource(RestartableKafka.class)
@QuarkusTestResource(JwtTestResource.class)
public final class KitTestInfrastructure {

    private KitTestInfrastructure() {
    }
}
