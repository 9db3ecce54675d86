package org.smartlibrary.matching.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.smartlibrary.matching.engine.AssessmentInput;
import org.smartlibrary.matching.engine.ExclusionCode;
import org.smartlibrary.matching.engine.Flag;
import org.smartlibrary.matching.engine.LibraryInput;
import org.smartlibrary.matching.engine.NeedInput;
import org.smartlibrary.matching.engine.OfferingCondition;
import org.smartlibrary.matching.engine.OfferingInput;
import org.smartlibrary.matching.engine.PartnerInput;
import org.smartlibrary.matching.engine.ServiceArea;
import org.smartlibrary.matching.engine.TypeRelations;
import org.smartlibrary.matching.engine.UnmetNeed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * One matching scenario of platform/test-kit's {@code scenarios/} folder (format: the README.md there), read into
 * the engine's inputs and the expectations. Reading is strict: an unknown field, a key that is not declared or a code
 * the engine does not know is an error naming the file, so a typo cannot silently turn an expectation off.
 */
final class Scenario {

    static final String FOLDER = "scenarios";
    private static final String TAXONOMY = "contracts/taxonomy/taxonomy-v1.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one need's cover, exclusions, ideas and unmet status must be; null lists and maps are not checked. */
    record NeedExpectation(String needKey, String top, List<String> coveredBy, List<String> notCoveredBy,
                           List<String> full, List<String> partial, Map<String, List<Flag>> flags,
                           Map<String, List<Flag>> noFlags, Map<String, List<ExclusionCode>> excluded,
                           List<String> alternatives, boolean unmetChecked, UnmetNeed.Reason unmet) {
    }

    record Expectations(List<NeedExpectation> needs, List<List<String>> rankingBefore, List<String> notRecommended) {
    }

    private final String file;
    private final String name;
    private final String story;
    private final LocalDate matchDate;
    private final AssessmentInput assessment;
    private final List<PartnerInput> partners;
    private final Expectations expect;
    /** Declared keys: needs, partners, offerings, each to its kind. */
    private final Map<String, String> kinds;
    private final Map<String, String> keysById;
    private final Map<String, String> partnerNames;
    /** Offering key to its partner key. */
    private final Map<String, String> offeringOwners;

    private Scenario(String file, JsonNode root) {
        this.file = file;
        this.kinds = new LinkedHashMap<>();
        this.keysById = new HashMap<>();
        this.partnerNames = new HashMap<>();
        this.offeringOwners = new HashMap<>();
        fields(root, "scenario", Set.of("name", "story", "match_date", "library", "library_offers", "needs",
                "partners", "expect"));
        this.name = text(root, "name", true);
        String expectedName = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.json$", "");
        require(name.equals(expectedName), "name '" + name + "' differs from the file name " + expectedName);
        this.story = text(root, "story", true);
        this.matchDate = date(root, "match_date", true);

        JsonNode library = object(root, "library");
        fields(library, "library", Set.of("region", "city"));
        LibraryInput libraryInput = new LibraryInput(id("library"), text(library, "region", true),
                text(library, "city", true), null, null);

        List<NeedInput> needs = new ArrayList<>();
        for (JsonNode need : array(root, "needs", true)) {
            needs.add(need(need));
        }
        this.assessment = new AssessmentInput(id("assessment"), 1, libraryInput, needs,
                new LinkedHashSet<>(strings(root, "library_offers")), false);

        List<PartnerInput> partnerInputs = new ArrayList<>();
        for (JsonNode partner : array(root, "partners", true)) {
            partnerInputs.add(partner(partner));
        }
        this.partners = List.copyOf(partnerInputs);
        this.expect = expectations(object(root, "expect"));
    }

    /** Every scenario file of the test-kit's folder, sorted by file name. */
    static List<Scenario> loadAll() {
        Map<String, byte[]> files = new TreeMap<>();
        try {
            Enumeration<URL> folders = classLoader().getResources(FOLDER);
            while (folders.hasMoreElements()) {
                URL folder = folders.nextElement();
                if (folder.toString().contains("test-kit")) {
                    collect(folder, files);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + FOLDER + " on the classpath", e);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no scenario files in test-kit's " + FOLDER
                    + "/ on the classpath: install platform/test-kit first");
        }
        List<Scenario> scenarios = new ArrayList<>();
        files.forEach((file, content) -> {
            try {
                scenarios.add(new Scenario(file, JSON.readTree(content)));
            } catch (IOException e) {
                throw new IllegalArgumentException(file + ": not valid JSON: " + e.getMessage(), e);
            }
        });
        return scenarios;
    }

