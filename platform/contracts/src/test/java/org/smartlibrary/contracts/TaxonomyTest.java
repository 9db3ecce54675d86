package org.smartlibrary.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The taxonomy file is well-formed and consistent, and the event schemas use exactly its codes: every enum in an
 * event schema is tied to a taxonomy list with {@code "$comment": "taxonomy:<list>"} and must equal that list.
 */
class TaxonomyTest {

    /** Taxonomy lists of {code, label, description} items. */
    static final List<String> CODE_LISTS = List.of(
            "categories", "measures", "library_offers", "partner_types", "program_areas", "horizons",
            "offering_horizons", "offering_statuses", "verification_states", "offering_conditions",
            "feedback_outcomes", "match_criteria", "unmet_reasons", "money_periods", "match_flags", "exclusion_reasons");

    /** Code lists whose every item must explain itself: a non-blank description (clients show it as a tooltip). */
    static final List<String> DESCRIBED_LISTS = List.of("money_periods", "match_flags", "exclusion_reasons");

    /** Taxonomy entries the event schemas must use (feedback outcomes and measures are not in any event). */
    static final Set<String> USED_BY_EVENTS = Set.of(
            "categories", "resource_types", "library_offers", "partner_types", "program_areas", "horizons",
            "offering_horizons", "priorities", "offering_statuses", "verification_states", "offering_conditions",
            "match_criteria", "unmet_reasons", "currencies", "money_periods", "match_flags");

    static final String TAG = "taxonomy:";

    static JsonNode taxonomy;

    @BeforeAll
    static void load() {
        taxonomy = ContractFiles.readJson(ContractFiles.taxonomyFile());
    }

    @Test
    void taxonomyValidatesAgainstItsSchema() {
        List<Error> metaErrors = ContractFiles.validate(ContractFiles.metaSchema(), ContractFiles.taxonomySchemaFile());
        assertTrue(metaErrors.isEmpty(), "taxonomy.schema.json is not a valid schema:" + ContractFiles.describe(metaErrors));

        Schema schema = ContractFiles.loadSchema(ContractFiles.taxonomySchemaFile());
        List<Error> errors = ContractFiles.validate(schema, ContractFiles.taxonomyFile());
        assertTrue(errors.isEmpty(), "taxonomy does not match taxonomy.schema.json:" + ContractFiles.describe(errors));
    }

    @Test
    void taxonomySchemaRejectsMalformedEntries() {
        Schema schema = ContractFiles.loadSchema(ContractFiles.taxonomySchemaFile());

        ObjectNode lowercaseCode = taxonomy.deepCopy();
        ((ObjectNode) lowercaseCode.get("partner_types").get(0)).put("code", "local_government");
        assertFalse(ContractFiles.validate(schema, lowercaseCode).isEmpty());

        ObjectNode unknownMeasure = taxonomy.deepCopy();
        ((ObjectNode) unknownMeasure.get("resource_types").get(0)).put("measure", "HOURS");
        assertFalse(ContractFiles.validate(schema, unknownMeasure).isEmpty());

        ObjectNode missingList = taxonomy.deepCopy();
        missingList.remove("horizons");
        assertFalse(ContractFiles.validate(schema, missingList).isEmpty());
    }

    @Test
    void versionMatchesFileName() {
        assertEquals(1, taxonomy.path("version").asInt());
        assertTrue(ContractFiles.taxonomyFile().getFileName().toString()
                .equals("taxonomy-v" + taxonomy.path("version").asInt() + ".json"));
    }

