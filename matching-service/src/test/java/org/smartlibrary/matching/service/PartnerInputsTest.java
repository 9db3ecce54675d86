package org.smartlibrary.matching.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.smartlibrary.matching.engine.OfferingInput;
import org.smartlibrary.matching.engine.PartnerInput;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A partner-snapshot payload, 1.0 or 1.1, as the engine's input. */
class PartnerInputsTest {

    static final ObjectMapper EVENT_JSON = new ObjectMapper().findAndRegisterModules()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void periodMinOrderAndMinJointLibrariesReachTheOfferings() throws IOException {
        PartnerInput partner = PartnerInputs.from(snapshot("partner-snapshot-foundation-recurring"));

        OfferingInput operating = offering(partner, "FINANCIAL.OPERATING");
        assertThat(operating.period()).isEqualTo("YEAR");
        assertThat(operating.amount()).isEqualByComparingTo("30000");
        assertThat(operating.minOrder()).isNull();
        assertThat(operating.minJointLibraries()).isNull();

        OfferingInput equipment = offering(partner, "FINANCIAL.EQUIPMENT");
        assertThat(equipment.period()).isEqualTo("ONE_TIME");
        // {"amount": 2500, "currency": "USD"}: the amount, in the offering's currency
        assertThat(equipment.minOrder()).isEqualByComparingTo("2500");
        assertThat(equipment.minJointLibraries()).isNull();

        OfferingInput devices = offering(partner, "TECHNOLOGY.DEVICES");
        assertThat(devices.period()).isNull();
        // {"quantity": 60, "unit": "devices"}: the quantity, in the offering's unit
        assertThat(devices.minOrder()).isEqualByComparingTo("60");
        assertThat(devices.minJointLibraries()).isEqualTo(3);
        assertThat(devices.status()).isEqualTo("ACTIVE");
    }

    @Test
    void aSnapshotWithoutTheNewFieldsHasNoPeriodNoMinimumAndNoJointRule() throws IOException {
        PartnerInput partner = PartnerInputs.from(snapshot("partner-snapshot-it-company"));

        assertThat(partner.offerings()).isNotEmpty().allSatisfy(offering -> {
            assertThat(offering.period()).isNull();
            assertThat(offering.minOrder()).isNull();
            assertThat(offering.minJointLibraries()).isNull();
        });
    }

    @Test
    void explicitNullsAreAbsentValues() throws IOException {
        ObjectNode payload = payload("partner-snapshot-foundation-recurring");
        ObjectNode devices = (ObjectNode) payload.get("offerings").get(2);
        devices.putNull("min_order");
        devices.putNull("min_joint_libraries");

        OfferingInput offering = offering(PartnerInputs.from(EVENT_JSON.treeToValue(payload, PartnerSnapshot.class)),
                "TECHNOLOGY.DEVICES");
        assertThat(offering.minOrder()).isNull();
        assertThat(offering.minJointLibraries()).isNull();
    }

    private static PartnerSnapshot snapshot(String example) throws IOException {
        return EVENT_JSON.treeToValue(payload(example), PartnerSnapshot.class);
    }

    private static ObjectNode payload(String example) throws IOException {
        try (InputStream in = PartnerInputsTest.class.getResourceAsStream(
                "/contracts/events/partner-directory/v1/examples/" + example + ".json")) {
            JsonNode event = EVENT_JSON.readTree(in);
            return (ObjectNode) event.get("payload");
        }
    }

    private static OfferingInput offering(PartnerInput partner, String type) {
        return partner.offerings().stream().filter(offering -> offering.type().equals(type)).findFirst().orElseThrow();
    }
}
