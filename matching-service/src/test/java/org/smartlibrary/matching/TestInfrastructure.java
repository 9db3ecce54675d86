package org.smartlibrary.matching;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.smartlibrary.testkit.KafkaTestResource;
import org.smartlibrary.testkit.PostgresTestResource;

/** Real PostgreSQL and Kafka for every Quarkus test of this module (the annotations apply to all of them). */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "matching"))
@QuarkusTestResource(KafkaTestResource.class)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
