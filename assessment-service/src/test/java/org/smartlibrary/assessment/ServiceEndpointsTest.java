package org.smartlibrary.assessment;

import io.quarkus.test.junit.QuarkusTest;
import org.smartlibrary.testkit.endpoints.ServiceEndpointsContract;

/** The platform endpoints every service offers, and this service's additions, against the real database and broker. */
@QuarkusTest
class ServiceEndpointsTest extends ServiceEndpointsContract {

    @Override
    protected String openApiTitle() {
        return "Assessment service";
    }
}
