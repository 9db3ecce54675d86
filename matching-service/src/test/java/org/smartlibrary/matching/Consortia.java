package org.smartlibrary.matching;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.smartlibrary.matching.Events.Place;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** Consortium members' assessments and the consortium recommendations API, for the consortium tests. */
public final class Consortia {

    public static final String RECOMMENDATIONS = "/api/v1/consortia/{consortium}/recommendations";
    public static final String LICENSES = "TECHNOLOGY.SOFTWARE";

    private Consortia() {
    }

    /** A consortium name no other test uses. */
    public static String uniqueName() {
        return "Consortium " + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A small library of the consortium at this place whose only need is {@code seats} learning-software licences
     * (none at hand), short-term, priority 4; revision 1.
     */
    public static ObjectNode member(Place place, String consortium, int seats) {
        ObjectNode assessment = Events.assessment(place);
        ObjectNode payload = (ObjectNode) assessment.get("payload");
        ((ObjectNode) payload.get("library")).put("consortium", consortium);
        ((ObjectNode) payload.get("library")).put("name", "Library " + UUID.randomUUID().toString().substring(0, 6));
        ArrayNode needs = payload.putArray("needs");
        ObjectNode need = needs.addObject();
        need.put("need_id", UUID.randomUUID().toString());
        need.put("category", "TECHNOLOGY");
        need.put("type", LICENSES);
        need.put("description", "Learning-software licences for the homework club.");
        need.put("quantity", seats);
        need.put("unit", "licenses");
        need.putNull("amount");
        need.putNull("currency");
        need.put("horizon", "SHORT_TERM");
        need.put("priority", 4);
        need.put("current_capacity", 0);
        need.putNull("goal_id");
        return assessment;
    }

    /** The member's next revision (new event id), needing {@code seats} licences and naming {@code consortium}. */
    public static ObjectNode revision(ObjectNode member, int revision, String consortium, int seats) {
        ObjectNode next = Events.revision(member, revision);
        ObjectNode payload = (ObjectNode) next.get("payload");
        ((ObjectNode) payload.get("library")).put("consortium", consortium);
        ((ObjectNode) payload.get("needs").get(0)).put("quantity", seats);
        return next;
    }

    /**
     * A software company at this place offering 500 licences, but never fewer than {@code minOrder} at once: no
     * small library reaches that alone.
     */
    public static ObjectNode licenceSeller(Place place, int minOrder) {
        ObjectNode partner = Events.partner("partner-snapshot-it-company", place, 1);
        ArrayNode offerings = Events.offerings(partner);
        ObjectNode software = Events.offering(partner, LICENSES).deepCopy();
        offerings.removeAll();
        software.set("min_order", Events.JSON.createObjectNode().put("quantity", minOrder).put("unit", "licenses"));
        offerings.add(software);
        return partner;
    }

    /** The consortium recommendations as platform administrator, or null while the API answers 404. */
    public static JsonPath recommendations(String consortium) {
        Response response = Api.asPlatformAdmin().get(RECOMMENDATIONS, consortium);
        if (response.statusCode() == 404) {
            return null;
        }
        response.then().statusCode(200);
        return response.jsonPath();
    }

    /** Waits until the consortium's current set satisfies the condition and no re-match is queued. */
    public static JsonPath awaitSettled(String consortium, Predicate<JsonPath> condition) {
        return await().atMost(Api.TIMEOUT).pollInterval(Duration.ofMillis(100))
                .until(() -> recommendations(consortium), json -> json != null && !json.getBoolean("refresh_pending")
                        && condition.test(json));
    }

    /** Waits until the consortium's current set pools this many members and no re-match is queued. */
    public static JsonPath awaitMembers(String consortium, int members) {
        return awaitSettled(consortium, json -> json.getList("members").size() == members);
    }
}
