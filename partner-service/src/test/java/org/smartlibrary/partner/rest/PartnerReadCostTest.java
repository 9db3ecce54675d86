package org.smartlibrary.partner.rest;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.smartlibrary.partner.SqlStatements;
import org.smartlibrary.testkit.sql.StatementLog.Recording;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.smartlibrary.partner.PartnerFixtures.addOffering;
import static org.smartlibrary.partner.PartnerFixtures.grant;
import static org.smartlibrary.partner.PartnerFixtures.register;
import static org.smartlibrary.partner.PartnerFixtures.registration;
import static org.smartlibrary.partner.PartnerFixtures.robotKits;
import static org.smartlibrary.partner.PartnerFixtures.token;

/**
 * What reading a partner costs the database: one statement for the partner with all its offerings, run in
 * auto-commit (no JTA transaction, so no BEGIN and COMMIT around it), however many offerings it has; the same for
 * its offering list and one offering.
 */
@QuarkusTest
class PartnerReadCostTest {

    @Inject
    @PersistenceUnitExtension
    SqlStatements sql;

    @Test
    void aPartnerWithItsOfferingsIsOneStatementOutsideAnyTransaction() {
        String partner = register(registration("Read Cost Partner " + token()));
        List<String> offerings = List.of(addOffering(partner, robotKits()), addOffering(partner, grant()),
                addOffering(partner, volunteers()));

        Recording read = sql.of(() -> given().get("/api/v1/partners/{id}", partner).then().statusCode(200)
                .body("offerings.id", contains(offerings.toArray()))
                .body("version", equalTo(4)));

        assertEquals(1, read.statements().size(), read.toString());
        assertEquals(0, read.inTransactions(), read.toString());
    }

    @Test
    void theOfferingListAndOneOfferingAreOneStatementEach() {
        String partner = register(registration("Read Cost Offerings " + token()));
        String kits = addOffering(partner, robotKits());
        String money = addOffering(partner, grant());

        Recording list = sql.of(() -> given().get("/api/v1/partners/{id}/offerings", partner).then().statusCode(200)
                .body("items.id", contains(kits, money)));
        Recording one = sql.of(() -> given().get("/api/v1/partners/{id}/offerings/{offering}", partner, money)
                .then().statusCode(200)
                .body("type", equalTo("FINANCIAL.PROGRAM")));

        for (Recording read : new Recording[]{list, one}) {
            assertEquals(1, read.statements().size(), read.toString());
            assertEquals(0, read.inTransactions(), read.toString());
        }
    }

    @Test
    void anUnknownPartnerIsOneStatementAndANotFoundProblem() {
        Recording read = sql.of(() -> given().get("/api/v1/partners/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json"));

        assertEquals(1, read.statements().size(), read.toString());
    }

    private static Map<String, Object> volunteers() {
        return Map.of("category", "HUMAN", "type", "HUMAN.WORKSHOP_VOLUNTEERS", "quantity", 12, "horizon", "ANY");
    }
}