    @Test
    void codesAreUniqueWithinEveryList() {
        for (String list : CODE_LISTS) {
            assertNoDuplicates(list, codes(list));
        }
        assertNoDuplicates("resource_types", codes("resource_types"));
        List<String> priorityCodes = new ArrayList<>();
        List<String> priorityValues = new ArrayList<>();
        taxonomy.at("/priorities/levels").forEach(level -> {
            priorityCodes.add(level.path("code").asText());
            priorityValues.add(level.path("value").asText());
        });
        assertNoDuplicates("priorities.levels.code", priorityCodes);
        assertNoDuplicates("priorities.levels.value", priorityValues);
        List<String> currencies = new ArrayList<>();
        taxonomy.at("/currencies/common").forEach(c -> currencies.add(c.path("code").asText()));
        assertNoDuplicates("currencies.common", currencies);
    }

    @Test
    void containsEveryCodeTheDesignNames() {
        assertTrue(codes("categories").containsAll(List.of("FINANCIAL", "TECHNOLOGY", "HUMAN")));
        assertTrue(codes("resource_types").containsAll(List.of(
                "FINANCIAL.EQUIPMENT", "FINANCIAL.SPACE", "FINANCIAL.STAFFING", "FINANCIAL.TRAINING",
                "FINANCIAL.OPERATING", "FINANCIAL.PROGRAM",
                "TECHNOLOGY.FABRICATION", "TECHNOLOGY.ROBOTICS", "TECHNOLOGY.AI_DATA", "TECHNOLOGY.DEVICES",
                "TECHNOLOGY.CONNECTIVITY", "TECHNOLOGY.SOFTWARE", "TECHNOLOGY.TRAINING_ADVANCED",
                "HUMAN.STAFF_SKILLS", "HUMAN.WORKSHOP_VOLUNTEERS", "HUMAN.DESIGN_EXPERTISE", "HUMAN.TECH_EXPERTISE",
                "HUMAN.MENTORING", "HUMAN.RESEARCH_EVALUATION")));
        assertTrue(codes("library_offers").containsAll(List.of("SPACE", "AUDIENCE_REACH", "EVENT_HOSTING",
                "BRANCH_NETWORK", "STAFF_TIME", "COMMUNITY_DATA", "CIVIC_CONVENING", "VISIBILITY")));
        assertTrue(codes("partner_types").containsAll(List.of("LOCAL_GOVERNMENT", "REGIONAL_GOVERNMENT",
                "IT_COMPANY", "PRIVATE_COMPANY", "ACADEMIC_INSTITUTION", "SCHOOL", "DESIGN_FIRM", "NONPROFIT",
                "FOUNDATION", "MAKERSPACE", "INDIVIDUAL")));
        assertTrue(codes("program_areas").containsAll(List.of("DIGITAL_SKILLS", "IT_JOB_SKILLS",
                "INNOVATION_MAKERSPACE", "STEM", "CONNECTIVITY_INCLUSION", "OPEN_DATA_CIVIC", "EARLY_LITERACY_TECH",
                "WORKFORCE_DEVELOPMENT")));
        assertEquals(List.of("SHORT_TERM", "LONG_TERM"), codes("horizons"));
        assertTrue(codes("offering_statuses").containsAll(List.of("ACTIVE", "PAUSED", "WITHDRAWN", "EXPIRED")));
        assertTrue(codes("verification_states").containsAll(List.of("UNVERIFIED", "PENDING", "VERIFIED", "REJECTED")));
        assertTrue(codes("feedback_outcomes").containsAll(List.of("CONTACTED", "ENGAGED", "DECLINED")));
        assertTrue(codes("offering_conditions").containsAll(List.of(
                "REGION_ONLY", "NONPROFIT_ONLY", "MATCHING_FUNDS_REQUIRED", "MIN_AUDIENCE")));
        assertEquals(List.of("ONE_TIME", "MONTH", "YEAR"), codes("money_periods"));
        assertEquals(List.of("STALE_LISTING", "UNVERIFIED", "STARTS_LATER", "ENDS_EARLY", "PARTIAL_COVER",
                "CONDITIONS_TO_REVIEW", "CONDITION_COST", "CAPACITY_NOT_STATED", "OVERSUBSCRIBED", "VIA_CONSORTIUM"),
                codes("match_flags"));
        assertEquals(List.of("PARTNER_REJECTED", "NOT_ACTIVE", "WINDOW_ENDED", "STARTS_TOO_LATE", "CATEGORY_MISMATCH",
                "MEASURE_MISMATCH", "NO_CAPACITY_LEFT", "OUTSIDE_SERVICE_AREA", "CONDITION_NOT_MET", "BELOW_MIN_ORDER",
                "JOINT_APPLICATION_REQUIRED"), codes("exclusion_reasons"));
    }

