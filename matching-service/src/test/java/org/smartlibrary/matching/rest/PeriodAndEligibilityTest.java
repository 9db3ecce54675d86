package org.smartlibrary.matching.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartlibrary.kit.kafka.KafkaClients;
import org.smartlibrary.matching.Api;
import org.smartlibrary.matching.DatabaseRows;
import org.smartlibrary.matching.Events;
import org.smartlibrary.matching.Events.Place;
import org.smartlibrary.matching.engine.OfferingInput;
import org.smartlibrary.matching.engine.PartnerInput;
import org.smartlibrary.matching.service.PartnerReadModel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

/**
 * The 1.1 fields of the consumed events reach the match: a money need's and an offering's {@code period}, an
 * offering's {@code min_order} and {@code min_joint_libraries} are in the read model and decide covers and exclusions.
 */
@QuarkusTest
class PeriodAndEligibilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    KafkaClients clients;

    @Inject
    DatabaseRows rows;

    @Inject
    PartnerReadModel readModel;

    private Events events;
    private final Place place = Place.unique();

    @BeforeEach
    void openProducer() {
        events = new Events(clients);
    }

    @AfterEach
    void closeProducer() {
        events.close();
    }

    @Test
    void periodMinOrderAndMinJointLibrariesAreReadIntoTheReadModel() {
        ObjectNode foundation = Events.partner("partner-snapshot-foundation-recurring", place, 4);
        events.send(Events.PARTNERS, foundation);
        rows.awaitPartners(foundation);

        PartnerInput partner = readModel.index().partner(Events.id(foundation)).orElseThrow();
        OfferingInput operating = offering(partner, "FINANCIAL.OPERATING");
        assertThat(operating.period()).isEqualTo("YEAR");
        assertThat(operating.minOrder()).isNull();
        assertThat(operating.minJointLibraries()).isNull();
        OfferingInput equipment = offering(partner, "FINANCIAL.EQUIPMENT");
        assertThat(equipment.period()).isEqualTo("ONE_TIME");
        assertThat(equipment.minOrder()).isEqualByComparingTo("2500"); // {"amount": 2500, "currency": "USD"}
        OfferingInput devices = offering(partner, "TECHNOLOGY.DEVICES");
        assertThat(devices.period()).isNull();
        assertThat(devices.minOrder()).isEqualByComparingTo("60"); // {"quantity": 60, "unit": "devices"}
        assertThat(devices.minJointLibraries()).isEqualTo(3);

        // a 1.0 snapshot without the fields stays valid: no period, no minimum, a library may apply alone
        ObjectNode old = Events.partner("partner-snapshot-it-company", place, 1);
        events.send(Events.PARTNERS, old);
        rows.awaitPartners(old);
        OfferingInput robotics = offering(readModel.index().partner(Events.id(old)).orElseThrow(), "TECHNOLOGY.ROBOTICS");
        assertThat(robotics.period()).isNull();
        assertThat(robotics.minOrder()).isNull();
        assertThat(robotics.minJointLibraries()).isNull();
    }

    @Test
    void aYearlyNeedIsFullyCoveredByAYearlyGrantOnlyAndMinimumsExcludeASingleLibrary() {
        // 40,000 EUR a year, open-ended: covers the yearly program need whole
        ObjectNode yearly = Events.partner("partner-snapshot-foundation-recurring", place, 1);
        ObjectNode yearlyGrant = Events.offering(yearly, "FINANCIAL.OPERATING");
        yearlyGrant.put("type", "FINANCIAL.PROGRAM");
        yearlyGrant.put("amount", 40000);
        yearlyGrant.put("currency", "EUR");
        yearlyGrant.set("conditions", JSON.createArrayNode());
        // 50,000 EUR once: against 40,000 EUR a year only a part
        ObjectNode once = Events.partner("partner-snapshot-foundation", place, 1);
        Events.offering(once, "FINANCIAL.PROGRAM").set("conditions", JSON.createArrayNode());
        // 500 kits, but not fewer than 290: more than the 280 the library still needs
        ObjectNode minimum = Events.partner("partner-snapshot-it-company", place, 1);
        ObjectNode kits = Events.offering(minimum, "TECHNOLOGY.ROBOTICS");
        kits.put("quantity", 500);
        kits.set("min_order", JSON.createObjectNode().put("quantity", 290).put("unit", "kits"));
        // volunteers for a joint application of three libraries only
        ObjectNode joint = Events.partner("partner-snapshot-university-remote", place, 1);
        Events.offering(joint, "HUMAN.WORKSHOP_VOLUNTEERS").put("min_joint_libraries", 3);
        for (ObjectNode partner : List.of(yearly, once, minimum, joint)) {
            events.send(Events.PARTNERS, partner);
        }
        rows.awaitPartners(yearly, once, minimum, joint);

        ObjectNode assessment = Events.assessment(place);
        String programNeed = Events.needId(assessment, "FINANCIAL.PROGRAM");
        for (var need : assessment.get("payload").get("needs")) {
            if (programNeed.equals(need.get("need_id").asText())) {
                ((ObjectNode) need).put("period", "YEAR"); // 45,000 a year, 5,000 of it at hand
            }
        }
        String assessmentId = Events.id(assessment);
        events.send(Events.ASSESSMENTS, assessment);
        JsonPath ready = Api.awaitReady(assessmentId, 1, 1);

        Map<String, Object> whole = RecommendationFlowTest.coveredNeed(ready, Events.id(yearly), programNeed);
        assertThat(whole.get("partial")).isEqualTo(false);
        assertThat(((Number) whole.get("coverage")).doubleValue()).isEqualTo(1.0);
        assertThat(whole.get("flags")).asInstanceOf(LIST).doesNotContain("PARTIAL_COVER");
        Map<String, Object> part = RecommendationFlowTest.coveredNeed(ready, Events.id(once), programNeed);
        assertThat(part.get("partial")).isEqualTo(true);
        assertThat(((Number) part.get("coverage")).doubleValue()).isLessThan(1.0);
        assertThat(part.get("flags")).asInstanceOf(LIST).contains("PARTIAL_COVER");

        List<String> recommended = ready.getList("recommendations.partner_id");
        assertThat(recommended).doesNotContain(Events.id(minimum), Events.id(joint));
        List<Map<String, Object>> excluded = RecommendationFlowTest.allExcluded(assessment);
        assertThat(reasons(excluded, Events.id(minimum), Events.needId(assessment, "TECHNOLOGY.ROBOTICS")))
                .containsExactly("MIN_ORDER/BELOW_MIN_ORDER");
        assertThat(reasons(excluded, Events.id(joint), Events.needId(assessment, "HUMAN.WORKSHOP_VOLUNTEERS")))
                .containsExactly("JOINT_APPLICATION/JOINT_APPLICATION_REQUIRED");
    }

    private static OfferingInput offering(PartnerInput partner, String type) {
        return partner.offerings().stream().filter(offering -> offering.type().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " offering in " + partner));
    }

    /** "gate/code" of every reason the candidate of this partner for this need was excluded for. */
    @SuppressWarnings("unchecked")
    private static List<String> reasons(List<Map<String, Object>> excluded, String partnerId, String needId) {
        return excluded.stream()
                .filter(candidate -> partnerId.equals(candidate.get("partner_id")) && needId.equals(candidate.get("need_id")))
                .flatMap(candidate -> ((List<Map<String, Object>>) candidate.get("reasons")).stream())
                .map(reason -> reason.get("gate") + "/" + reason.get("code"))
                .toList();
    }
}
