package org.smartlibrary.matching;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.smartlibrary.kit.kafka.KafkaClients;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Test events built from the contract examples, with fresh ids and a region of their own (so partners of one test
 * never serve another test's library), sent to the real broker.
 */
public final class Events {

    public static final String ASSESSMENTS = "assessment-completed";
    public static final String PARTNERS = "partner-directory";
    public static final String DEAD_LETTER = "matching-dead-letter";
    public static final String RECOMMENDATIONS = "recommendations-ready";

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXAMPLES = "/contracts/events/%s/v1/examples/%s.json";

    private final KafkaProducer<byte[], byte[]> producer;

    public Events(KafkaClients clients) {
        producer = clients.newProducer(new ByteArraySerializer(), new ByteArraySerializer(), Map.of());
    }

    /** A unique region and city for one test's library and partners. */
    public record Place(String region, String city) {
        public static Place unique() {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            return new Place("Region " + suffix, "City " + suffix);
        }
    }

    /**
     * The coding-club assessment (5 needs: robotics, program grant, volunteers, staff skills, design), revision 1, of
     * a library in no consortium.
     */
    public static ObjectNode assessment(Place place) {
        ObjectNode event = example(ASSESSMENTS, "city-library-coding-club");
        UUID id = UUID.randomUUID();
        event.put("event_id", UUID.randomUUID().toString());
        event.put("aggregate_id", id.toString());
        ObjectNode payload = (ObjectNode) event.get("payload");
        payload.put("assessment_id", id.toString());
        ObjectNode library = (ObjectNode) payload.get("library");
        library.put("library_id", UUID.randomUUID().toString());
        // in no consortium: one test's library never joins another test's pool (consortium tests name their own)
        library.putNull("consortium");
        library.put("region", place.region());
        library.put("city", place.city());
        return event;
    }

    /** The same assessment completed again as another revision (new event id). */
    public static ObjectNode revision(ObjectNode assessment, int revision) {
        ObjectNode event = assessment.deepCopy();
        event.put("event_id", UUID.randomUUID().toString());
        ((ObjectNode) event.get("payload")).put("revision", revision);
        return event;
    }

    /** A partner snapshot from an example, serving only this place, every offering open-ended. */
    public static ObjectNode partner(String example, Place place, long version) {
        ObjectNode event = example(PARTNERS, example);
        UUID id = UUID.randomUUID();
        event.put("aggregate_id", id.toString());
        ObjectNode payload = (ObjectNode) event.get("payload");
        payload.put("partner_id", id.toString());
        payload.put("name", payload.get("name").asText() + " " + place.city());
        ObjectNode area = (ObjectNode) payload.get("service_area");
        area.put("remote", false);
        area.put("national", false);
        area.set("regions", JSON.createArrayNode().add(place.region()));
        area.set("cities", JSON.createArrayNode().add(place.city()));
        for (JsonNode offering : payload.get("offerings")) {
            ObjectNode editable = (ObjectNode) offering;
            editable.put("offering_id", UUID.randomUUID().toString());
            if (!"EXPIRED".equals(offering.path("status").asText())) {
                editable.putNull("available_from");
                editable.putNull("available_until");
            }
            for (JsonNode condition : offering.path("conditions")) {
                if ("REGION_ONLY".equals(condition.path("code").asText())) {
                    ((ObjectNode) condition).set("value", JSON.createArrayNode().add(place.region()));
                }
            }
        }
        return withVersion(event, version);
    }

    /** The next snapshot of the same partner (new event id and version). */
    public static ObjectNode withVersion(ObjectNode snapshot, long version) {
        ObjectNode event = snapshot.deepCopy();
        event.put("event_id", UUID.randomUUID().toString());
        ((ObjectNode) event.get("payload")).put("version", version);
        return event;
    }

    public static ObjectNode removal(ObjectNode snapshot, long version) {
        ObjectNode event = example(PARTNERS, "partner-removed");
        String partnerId = snapshot.get("aggregate_id").asText();
        event.put("event_id", UUID.randomUUID().toString());
        event.put("aggregate_id", partnerId);
        ObjectNode payload = (ObjectNode) event.get("payload");
        payload.put("partner_id", partnerId);
        payload.put("version", version);
        return event;
    }

    public static ArrayNode offerings(ObjectNode event) {
        return (ArrayNode) event.get("payload").get("offerings");
    }

    public static ObjectNode offering(ObjectNode event, String type) {
        for (JsonNode offering : offerings(event)) {
            if (type.equals(offering.get("type").asText())) {
                return (ObjectNode) offering;
            }
        }
        throw new IllegalArgumentException("no offering of type " + type);
    }

    public static String id(ObjectNode event) {
        return event.get("aggregate_id").asText();
    }

    /** The library an assessment-completed event belongs to: the owner of the assessment in matching. */
    public static UUID libraryId(ObjectNode assessment) {
        return UUID.fromString(assessment.get("payload").get("library").get("library_id").asText());
    }

    public static String needId(ObjectNode assessment, String type) {
        for (JsonNode need : assessment.get("payload").get("needs")) {
            if (type.equals(need.get("type").asText())) {
                return need.get("need_id").asText();
            }
        }
        throw new IllegalArgumentException("no need of type " + type);
    }

    /** Sends an event with its key and event_id / event_type headers, and waits for the acknowledgement. */
    public void send(String topic, ObjectNode event) {
        send(topic, id(event), event.toString().getBytes(StandardCharsets.UTF_8), event.get("event_id").asText(),
                event.get("event_type").asText());
    }

    public void send(String topic, String key, byte[] value, String eventId, String eventType) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, key == null ? null : key.getBytes(StandardCharsets.UTF_8), value);
        if (eventId != null) {
            record.headers().add(new RecordHeader("event_id", eventId.getBytes(StandardCharsets.UTF_8)));
        }
        if (eventType != null) {
            record.headers().add(new RecordHeader("event_type", eventType.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("send to " + topic + " failed", e);
        }
    }

    public void close() {
        producer.close();
    }

    public static ObjectNode example(String topic, String name) {
        String resource = EXAMPLES.formatted(topic, name);
        try (InputStream in = Events.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " not found");
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