    @Test
    void flagsReasonsAndPeriodsAreDescribed() {
        for (String list : DESCRIBED_LISTS) {
            for (JsonNode item : taxonomy.path(list)) {
                String code = list + "." + item.path("code").asText();
                assertFalse(item.path("label").asText().isBlank(), code + " has no label");
                assertFalse(item.path("description").asText().isBlank(), code + " has no description");
            }
        }
        // the schema enforces it too
        Schema schema = ContractFiles.loadSchema(ContractFiles.taxonomySchemaFile());
        for (String list : DESCRIBED_LISTS) {
            ObjectNode withoutDescription = taxonomy.deepCopy();
            ((ObjectNode) withoutDescription.get(list).get(0)).remove("description");
            assertFalse(ContractFiles.validate(schema, withoutDescription).isEmpty(), list + ": description optional");
            ObjectNode blankDescription = taxonomy.deepCopy();
            ((ObjectNode) blankDescription.get(list).get(0)).put("description", " ");
            assertFalse(ContractFiles.validate(schema, blankDescription).isEmpty(), list + ": blank description");
        }
    }

    /** The one definition of a stale listing, which partner-service and matching-service both follow. */
    @Test
    void freshnessDefinesAStaleListing() {
        JsonNode freshness = taxonomy.path("freshness");
        assertTrue(freshness.path("stale_after_months").isInt(), "freshness.stale_after_months must be an integer");
        assertEquals(12, freshness.path("stale_after_months").asInt());
        String description = freshness.path("description").asText();
        assertTrue(description.contains("stale_after_months"), description);
        assertTrue(description.contains("never confirmed"), description);
        assertTrue(codes("match_flags").contains("STALE_LISTING"));

        Schema schema = ContractFiles.loadSchema(ContractFiles.taxonomySchemaFile());
        ObjectNode zeroMonths = taxonomy.deepCopy();
        ((ObjectNode) zeroMonths.get("freshness")).put("stale_after_months", 0);
        assertFalse(ContractFiles.validate(schema, zeroMonths).isEmpty());
        ObjectNode missing = taxonomy.deepCopy();
        missing.remove("freshness");
        assertFalse(ContractFiles.validate(schema, missing).isEmpty());
    }

    @Test
    void everyTypeIsPrefixedByItsCategory() {
        Set<String> categories = new HashSet<>(codes("categories"));
        Map<String, Integer> typesPerCategory = new HashMap<>();
        for (JsonNode type : taxonomy.path("resource_types")) {
            String code = type.path("code").asText();
            String category = type.path("category").asText();
            assertTrue(categories.contains(category), code + ": unknown category " + category);
            assertTrue(code.startsWith(category + "."), code + " is not under its category " + category);
            assertEquals(1, code.chars().filter(c -> c == '.').count(), code + " must be CATEGORY.TYPE");
            typesPerCategory.merge(category, 1, Integer::sum);
        }
        assertEquals(categories, typesPerCategory.keySet(), "every category needs at least one type");
    }

