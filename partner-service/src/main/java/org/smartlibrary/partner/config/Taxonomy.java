package org.smartlibrary.partner.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The codes of the shared taxonomy this service checks its input against, read once from the contracts jar
 * ({@value #RESOURCE}). The data file is the single source of truth; this class only holds what partner-service needs.
 */
@Singleton
public class Taxonomy {

    public static final String RESOURCE = "contracts/taxonomy/taxonomy-v1.json";

    /** Capacity of a resource type: amount + currency (MONEY) or quantity + unit (QUANTITY). */
    public enum Measure { MONEY, QUANTITY }

    public record ResourceType(String code, String category, Measure measure, String defaultUnit) {
    }

    private final Set<String> categories;
    private final Map<String, ResourceType> resourceTypes;
    private final Set<String> partnerTypes;
    private final Set<String> libraryOffers;
    private final Set<String> offeringHorizons;
    private final Set<String> offeringStatuses;
    private final Set<String> verificationStates;
    private final Set<String> offeringConditions;
    private final Set<String> moneyPeriods;

    public Taxonomy() {
        JsonNode root = read();
        categories = codes(root, "categories");
        partnerTypes = codes(root, "partner_types");
        libraryOffers = codes(root, "library_offers");
        offeringHorizons = codes(root, "offering_horizons");
        offeringStatuses = codes(root, "offering_statuses");
        verificationStates = codes(root, "verification_states");
        offeringConditions = codes(root, "offering_conditions");
        moneyPeriods = codes(root, "money_periods");
        Map<String, ResourceType> types = new LinkedHashMap<>();
        for (JsonNode type : root.path("resource_types")) {
            String defaultUnit = type.hasNonNull("default_unit") ? type.get("default_unit").asText() : null;
            types.put(type.get("code").asText(), new ResourceType(type.get("code").asText(),
                    type.get("category").asText(), Measure.valueOf(type.get("measure").asText()), defaultUnit));
        }
        resourceTypes = Map.copyOf(types);
    }

    public boolean isCategory(String code) {
        return categories.contains(code);
    }

    public Optional<ResourceType> resourceType(String code) {
        return Optional.ofNullable(code == null ? null : resourceTypes.get(code));
    }

    public boolean isPartnerType(String code) {
        return partnerTypes.contains(code);
    }

    public boolean isLibraryOffer(String code) {
        return libraryOffers.contains(code);
    }

    public boolean isOfferingHorizon(String code) {
        return offeringHorizons.contains(code);
    }

    public boolean isOfferingStatus(String code) {
        return offeringStatuses.contains(code);
    }

    public boolean isVerificationState(String code) {
        return verificationStates.contains(code);
    }

    public boolean isOfferingCondition(String code) {
        return offeringConditions.contains(code);
    }

    public boolean isMoneyPeriod(String code) {
        return moneyPeriods.contains(code);
    }

    public Set<String> categories() {
        return categories;
    }

    public Set<String> partnerTypes() {
        return partnerTypes;
    }

    public Set<String> libraryOffers() {
        return libraryOffers;
    }

    public Set<String> offeringHorizons() {
        return offeringHorizons;
    }

    public Set<String> offeringStatuses() {
        return offeringStatuses;
    }

    public Set<String> verificationStates() {
        return verificationStates;
    }

    public Set<String> offeringConditions() {
        return offeringConditions;
    }

    /** How often an amount recurs: ONE_TIME (the default), MONTH, YEAR. */
    public Set<String> moneyPeriods() {
        return moneyPeriods;
    }

    private static Set<String> codes(JsonNode root, String list) {
        Set<String> codes = new LinkedHashSet<>();
        root.path(list).forEach(entry -> codes.add(entry.get("code").asText()));
        if (codes.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " has no " + list);
        }
        return Collections.unmodifiableSet(codes);
    }

    private static JsonNode read() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath (contracts jar missing?)");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
