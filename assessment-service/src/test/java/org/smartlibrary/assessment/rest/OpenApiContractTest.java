package org.smartlibrary.assessment.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.smartlibrary.testkit.openapi.OpenApiContract;

/** The served OpenAPI document is a contract clients can trust (the rules are the test kit's). */
@QuarkusTest
class OpenApiContractTest extends OpenApiContract {
}