    @Test
    void measureFollowsTheCategory() {
        Set<String> measures = new HashSet<>(codes("measures"));
        Map<String, Set<String>> measuresPerCategory = new HashMap<>();
        for (JsonNode type : taxonomy.path("resource_types")) {
            String measure = type.path("measure").asText();
            assertTrue(measures.contains(measure), "unknown measure " + measure);
            measuresPerCategory.computeIfAbsent(type.path("category").asText(), k -> new TreeSet<>()).add(measure);
            if (type.has("default_unit")) {
                assertEquals("QUANTITY", measure, type.path("code").asText() + ": default_unit only for QUANTITY");
            }
        }
        measuresPerCategory.forEach((category, m) ->
                assertEquals(1, m.size(), "category " + category + " mixes measures " + m
                        + " (the event schemas derive the measure from the category)"));
        assertEquals(Set.of("MONEY"), measuresPerCategory.get("FINANCIAL"));
        assertEquals(Set.of("QUANTITY"), measuresPerCategory.get("TECHNOLOGY"));
        assertEquals(Set.of("QUANTITY"), measuresPerCategory.get("HUMAN"));
    }

    @Test
    void relatedCodesExistAndAreSymmetric() {
        Map<String, Set<String>> related = relatedTypes();
        related.forEach((code, others) -> {
            assertFalse(others.contains(code), code + " is related to itself");
            for (String other : others) {
                assertTrue(related.containsKey(other), code + " is related to unknown type " + other);
                assertTrue(related.get(other).contains(code),
                        "related is not symmetric: " + code + " -> " + other + " but not back");
            }
        });
        // partial matches the design names
        assertTrue(related.get("TECHNOLOGY.ROBOTICS").contains("TECHNOLOGY.SOFTWARE"));
        assertTrue(related.get("TECHNOLOGY.FABRICATION").contains("HUMAN.DESIGN_EXPERTISE"));
        assertTrue(related.get("TECHNOLOGY.TRAINING_ADVANCED").contains("HUMAN.TECH_EXPERTISE"));
        assertTrue(related.get("HUMAN.STAFF_SKILLS").contains("FINANCIAL.TRAINING"));
    }

    @Test
    void prioritiesAreOneToFiveWithFiveMostUrgent() {
        JsonNode priorities = taxonomy.path("priorities");
        assertEquals(1, priorities.path("min").asInt());
        assertEquals(5, priorities.path("max").asInt());
        List<Integer> values = new ArrayList<>();
        priorities.path("levels").forEach(level -> values.add(level.path("value").asInt()));
        assertEquals(List.of(1, 2, 3, 4, 5), values, "levels must list every value from min to max in order");
        assertEquals("CRITICAL", priorities.at("/levels/4/code").asText());
    }

    @Test
    void horizonsAndCurrenciesAreConsistent() {
        assertTrue(codes("offering_horizons").containsAll(codes("horizons")),
                "every need horizon must also be an offering horizon");
        Pattern pattern = Pattern.compile(taxonomy.at("/currencies/pattern").asText());
        List<String> common = new ArrayList<>();
        taxonomy.at("/currencies/common").forEach(c -> common.add(c.path("code").asText()));
        assertEquals(List.of("EUR", "USD", "GBP", "CAD", "AUD"), common);
        common.forEach(code -> assertTrue(pattern.matcher(code).matches(), code));
        assertFalse(pattern.matcher("eur").matches());
        assertFalse(pattern.matcher("EURO").matches());
    }

    /** Every node tagged "$comment": "taxonomy:<list>" in the event schemas equals the taxonomy list it names. */
    @TestFactory
    Stream<DynamicTest> schemaEnumsEqualTheTaxonomyLists() {
        return ContractFiles.eventSchemaFiles().stream().map(schemaFile -> DynamicTest.dynamicTest(
                ContractFiles.relative(schemaFile), () -> {
                    Map<String, JsonNode> annotated = new LinkedHashMap<>();
                    List<String> unannotatedEnums = new ArrayList<>();
                    JsonNode schema = ContractFiles.readJson(schemaFile);
                    collect(schema, "", annotated, unannotatedEnums);
                    // a schema that says it takes codes from the taxonomy must have tagged nodes; one without codes
                    // (library-directory) says nothing of the taxonomy
                    assertEquals(schema.path("$comment").asText().contains("taxonomy:"), !annotated.isEmpty(),
                            "taxonomy tags found: " + annotated.keySet());
                    assertTrue(unannotatedEnums.isEmpty(),
                            "enums without \"$comment\": \"taxonomy:<list>\" (codes must come from the taxonomy): "
                                    + unannotatedEnums);
                    annotated.forEach((path, node) -> assertMatchesTaxonomy(path, node));
                }));
    }

