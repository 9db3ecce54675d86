package org.smartlibrary.partner.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.smartlibrary.testkit.openapi.OpenApiContract;

/** The served OpenAPI document meets the rules client generators and validating proxies rely on. */
@QuarkusTest
class OpenApiContractTest extends OpenApiContract {
}
