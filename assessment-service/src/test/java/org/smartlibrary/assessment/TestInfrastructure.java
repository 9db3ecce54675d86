package org.smartlibrary.assessment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.smartlibrary.testkit.JwtTestResource;
import org.smartlibrary.testkit.KafkaTestResource;
import org.smartlibrary.testkit.PostgresTestResource;

/**
 * Real PostgreSQL and Kafka for every Quarkus test of this module (the annotations apply to all of them), and the
 * verification key of the bearer tokens {@code TestTokens} signs.
 */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