    @Test
    void eventSchemasUseEveryTaxonomyListMeantForEvents() {
        Set<String> used = new TreeSet<>();
        for (Path schemaFile : ContractFiles.eventSchemaFiles()) {
            Map<String, JsonNode> annotated = new LinkedHashMap<>();
            collect(ContractFiles.readJson(schemaFile), "", annotated, new ArrayList<>());
            annotated.values().forEach(node -> used.add(taxonomyList(node)));
        }
        assertEquals(new TreeSet<>(USED_BY_EVENTS), used);
    }

    /**
     * Behaviour, not only text: the assessment schema accepts a need of every taxonomy type under its own category
     * (with the capacity fields its measure asks for) and rejects it under any other category.
     */
    @TestFactory
    Stream<DynamicTest> assessmentSchemaAcceptsEveryTypeOnlyUnderItsCategory() {
        Path schemaFile = ContractFiles.root().resolve("events/assessment-completed/v1/schema.json");
        Schema schema = ContractFiles.loadSchema(schemaFile);
        JsonNode base = ContractFiles.readJson(
                ContractFiles.jsonFilesIn(schemaFile.resolveSibling("examples")).get(0));
        return taxonomyTypes().map(type -> DynamicTest.dynamicTest(type.path("code").asText(), () -> {
            for (String category : codes("categories")) {
                ObjectNode event = base.deepCopy();
                ObjectNode need = (ObjectNode) event.at("/payload/needs/0");
                fillCapacity(need, type);
                need.put("type", type.path("code").asText());
                need.put("category", category);
                ArrayNode needs = ((ObjectNode) event.get("payload")).putArray("needs");
                needs.add(need);
                List<Error> errors = ContractFiles.validate(schema, event);
                if (category.equals(type.path("category").asText())) {
                    assertTrue(errors.isEmpty(), "need rejected:" + ContractFiles.describe(errors));
                } else {
                    assertFalse(errors.isEmpty(), type.path("code").asText() + " accepted under " + category);
                }
            }
        }));
    }

    /** The same for partner offerings. */
    @TestFactory
    Stream<DynamicTest> partnerSchemaAcceptsEveryTypeOnlyUnderItsCategory() {
        Path schemaFile = ContractFiles.root().resolve("events/partner-directory/v1/schema.json");
        Schema schema = ContractFiles.loadSchema(schemaFile);
        JsonNode base = ContractFiles.jsonFilesIn(schemaFile.resolveSibling("examples")).stream()
                .map(ContractFiles::readJson)
                .filter(e -> e.path("event_type").asText().equals("partner-snapshot"))
                .findFirst().orElseThrow();
        return taxonomyTypes().map(type -> DynamicTest.dynamicTest(type.path("code").asText(), () -> {
            for (String category : codes("categories")) {
                ObjectNode event = base.deepCopy();
                ObjectNode offering = (ObjectNode) event.at("/payload/offerings/0");
                fillCapacity(offering, type);
                offering.put("type", type.path("code").asText());
                offering.put("category", category);
                ((ObjectNode) event.get("payload")).putArray("offerings").add(offering);
                List<Error> errors = ContractFiles.validate(schema, event);
                if (category.equals(type.path("category").asText())) {
                    assertTrue(errors.isEmpty(), "offering rejected:" + ContractFiles.describe(errors));
                } else {
                    assertFalse(errors.isEmpty(), type.path("code").asText() + " accepted under " + category);
                }
            }
        }));
    }

