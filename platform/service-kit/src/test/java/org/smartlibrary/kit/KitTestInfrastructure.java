package org.smartlibrary.kit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.smartlibrary.testkit.PostgresTestResource;

/** Real PostgreSQL for every kit test; the broker is {@link RestartableKafka}, which tests stop and start. */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "service_kit"))
@QuarkusTestResource(RestartableKafka.class)
public final class KitTestInfrastructure {

    private KitTestInfrastructure() {
    }
}
