package org.smartlibrary.partner;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.smartlibrary.testkit.JwtTestResource;
import org.smartlibrary.testkit.KafkaTestResource;
import org.smartlibrary.testkit.PostgresTestResource;

/**
 * Real PostgreSQL and Kafka for every Quarkus test of this module, and trust in the bearer tokens TestTokens signs
 * (the annotations apply to all of them).
 */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "partner"))
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