    @Test
    void needsMustUseTheMeasureOfTheirCategory() {
        Path schemaFile = ContractFiles.root().resolve("events/assessment-completed/v1/schema.json");
        Schema schema = ContractFiles.loadSchema(schemaFile);
        JsonNode base = ContractFiles.readJson(ContractFiles.jsonFilesIn(schemaFile.resolveSibling("examples")).get(0));
        for (JsonNode type : (Iterable<JsonNode>) taxonomyTypes()::iterator) {
            ObjectNode event = base.deepCopy();
            ObjectNode need = (ObjectNode) event.at("/payload/needs/0");
            need.put("category", type.path("category").asText());
            need.put("type", type.path("code").asText());
            // the capacity fields of the other measure
            JsonNode other = type.deepCopy();
            ((ObjectNode) other).put("measure", "MONEY".equals(type.path("measure").asText()) ? "QUANTITY" : "MONEY");
            fillCapacity(need, other);
            ((ObjectNode) event.get("payload")).putArray("needs").add(need);
            assertFalse(ContractFiles.validate(schema, event).isEmpty(),
                    type.path("code").asText() + " accepted with the capacity of measure " + other.path("measure"));
        }
    }

    /** A period is money's: accepted on every money type (each period code), rejected on every quantity type. */
    @TestFactory
    Stream<DynamicTest> periodIsAllowedOnlyOnMoney() {
        Path needSchemaFile = ContractFiles.root().resolve("events/assessment-completed/v1/schema.json");
        Schema needSchema = ContractFiles.loadSchema(needSchemaFile);
        JsonNode assessment = ContractFiles.readJson(
                ContractFiles.jsonFilesIn(needSchemaFile.resolveSibling("examples")).get(0));
        Schema offeringSchema = ContractFiles.loadSchema(
                ContractFiles.root().resolve("events/partner-directory/v1/schema.json"));
        JsonNode snapshot = snapshotExample();
        return taxonomyTypes().map(type -> DynamicTest.dynamicTest(type.path("code").asText(), () -> {
            boolean money = "MONEY".equals(type.path("measure").asText());
            for (String period : codes("money_periods")) {
                ObjectNode event = assessment.deepCopy();
                ObjectNode need = (ObjectNode) event.at("/payload/needs/0");
                need.put("category", type.path("category").asText());
                need.put("type", type.path("code").asText());
                fillCapacity(need, type);
                need.put("period", period);
                ((ObjectNode) event.get("payload")).putArray("needs").add(need);
                List<Error> needErrors = ContractFiles.validate(needSchema, event);

                ObjectNode partner = snapshot.deepCopy();
                ObjectNode offering = (ObjectNode) partner.at("/payload/offerings/0");
                offering.put("category", type.path("category").asText());
                offering.put("type", type.path("code").asText());
                fillCapacity(offering, type);
                offering.put("period", period);
                ((ObjectNode) partner.get("payload")).putArray("offerings").add(offering);
                List<Error> offeringErrors = ContractFiles.validate(offeringSchema, partner);

                if (money) {
                    assertTrue(needErrors.isEmpty(), "need with period " + period + ":" + ContractFiles.describe(needErrors));
                    assertTrue(offeringErrors.isEmpty(),
                            "offering with period " + period + ":" + ContractFiles.describe(offeringErrors));
                } else {
                    assertErrorsAt("/payload/needs/0/period", needErrors, "need with period " + period);
                    assertErrorsAt("/payload/offerings/0/period", offeringErrors, "offering with period " + period);
                }
            }
        }));
    }

