package org.smartlibrary.contracts.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one reading of the taxonomy data file ({@value #RESOURCE}) that every service uses. The file is the single
 * source of truth for every code; this class only makes its lists easy to ask. Code lists keep the file's order.
 */
public final class Taxonomy {

    public static final String RESOURCE = "contracts/taxonomy/taxonomy-v1.json";

    /** The period of an amount that names none: a single amount. */
    public static final String ONE_TIME = "ONE_TIME";

    /** How a resource type is measured: amount + currency (MONEY) or quantity + unit (QUANTITY). */
    public enum Measure { MONEY, QUANTITY }

    /** A resource type: its category, its measure, a suggested unit (QUANTITY only) and its related types. */
    public record ResourceType(String code, String category, Measure measure, String defaultUnit,
                               List<String> related) {
    }

    private final Map<String, Set<String>> codeLists;
    private final Map<String, ResourceType> resourceTypes;
    private final Pattern currencyPattern;

    private Taxonomy(JsonNode root) {
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        for (CodeList list : CodeList.values()) {
            Set<String> codes = new LinkedHashSet<>();
            root.path(list.key()).forEach(entry -> codes.add(entry.path("code").asText()));
            if (codes.isEmpty()) {
                throw new IllegalStateException("taxonomy " + RESOURCE + " has no " + list.key());
            }
            lists.put(list.key(), Collections.unmodifiableSet(codes));
        }
        codeLists = Collections.unmodifiableMap(lists);
        Map<String, ResourceType> types = new LinkedHashMap<>();
        for (JsonNode type : root.path("resource_types")) {
            String code = type.path("code").asText();
            List<String> related = new ArrayList<>();
            type.path("related").forEach(relatedCode -> related.add(relatedCode.asText()));
            types.put(code, new ResourceType(code, type.path("category").asText(),
                    Measure.valueOf(type.path("measure").asText()),
                    type.hasNonNull("default_unit") ? type.get("default_unit").asText() : null, List.copyOf(related)));
        }
        if (types.isEmpty()) {
            throw new IllegalStateException("taxonomy " + RESOURCE + " has no resource_types");
        }
        resourceTypes = Collections.unmodifiableMap(types);
        if (!moneyPeriods().contains(ONE_TIME)) {
            throw new IllegalStateException("taxonomy " + RESOURCE + " lists money periods without " + ONE_TIME);
        }
        currencyPattern = Pattern.compile(root.path("currencies").path("pattern").asText("^[A-Z]{3}$"));
    }

    /** Reads the taxonomy from the contracts jar on the classpath. */
    public static Taxonomy load() {
        ClassLoader loader = Taxonomy.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("taxonomy " + RESOURCE + " is not on the classpath (contracts jar)");
            }
            return new Taxonomy(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read taxonomy " + RESOURCE, e);
        }
    }

    /** The codes of one list, in the taxonomy's order. */
    public Set<String> codes(CodeList list) {
        return codeLists.get(list.key());
    }

    public boolean contains(CodeList list, String code) {
        return code != null && codes(list).contains(code);
    }

    public Optional<ResourceType> resourceType(String code) {
        return Optional.ofNullable(code == null ? null : resourceTypes.get(code));
    }

    /** Every resource type, in the taxonomy's order. */
    public Map<String, ResourceType> resourceTypes() {
        return resourceTypes;
    }

    public boolean isCurrency(String code) {
        return code != null && currencyPattern.matcher(code).matches();
    }

    public String currencyPattern() {
        return currencyPattern.pattern();
    }

    public boolean isCategory(String code) {
        return contains(CodeList.CATEGORIES, code);
    }

    public boolean isProgramArea(String code) {
        return contains(CodeList.PROGRAM_AREAS, code);
    }

    public boolean isLibraryOffer(String code) {
        return contains(CodeList.LIBRARY_OFFERS, code);
    }

    public boolean isHorizon(String code) {
        return contains(CodeList.HORIZONS, code);
    }

    public boolean isMoneyPeriod(String code) {
        return contains(CodeList.MONEY_PERIODS, code);
    }

    public boolean isPartnerType(String code) {
        return contains(CodeList.PARTNER_TYPES, code);
    }

    public boolean isOfferingHorizon(String code) {
        return contains(CodeList.OFFERING_HORIZONS, code);
    }

    public boolean isOfferingStatus(String code) {
        return contains(CodeList.OFFERING_STATUSES, code);
    }

    public boolean isVerificationState(String code) {
        return contains(CodeList.VERIFICATION_STATES, code);
    }

    public boolean isOfferingCondition(String code) {
        return contains(CodeList.OFFERING_CONDITIONS, code);
    }

    public Set<String> categories() {
        return codes(CodeList.CATEGORIES);
    }

    public Set<String> horizons() {
        return codes(CodeList.HORIZONS);
    }

    /** How often an amount recurs: ONE_TIME (the default), MONTH, YEAR. */
    public Set<String> moneyPeriods() {
        return codes(CodeList.MONEY_PERIODS);
    }

    public Set<String> partnerTypes() {
        return codes(CodeList.PARTNER_TYPES);
    }

    public Set<String> libraryOffers() {
        return codes(CodeList.LIBRARY_OFFERS);
    }

    public Set<String> offeringHorizons() {
        return codes(CodeList.OFFERING_HORIZONS);
    }

    public Set<String> offeringStatuses() {
        return codes(CodeList.OFFERING_STATUSES);
    }

    public Set<String> verificationStates() {
        return codes(CodeList.VERIFICATION_STATES);
    }

    public Set<String> offeringConditions() {
        return codes(CodeList.OFFERING_CONDITIONS);
    }
}
