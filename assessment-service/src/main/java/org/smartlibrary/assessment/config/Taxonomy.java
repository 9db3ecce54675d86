package org.smartlibrary.assessment.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The codes of the shared taxonomy (contracts: /contracts/taxonomy/taxonomy-v1.json) that assessments use.
 * This service keeps its own reading of the data file; the file itself is the single source of truth.
 */
public final class Taxonomy {

    public static final String RESOURCE = "/contracts/taxonomy/taxonomy-v1.json";

    /** The period of a money need that gives none: a single amount. */
    public static final String ONE_TIME = "ONE_TIME";

    /** The money periods when the taxonomy file does not list them (list {@code money_periods}), in its order. */
    static final List<String> DEFAULT_MONEY_PERIODS = List.of(ONE_TIME, "MONTH", "YEAR");

    private final Set<String> categories;
    private final Map<String, ResourceType> resourceTypes;
    private final Set<String> programAreas;
    private final Set<String> libraryOffers;
    private final Set<String> horizons;
    private final Set<String> moneyPeriods;
    private final Pattern currencyPattern;

    /** A resource type: its category, whether it is measured in money or in a quantity, and a suggested unit. */
    public record ResourceType(String code, String category, Measure measure, String defaultUnit) {
    }

    public enum Measure { MONEY, QUANTITY }

    private Taxonomy(JsonNode root) {
        categories = codes(root.path("categories"));
        resourceTypes = new LinkedHashMap<>();
        for (JsonNode type : root.path("resource_types")) {
            String code = type.path("code").asText();
            resourceTypes.put(code, new ResourceType(code, type.path("category").asText(),
                    Measure.valueOf(type.path("measure").asText()),
                    type.hasNonNull("default_unit") ? type.get("default_unit").asText() : null));
        }
        programAreas = codes(root.path("program_areas"));
        libraryOffers = codes(root.path("library_offers"));
        horizons = codes(root.path("horizons"));
        Set<String> periods = codes(root.path("money_periods"));
        moneyPeriods = periods.isEmpty() ? Collections.unmodifiableSet(new LinkedHashSet<>(DEFAULT_MONEY_PERIODS)) : periods;
        currencyPattern = Pattern.compile(root.path("currencies").path("pattern").asText("^[A-Z]{3}$"));
        if (categories.isEmpty() || resourceTypes.isEmpty() || programAreas.isEmpty() || libraryOffers.isEmpty()
                || horizons.isEmpty()) {
            throw new IllegalStateException("taxonomy " + RESOURCE + " lacks categories, resource types, program areas,"
                    + " library offers or horizons");
        }
        if (!moneyPeriods.contains(ONE_TIME)) {
            throw new IllegalStateException("taxonomy " + RESOURCE + " lists money periods without " + ONE_TIME);
        }
    }

    /** Reads the taxonomy from the contracts on the classpath. */
    public static Taxonomy load(ObjectMapper objectMapper) {
        try (InputStream in = Taxonomy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("taxonomy " + RESOURCE + " is not on the classpath (contracts jar)");
            }
            return new Taxonomy(objectMapper.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read taxonomy " + RESOURCE, e);
        }
    }

    private static Set<String> codes(JsonNode entries) {
        Set<String> codes = new LinkedHashSet<>();
        entries.forEach(entry -> codes.add(entry.path("code").asText()));
        return Collections.unmodifiableSet(codes);
    }

    public boolean isCategory(String code) {
        return categories.contains(code);
    }

    public Optional<ResourceType> resourceType(String code) {
        return Optional.ofNullable(resourceTypes.get(code));
    }

    public boolean isProgramArea(String code) {
        return programAreas.contains(code);
    }

    public boolean isLibraryOffer(String code) {
        return libraryOffers.contains(code);
    }

    public boolean isHorizon(String code) {
        return horizons.contains(code);
    }

    public boolean isMoneyPeriod(String code) {
        return moneyPeriods.contains(code);
    }

    public boolean isCurrency(String code) {
        return currencyPattern.matcher(code).matches();
    }

    public String currencyPattern() {
        return currencyPattern.pattern();
    }

    /** In the taxonomy's order. */
    public Set<String> categories() {
        return categories;
    }

    /** In the taxonomy's order. */
    public Set<String> horizons() {
        return horizons;
    }

    /** How often a money need's amount is needed (ONE_TIME, MONTH, YEAR), in the taxonomy's order. */
    public Set<String> moneyPeriods() {
        return moneyPeriods;
    }
}
