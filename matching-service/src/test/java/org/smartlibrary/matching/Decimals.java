package org.smartlibrary.matching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Finds the numbers of a JSON document written with more decimals than allowed. */
public final class Decimals {

    private static final ObjectMapper EXACT = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Decimals() {
    }

    /** "path = value" of every number with more than {@code decimals} decimals, as written. */
    public static List<String> over(int decimals, String json) {
        try {
            List<String> found = new ArrayList<>();
            walk(EXACT.readTree(json), "$", decimals, found);
            return found;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }

    /** How many numbers the document holds that have decimals at all (so a check of none is not vacuous). */
    public static long fractional(String json) {
        try {
            List<String> all = new ArrayList<>();
            walk(EXACT.readTree(json), "$", 0, all);
            return all.size();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }

    private static void walk(JsonNode node, String path, int decimals, List<String> found) {
        if (node.isNumber()) {
            if (node.decimalValue().stripTrailingZeros().scale() > decimals) {
                found.add(path + " = " + node.asText());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", decimals, found);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                walk(field.getValue(), path + "." + field.getKey(), decimals, found);
            }
        }
    }
}