    /** The taxonomy's related types (resource_types[].related), read from platform/contracts as the service does. */
    static TypeRelations taxonomyRelations() {
        try (InputStream in = classLoader().getResourceAsStream(TAXONOMY)) {
            if (in == null) {
                throw new IllegalStateException("taxonomy " + TAXONOMY + " is not on the classpath");
            }
            Map<String, List<String>> declared = new LinkedHashMap<>();
            for (JsonNode type : JSON.readTree(in).path("resource_types")) {
                List<String> related = new ArrayList<>();
                type.path("related").forEach(code -> related.add(code.asText()));
                declared.put(type.path("code").asText(), related);
            }
            return TypeRelations.of(declared);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TAXONOMY, e);
        }
    }

    String file() {
        return file;
    }

    String name() {
        return name;
    }

    String story() {
        return story;
    }

    LocalDate matchDate() {
        return matchDate;
    }

    AssessmentInput assessment() {
        return assessment;
    }

    List<PartnerInput> partners() {
        return partners;
    }

    Expectations expect() {
        return expect;
    }

    /** The deterministic id of a key (README: name + "/" + key). */
    String id(String key) {
        return UUID.nameUUIDFromBytes((name + "/" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The key an engine id came from, or the id itself when it is none of this scenario's. */
    String keyOf(String id) {
        return keysById.getOrDefault(id, id);
    }

    /** "telecom (Lakeshore Mobile)". */
    String describePartner(String partnerKey) {
        return partnerKey + " (" + partnerNames.get(partnerKey) + ")";
    }

    String ownerOf(String offeringKey) {
        return offeringOwners.get(offeringKey);
    }

    @Override
    public String toString() {
        return name;
    }

    // ---- inputs -------------------------------------------------------------------------------------------------

    private NeedInput need(JsonNode need) {
        fields(need, "need", Set.of("key", "category", "type", "quantity", "unit", "amount", "currency", "period",
                "horizon", "priority", "current_capacity"));
        String key = declare(text(need, "key", true), "need");
        String where = "need " + key;
        require(need.path("priority").isInt(), where + ": priority must be an integer");
        return new NeedInput(id(key), text(need, "category", true), text(need, "type", true),
                decimal(need, "quantity"), text(need, "unit", false), decimal(need, "amount"),
                text(need, "currency", false), text(need, "period", false), text(need, "horizon", true),
                need.path("priority").asInt(), decimal(need, "current_capacity"), null);
    }

    private PartnerInput partner(JsonNode partner) {
        fields(partner, "partner", Set.of("key", "name", "partner_type", "verification", "last_confirmed",
                "service_area", "seeks", "offerings"));
        String key = declare(text(partner, "key", true), "partner");
        String partnerName = text(partner, "name", true);
        partnerNames.put(key, partnerName);
        require(partner.has("last_confirmed"), "partner " + key + ": last_confirmed is required (null = never)");
        JsonNode area = object(partner, "service_area");
        fields(area, "partner " + key + " service_area", Set.of("remote", "national", "regions", "cities"));
        ServiceArea serviceArea = new ServiceArea(area.path("remote").asBoolean(false),
                area.path("national").asBoolean(false), new LinkedHashSet<>(strings(area, "regions")),
                new LinkedHashSet<>(strings(area, "cities")));
        List<OfferingInput> offerings = new ArrayList<>();
        for (JsonNode offering : array(partner, "offerings", true)) {
            offerings.add(offering(offering, key));
        }
        return new PartnerInput(id(key), partnerName, text(partner, "partner_type", true), serviceArea,
                text(partner, "verification", true), date(partner, "last_confirmed", false),
                new LinkedHashSet<>(strings(partner, "seeks")), offerings);
    }

    private OfferingInput offering(JsonNode offering, String partnerKey) {
        fields(offering, "offering", Set.of("key", "category", "type", "quantity", "unit", "amount", "currency",
                "period", "available_from", "available_until", "horizon", "conditions", "min_order",
                "min_joint_libraries", "status"));
        String key = declare(text(offering, "key", true), "offering");
        offeringOwners.put(key, partnerKey);
        String where = "offering " + key;
        List<OfferingCondition> conditions = new ArrayList<>();
        for (JsonNode condition : array(offering, "conditions", false)) {
            fields(condition, where + " condition", Set.of("code", "value", "description"));
            conditions.add(new OfferingCondition(text(condition, "code", true), values(condition.get("value")),
                    text(condition, "description", false)));
        }
        String unit = text(offering, "unit", false);
        String currency = text(offering, "currency", false);
        BigDecimal minOrder = null;
        JsonNode min = offering.get("min_order");
        if (min != null && !min.isNull()) {
            fields(min, where + " min_order", Set.of("quantity", "unit", "amount", "currency"));
            BigDecimal quantity = decimal(min, "quantity");
            BigDecimal amount = decimal(min, "amount");
            require(quantity == null ^ amount == null, where + ": min_order needs exactly one of quantity and amount");
            String minUnit = text(min, "unit", false);
            String minCurrency = text(min, "currency", false);
            require(minUnit == null || minUnit.equalsIgnoreCase(unit), where + ": min_order unit " + minUnit
                    + " is not the offering's unit " + unit);
            require(minCurrency == null || minCurrency.equals(currency), where + ": min_order currency "
                    + minCurrency + " is not the offering's currency " + currency);
            minOrder = quantity != null ? quantity : amount;
        }
        JsonNode joint = offering.get("min_joint_libraries");
        Integer minJointLibraries = null;
        if (joint != null && !joint.isNull()) {
            require(joint.isInt(), where + ": min_joint_libraries must be an integer");
            minJointLibraries = joint.asInt();
        }
        require(offering.has("available_from") && offering.has("available_until"),
                where + ": available_from and available_until are required (null = already / open-ended)");
        return new OfferingInput(id(key), text(offering, "category", true), text(offering, "type", true),
                decimal(offering, "quantity"), unit, decimal(offering, "amount"), currency,
                text(offering, "period", false), date(offering, "available_from", false),
                date(offering, "available_until", false), text(offering, "horizon", true), conditions, minOrder,
                minJointLibraries, text(offering, "status", true));
    }

    /** A condition's optional parameter as text values: an array gives one per element (as the read model does). */
    private static List<String> values(JsonNode value) {
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isArray()) {
            List<String> values = new ArrayList<>();
            value.forEach(element -> values.add(element.asText()));
            return values;
        }
        return List.of(value.asText());
    }

    // ---- expectations -------------------------------------------------------------------------------------------

    private Expectations expectations(JsonNode expect) {
        fields(expect, "expect", Set.of("needs", "ranking_before", "not_recommended"));
        List<NeedExpectation> needs = new ArrayList<>();
        JsonNode byNeed = object(expect, "needs");
        for (Iterator<Map.Entry<String, JsonNode>> it = byNeed.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            needs.add(needExpectation(entry.getKey(), entry.getValue()));
        }
        List<List<String>> before = new ArrayList<>();
        for (JsonNode pair : array(expect, "ranking_before", false)) {
            require(pair.isArray() && pair.size() == 2, "expect.ranking_before: each entry is a pair [a, b]");
            before.add(List.of(known(pair.get(0).asText(), "partner", "ranking_before"),
                    known(pair.get(1).asText(), "partner", "ranking_before")));
        }
        List<String> notRecommended = expect.has("not_recommended")
                ? partnerKeys(expect, "not_recommended", "not_recommended") : List.of();
        return new Expectations(List.copyOf(needs), List.copyOf(before), notRecommended);
    }

    private NeedExpectation needExpectation(String needKey, JsonNode node) {
        String where = "expect.needs." + needKey;
        known(needKey, "need", where);
        fields(node, where, Set.of("top", "covered_by", "not_covered_by", "full", "partial", "flags", "no_flags",
                "excluded", "alternatives", "unmet"));
        String top = node.has("top") ? known(text(node, "top", true), "partner", where + ".top") : null;
        UnmetNeed.Reason unmet = null;
        boolean unmetChecked = node.has("unmet");
        if (unmetChecked && !node.get("unmet").isNull()) {
            unmet = code(UnmetNeed.Reason.class, node.get("unmet").asText(), where + ".unmet");
        }
        Map<String, List<ExclusionCode>> excluded = null;
        if (node.has("excluded")) {
            excluded = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = object(node, "excluded").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                known(entry.getKey(), "offering", where + ".excluded");
                List<ExclusionCode> codes = new ArrayList<>();
                for (String code : elements(entry.getValue(), where + ".excluded." + entry.getKey())) {
                    codes.add(code(ExclusionCode.class, code, where + ".excluded." + entry.getKey()));
                }
                excluded.put(entry.getKey(), List.copyOf(codes));
            }
        }
        return new NeedExpectation(needKey, top,
                node.has("covered_by") ? partnerKeys(node, "covered_by", where) : null,
                node.has("not_covered_by") ? partnerKeys(node, "not_covered_by", where) : null,
                node.has("full") ? partnerKeys(node, "full", where) : null,
                node.has("partial") ? partnerKeys(node, "partial", where) : null,
                node.has("flags") ? flagMap(object(node, "flags"), where + ".flags") : null,
                node.has("no_flags") ? flagMap(object(node, "no_flags"), where + ".no_flags") : null,
                excluded,
                node.has("alternatives") ? partnerKeys(node, "alternatives", where) : null,
                unmetChecked, unmet);
    }

    private Map<String, List<Flag>> flagMap(JsonNode node, String where) {
        Map<String, List<Flag>> flags = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            known(entry.getKey(), "partner", where);
            List<Flag> list = new ArrayList<>();
            for (String flag : elements(entry.getValue(), where + "." + entry.getKey())) {
                list.add(code(Flag.class, flag, where + "." + entry.getKey()));
            }
            flags.put(entry.getKey(), List.copyOf(list));
        }
        return Collections.unmodifiableMap(flags);
    }

    private List<String> partnerKeys(JsonNode node, String field, String where) {
        List<String> keys = new ArrayList<>();
        for (String key : strings(node, field)) {
            keys.add(known(key, "partner", where + "." + field));
        }
        return List.copyOf(keys);
    }

    // ---- strict reading -----------------------------------------------------------------------------------------

    private String declare(String key, String kind) {
        require(!kinds.containsKey(key), "key '" + key + "' is declared twice (keys are unique within a file)");
        require(!key.equals("library") && !key.equals("assessment"), "key '" + key + "' is reserved");
        kinds.put(key, kind);
        keysById.put(id(key), key);
        return key;
    }

    private String known(String key, String kind, String where) {
        require(kind.equals(kinds.get(key)), where + ": '" + key + "' is not a declared " + kind + " key");
        return key;
    }

    private <E extends Enum<E>> E code(Class<E> type, String code, String where) {
        try {
            return Enum.valueOf(type, code);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(file + ": " + where + ": unknown " + type.getSimpleName() + " " + code);
        }
    }

    private void fields(JsonNode node, String where, Set<String> allowed) {
        require(node != null && node.isObject(), where + " must be an object");
        node.fieldNames().forEachRemaining(field ->
                require(allowed.contains(field), where + ": unknown field '" + field + "'"));
    }

    private JsonNode object(JsonNode node, String field) {
        JsonNode value = node.get(field);
        require(value != null && value.isObject(), "'" + field + "' must be an object");
        return value;
    }

    private List<JsonNode> array(JsonNode node, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            require(!required, "'" + field + "' is required");
            return List.of();
        }
        require(value.isArray(), "'" + field + "' must be an array");
        List<JsonNode> elements = new ArrayList<>();
        value.forEach(elements::add);
        return elements;
    }

    private List<String> strings(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        for (JsonNode element : array(node, field, false)) {
            require(element.isTextual(), "'" + field + "' must hold strings");
            values.add(element.asText());
        }
        return values;
    }

    /** The elements of an array node that holds strings. */
    private List<String> elements(JsonNode arrayNode, String where) {
        require(arrayNode != null && arrayNode.isArray(), where + " must be an array of strings");
        List<String> values = new ArrayList<>();
        for (JsonNode element : arrayNode) {
            require(element.isTextual(), where + " must hold strings");
            values.add(element.asText());
        }
        return values;
    }

    private String text(JsonNode node, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            require(!required, "'" + field + "' is required");
            return null;
        }
        require(value.isTextual(), "'" + field + "' must be a string");
        return value.asText();
    }

    private BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        require(value.isNumber(), "'" + field + "' must be a number");
        return value.decimalValue();
    }

    private LocalDate date(JsonNode node, String field, boolean required) {
        String value = text(node, field, required);
        return value == null ? null : LocalDate.parse(value);
    }

    private void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(file + ": " + message);
        }
    }

    // ---- classpath ----------------------------------------------------------------------------------------------

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : Scenario.class.getClassLoader();
    }

    private static void collect(URL folder, Map<String, byte[]> files) throws IOException {
        if ("file".equals(folder.getProtocol())) {
            try (Stream<Path> paths = Files.list(Path.of(folder.toURI()))) {
                for (Path path : paths.filter(p -> p.toString().endsWith(".json")).toList()) {
                    files.put(FOLDER + "/" + path.getFileName(), Files.readAllBytes(path));
                }
            } catch (URISyntaxException e) {
                throw new IllegalStateException("bad folder URL " + folder, e);
            }
        } else if ("jar".equals(folder.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) folder.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    String entryName = entry.getName();
                    if (entryName.startsWith(FOLDER + "/") && entryName.endsWith(".json")
                            && entryName.indexOf('/', FOLDER.length() + 1) < 0) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            files.put(entryName, in.readAllBytes());
                        }
                    }
                }
            }
        } else {
            throw new IllegalStateException("cannot list scenario folder " + folder);
        }
    }
}