    /** min_order is written in the offering's measure; min_joint_libraries is null or an integer >= 2. */
    @TestFactory
    Stream<DynamicTest> offeringEligibilityFollowsTheMeasure() {
        Schema schema = ContractFiles.loadSchema(ContractFiles.root().resolve("events/partner-directory/v1/schema.json"));
        JsonNode snapshot = snapshotExample();
        return taxonomyTypes().map(type -> DynamicTest.dynamicTest(type.path("code").asText(), () -> {
            Function<Consumer<ObjectNode>, List<Error>> validate = edit -> {
                ObjectNode partner = snapshot.deepCopy();
                ObjectNode offering = (ObjectNode) partner.at("/payload/offerings/0");
                offering.put("category", type.path("category").asText());
                offering.put("type", type.path("code").asText());
                fillCapacity(offering, type);
                edit.accept(offering);
                ((ObjectNode) partner.get("payload")).putArray("offerings").add(offering);
                return ContractFiles.validate(schema, partner);
            };
            String at = "/payload/offerings/0/";

            List<Error> own = validate.apply(o -> {
                o.set("min_order", minOrder(type));
                o.put("min_joint_libraries", 2);
            });
            assertTrue(own.isEmpty(), "min_order in the offering's measure:" + ContractFiles.describe(own));
            List<Error> none = validate.apply(o -> {
                o.putNull("min_order");
                o.putNull("min_joint_libraries");
            });
            assertTrue(none.isEmpty(), "null min_order / min_joint_libraries:" + ContractFiles.describe(none));

            assertErrorsAt(at + "min_order", validate.apply(o -> o.set("min_order", minOrder(withOtherMeasure(type)))),
                    "min_order in the other measure");
            assertErrorsAt(at + "min_order", validate.apply(o -> {
                ObjectNode both = minOrder(type);
                both.setAll(minOrder(withOtherMeasure(type)));
                o.set("min_order", both);
            }), "min_order with both a quantity and an amount");
            assertErrorsAt(at + "min_order", validate.apply(o -> o.set("min_order", ContractFiles.JSON.createObjectNode())),
                    "empty min_order");
            assertErrorsAt(at + "min_order", validate.apply(o -> {
                ObjectNode zero = minOrder(type);
                zero.put(zero.has("amount") ? "amount" : "quantity", 0);
                o.set("min_order", zero);
            }), "min_order of 0");
            for (int libraries : new int[] {1, 0, -3}) {
                assertErrorsAt(at + "min_joint_libraries", validate.apply(o -> o.put("min_joint_libraries", libraries)),
                        "min_joint_libraries " + libraries);
            }
            assertErrorsAt(at + "min_joint_libraries", validate.apply(o -> o.put("min_joint_libraries", 2.5)),
                    "min_joint_libraries 2.5");
        }));
    }

    // ------------------------------------------------------------------ helpers

    static List<String> codes(String list) {
        List<String> codes = new ArrayList<>();
        taxonomy.path(list).forEach(item -> codes.add(item.path("code").asText()));
        assertFalse(codes.isEmpty(), "taxonomy list " + list + " is missing or empty");
        return codes;
    }

    private static Stream<JsonNode> taxonomyTypes() {
        List<JsonNode> types = new ArrayList<>();
        taxonomy.path("resource_types").forEach(types::add);
        return types.stream();
    }

    private static Map<String, Set<String>> relatedTypes() {
        Map<String, Set<String>> related = new LinkedHashMap<>();
        for (JsonNode type : taxonomy.path("resource_types")) {
            Set<String> others = new TreeSet<>();
            type.path("related").forEach(r -> others.add(r.asText()));
            assertEquals(type.path("related").size(), others.size(), "duplicate related codes");
            related.put(type.path("code").asText(), others);
        }
        return related;
    }

    /** The capacity fields of the type's measure (money with a period), the other measure's fields null. */
    private static void fillCapacity(ObjectNode item, JsonNode type) {
        if ("MONEY".equals(type.path("measure").asText())) {
            item.put("amount", 25000);
            item.put("currency", "EUR");
            item.put("period", "YEAR");
            item.putNull("quantity");
            item.putNull("unit");
        } else {
            item.put("quantity", 10);
            item.put("unit", type.path("default_unit").asText("units"));
            item.putNull("period");
            item.putNull("amount");
            item.putNull("currency");
        }
    }

