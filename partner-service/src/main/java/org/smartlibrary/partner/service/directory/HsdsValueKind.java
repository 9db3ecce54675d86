package org.smartlibrary.partner.service.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.smartlibrary.contracts.taxonomy.CodeList;
import org.smartlibrary.contracts.taxonomy.Taxonomy;
import org.smartlibrary.partner.api.ConditionDto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * How the value of one of our HSDS attributes is written (HSDS {@code attribute.value} is a string) and read back:
 * {@link #read} turns the text into the record's Java value or throws {@link IllegalArgumentException} with a message
 * saying what was expected; {@link #write} is its inverse.
 */
enum HsdsValueKind {
    TEXT, UUID, BOOLEAN, DATE, DECIMAL, WHOLE_NUMBER, CURRENCY, CONDITION,
    PARTNER_TYPE(CodeList.PARTNER_TYPES, "a partner type"),
    LIBRARY_OFFER(CodeList.LIBRARY_OFFERS, "a library offer"),
    VERIFICATION_STATE(CodeList.VERIFICATION_STATES, "a verification state"),
    CATEGORY(CodeList.CATEGORIES, "a category"),
    RESOURCE_TYPE,
    OFFERING_HORIZON(CodeList.OFFERING_HORIZONS, "an offering horizon"),
    MONEY_PERIOD(CodeList.MONEY_PERIODS, "a money period");

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Set<String> CONDITION_MEMBERS = Set.of("code", "description", "value");

    private final CodeList codeList;
    private final String codeName;

    HsdsValueKind() {
        this(null, null);
    }

    HsdsValueKind(CodeList codeList, String codeName) {
        this.codeList = codeList;
        this.codeName = codeName;
    }

    /** The record's value of a non-blank attribute text. */
    Object read(String text, Taxonomy taxonomy, ObjectMapper json) {
        if (codeList != null) {
            if (!taxonomy.contains(codeList, text)) {
                throw new IllegalArgumentException("'" + text + "' is not " + codeName + "; one of "
                        + taxonomy.codes(codeList));
            }
            return text;
        }
        return switch (this) {
            case TEXT -> text;
            case UUID -> {
                if (!CANONICAL_UUID.matcher(text).matches()) {
                    throw new IllegalArgumentException("'" + text + "' is not a UUID");
                }
                yield java.util.UUID.fromString(text);
            }
            case BOOLEAN -> switch (text) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("'" + text + "' is not true or false");
            };
            case DATE -> {
                try {
                    yield LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("'" + text + "' is not a date written YYYY-MM-DD");
                }
            }
            case DECIMAL -> {
                try {
                    yield new BigDecimal(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + text + "' is not a decimal number such as 1500 or 12.5");
                }
            }
            case WHOLE_NUMBER -> {
                try {
                    yield Integer.valueOf(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + text + "' is not a whole number");
                }
            }
            case CURRENCY -> {
                if (!taxonomy.isCurrency(text)) {
                    throw new IllegalArgumentException("'" + text + "' is not an ISO 4217 currency code such as EUR");
                }
                yield text;
            }
            case RESOURCE_TYPE -> {
                if (taxonomy.resourceType(text).isEmpty()) {
                    throw new IllegalArgumentException("'" + text + "' is not a resource type; one of "
                            + taxonomy.resourceTypes().keySet());
                }
                yield text;
            }
            case CONDITION -> condition(text, taxonomy, json);
            default -> throw new IllegalStateException("no reading for " + this);
        };
    }

    /** The attribute text of a record's value. */
    String write(Object value, ObjectMapper json) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof ConditionDto condition) {
            return conditionJson(condition, json);
        }
        return value.toString();
    }

    private static ConditionDto condition(String text, Taxonomy taxonomy, ObjectMapper json) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("is not a JSON object {\"code\": ..., \"description\": ..., "
                    + "\"value\": ...}");
        }
        List<String> unknown = new ArrayList<>();
        node.properties().forEach(member -> {
            if (!CONDITION_MEMBERS.contains(member.getKey())) {
                unknown.add(member.getKey());
            }
        });
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("has members " + unknown + " a condition does not have; it has code, "
                    + "description and value");
        }
        JsonNode code = node.path("code");
        if (!code.isTextual() || !taxonomy.isOfferingCondition(code.asText())) {
            throw new IllegalArgumentException("has code " + code + ", which is not an offering condition; one of "
                    + taxonomy.offeringConditions());
        }
        JsonNode description = node.path("description");
        if (!description.isMissingNode() && !description.isNull() && !description.isTextual()) {
            throw new IllegalArgumentException("has a description that is not a JSON string");
        }
        return new ConditionDto(code.asText(), description.isTextual() ? description.asText() : null,
                node.has("value") ? node.get("value") : null);
    }

    private static String conditionJson(ConditionDto condition, ObjectMapper json) {
        ObjectNode node = json.createObjectNode();
        node.put("code", condition.code());
        if (condition.description() != null) {
            node.put("description", condition.description());
        }
        if (condition.value() != null) {
            node.set("value", condition.value());
        }
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a condition as JSON", e);
        }
    }
}
