package org.smartlibrary.matching;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.smartlibrary.testkit.JwtTestResource;
import org.smartlibrary.testkit.KafkaTestResource;
import org.smartlibrary.testkit.PostgresTestResource;

/**
 * Real PostgreSQL and Kafka, and trust in the test-kit's signed tokens, for every Quarkus test of this module (the
 * annotations apply to all of them).
 */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "matching"))
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