    /** An offering's min_order in the measure of {@code type} (positive, below the capacity fillCapacity states). */
    private static ObjectNode minOrder(JsonNode type) {
        ObjectNode minOrder = ContractFiles.JSON.createObjectNode();
        if ("MONEY".equals(type.path("measure").asText())) {
            minOrder.put("amount", 5000);
            minOrder.put("currency", "EUR");
        } else {
            minOrder.put("quantity", 2);
            minOrder.put("unit", type.path("default_unit").asText("units"));
        }
        return minOrder;
    }

    private static JsonNode withOtherMeasure(JsonNode type) {
        ObjectNode other = type.deepCopy();
        other.put("measure", "MONEY".equals(type.path("measure").asText()) ? "QUANTITY" : "MONEY");
        return other;
    }

    private static ObjectNode snapshotExample() {
        Path schemaFile = ContractFiles.root().resolve("events/partner-directory/v1/schema.json");
        return (ObjectNode) ContractFiles.jsonFilesIn(schemaFile.resolveSibling("examples")).stream()
                .map(ContractFiles::readJson)
                .filter(e -> e.path("event_type").asText().equals("partner-snapshot"))
                .findFirst().orElseThrow();
    }

    /** Every error lies at {@code pointer} or below it. */
    private static void assertErrorsAt(String pointer, List<Error> errors, String what) {
        assertFalse(errors.isEmpty(), what + " accepted");
        for (Error error : errors) {
            String location = error.getInstanceLocation().toString();
            assertTrue(location.equals(pointer) || location.startsWith(pointer + "/"),
                    what + " rejected for another reason:" + ContractFiles.describe(errors));
        }
    }

    private static String taxonomyList(JsonNode node) {
        return node.path("$comment").asText().substring(TAG.length()).trim();
    }

    private static void assertNoDuplicates(String list, List<String> values) {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = values.stream().filter(v -> !seen.add(v)).collect(Collectors.toList());
        assertTrue(duplicates.isEmpty(), list + " has duplicate codes " + duplicates);
    }

    /** Finds nodes tagged with a taxonomy list, and enums that are neither tagged nor the envelope event_type. */
    private static void collect(JsonNode node, String path, Map<String, JsonNode> annotated, List<String> unannotated) {
        if (node.isObject()) {
            if (node.path("$comment").asText().startsWith(TAG)) {
                annotated.put(path, node);
            } else if (node.has("enum") && !path.equals("/properties/event_type")) {
                unannotated.add(path);
            }
            node.properties().forEach(field ->
                    collect(field.getValue(), path + "/" + field.getKey(), annotated, unannotated));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "/" + i, annotated, unannotated);
            }
        }
    }

    private static void assertMatchesTaxonomy(String path, JsonNode node) {
        String list = taxonomyList(node);
        switch (list) {
            case "priorities":
                assertEquals("integer", node.path("type").asText(), path);
                assertEquals(taxonomy.at("/priorities/min").asInt(), node.path("minimum").asInt(), path);
                assertEquals(taxonomy.at("/priorities/max").asInt(), node.path("maximum").asInt(), path);
                break;
            case "currencies":
                assertEquals(taxonomy.at("/currencies/pattern").asText(), node.path("pattern").asText(), path);
                break;
            default:
                assertTrue(node.has("enum"), path + ": tagged " + list + " without enum");
                List<String> enumValues = new ArrayList<>();
                node.path("enum").forEach(v -> enumValues.add(v.asText()));
                assertNoDuplicates(path, enumValues);
                assertEquals(new TreeSet<>(codes(list)), new TreeSet<>(enumValues),
                        path + " enum differs from taxonomy " + list);
                assertNotEquals(0, enumValues.size());
        }
    }
}
