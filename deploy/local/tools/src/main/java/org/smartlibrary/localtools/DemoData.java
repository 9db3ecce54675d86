package org.smartlibrary.localtools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The demo data in deploy/local/demo/data/, as the loader reads it. Request bodies stay JSON objects (sent as they
 * are, minus the loader's own fields); numbers keep their exact decimal form.
 *
 * <pre>
 *   partners.json   [{ "ref", "partner": &lt;POST /api/v1/partners body&gt;,
 *                      "offerings": [&lt;POST /api/v1/partners/{id}/offerings body&gt;, ...] }, ...]
 *   libraries.json  [{ "ref", "library": &lt;POST /api/v1/libraries body&gt;,
 *                      "assessments": [{ "title",
 *                                        "goals":  [{ "ref", &lt;POST .../goals body&gt; }],
 *                                        "needs":  [{ &lt;POST .../needs body&gt;, "goal_ref": &lt;a goal's ref&gt; }],
 *                                        "offers": [&lt;POST .../offers body&gt;],
 *                                        "complete": true }] }, ...]
 * </pre>
 */
public record DemoData(List<Partner> partners, List<Library> libraries) {

    /** Keeps key order and exact decimals (1500.00 stays 1500.00), as the services' examples are written. */
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    public record Partner(String ref, ObjectNode partner, List<ObjectNode> offerings) {
        public Partner {
            offerings = offerings == null ? List.of() : offerings;
        }
    }

    public record Library(String ref, ObjectNode library, List<Assessment> assessments) {
        public Library {
            assessments = assessments == null ? List.of() : assessments;
        }
    }

    /** {@code complete} absent means true: the assessment is completed after its goals, needs and offers. */
    public record Assessment(String title, List<ObjectNode> goals, List<ObjectNode> needs, List<ObjectNode> offers,
                             Boolean complete) {
        public Assessment {
            goals = goals == null ? List.of() : goals;
            needs = needs == null ? List.of() : needs;
            offers = offers == null ? List.of() : offers;
        }

        public boolean completes() {
            return !Boolean.FALSE.equals(complete);
        }
    }

    /** Reads partners.json and libraries.json from {@code dir}; unknown fields outside the request bodies fail. */
    public static DemoData read(Path dir) throws IOException {
        List<Partner> partners = JSON.readValue(dir.resolve("partners.json").toFile(), new TypeReference<>() { });
        List<Library> libraries = JSON.readValue(dir.resolve("libraries.json").toFile(), new TypeReference<>() { });
        return new DemoData(partners, libraries);
    }

    static String write(JsonNode body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The parsed body, or null when it is empty or not JSON. */
    static JsonNode parseOrNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** Indented for error messages, each line starting with two spaces. */
    static String pretty(String text) {
        if (text == null || text.isBlank()) {
            return "  (empty body)";
        }
        JsonNode parsed = parseOrNull(text);
        if (parsed == null) {
            return "  " + text;
        }
        try {
            return "  " + JSON.writerWithDefaultPrettyPrinter().writeValueAsString(parsed).replace("\n", "\n  ");
        } catch (JsonProcessingException e) {
            return "  " + text;
        }
    }
}
