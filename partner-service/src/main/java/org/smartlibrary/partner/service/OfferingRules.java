package org.smartlibrary.partner.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.smartlibrary.kit.problem.Problem.FieldError;
import org.smartlibrary.kit.problem.ProblemException;
import org.smartlibrary.partner.model.Offering;
import org.smartlibrary.partner.rest.dto.ConditionDto;
import org.smartlibrary.partner.rest.dto.OfferingRequest;
import org.smartlibrary.partner.taxonomy.Taxonomy;
import org.smartlibrary.partner.taxonomy.Taxonomy.Measure;
import org.smartlibrary.partner.taxonomy.Taxonomy.ResourceType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks of an offering beyond Bean Validation: taxonomy codes, the type belonging to the category, capacity in
 * the type's measure (money or quantity), the window, and the parameters of conditions. All errors at once.
 */
@ApplicationScoped
public class OfferingRules {

    /** Statuses a partner may set; WITHDRAWN has its own endpoint and EXPIRED follows from the window. */
    static final Set<String> WRITABLE_STATUSES = Set.of(Offering.ACTIVE, Offering.PAUSED);

    @Inject
    Taxonomy taxonomy;

    /** Checks the request; returns the unit to store (the type's default unit when a quantity has none). */
    public String check(OfferingRequest request, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (!taxonomy.isCategory(request.category())) {
            errors.add(new FieldError("category", "must be one of " + taxonomy.categories()));
        }
        Optional<ResourceType> type = taxonomy.resourceType(request.type());
        String unit = request.unit();
        if (type.isEmpty()) {
            errors.add(new FieldError("type", "is not a resource type of the taxonomy, e.g. TECHNOLOGY.ROBOTICS"));
        } else {
            if (taxonomy.isCategory(request.category()) && !type.get().category().equals(request.category())) {
                errors.add(new FieldError("type", "belongs to category " + type.get().category() + ", not "
                        + request.category()));
            }
            unit = checkCapacity(request, type.get(), errors);
        }
        if (request.availableFrom() != null && request.availableUntil() != null
                && request.availableUntil().isBefore(request.availableFrom())) {
            errors.add(new FieldError("available_until", "must not be before available_from"));
        }
        if (request.availableUntil() != null && request.availableUntil().isBefore(today)) {
            errors.add(new FieldError("available_until", "must not be in the past (today is " + today + ")"));
        }
        if (!taxonomy.isOfferingHorizon(request.horizon())) {
            errors.add(new FieldError("horizon", "must be one of " + taxonomy.offeringHorizons()));
        }
        if (request.status() != null && !WRITABLE_STATUSES.contains(request.status())) {
            errors.add(new FieldError("status", "must be ACTIVE or PAUSED (withdraw through the withdrawal "
                    + "endpoint; EXPIRED follows from available_until)"));
        }
        List<ConditionDto> conditions = request.conditions() == null ? List.of() : request.conditions();
        for (int i = 0; i < conditions.size(); i++) {
            checkCondition("conditions[" + i + "]", conditions.get(i), errors);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return unit;
    }

    private String checkCapacity(OfferingRequest request, ResourceType type, List<FieldError> errors) {
        if (type.measure() == Measure.MONEY) {
            String reason = "a " + type.code() + " offering states its capacity as amount + currency";
            if (request.quantity() != null) {
                errors.add(new FieldError("quantity", "must be absent: " + reason));
            }
            if (request.unit() != null) {
                errors.add(new FieldError("unit", "must be absent: " + reason));
            }
            if (request.amount() != null && request.currency() == null) {
                errors.add(new FieldError("currency", "is required with amount"));
            }
            if (request.amount() == null && request.currency() != null) {
                errors.add(new FieldError("amount", "is required with currency"));
            }
            if (request.currency() != null && !request.currency().matches("[A-Z]{3}")) {
                errors.add(new FieldError("currency", "must be an ISO 4217 code such as EUR"));
            }
            return null;
        }
        String reason = "a " + type.code() + " offering states its capacity as quantity + unit";
        if (request.amount() != null) {
            errors.add(new FieldError("amount", "must be absent: " + reason));
        }
        if (request.currency() != null) {
            errors.add(new FieldError("currency", "must be absent: " + reason));
        }
        if (request.quantity() == null && request.unit() != null) {
            errors.add(new FieldError("quantity", "is required with unit"));
        }
        if (request.quantity() != null && (request.unit() == null || request.unit().isBlank())) {
            return type.defaultUnit();
        }
        return request.unit() == null ? null : request.unit().trim();
    }

    private void checkCondition(String field, ConditionDto condition, List<FieldError> errors) {
        if (!taxonomy.isOfferingCondition(condition.code())) {
            errors.add(new FieldError(field + ".code", "must be one of " + taxonomy.offeringConditions()));
            return;
        }
        JsonNode value = condition.value();
        if (value == null || value.isNull()) {
            return;
        }
        switch (condition.code()) {
            case "MIN_AUDIENCE" -> {
                if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0) {
                    errors.add(new FieldError(field + ".value", "must be a whole number of participants (0 or more)"));
                }
            }
            case "MATCHING_FUNDS_REQUIRED" -> {
                if (!value.isNumber() || value.asDouble() < 0 || value.asDouble() > 1) {
                    errors.add(new FieldError(field + ".value", "must be the co-funded share, a number from 0 to 1"));
                }
            }
            case "REGION_ONLY" -> {
                boolean names = value.isArray() && !value.isEmpty();
                for (JsonNode region : value) {
                    names &= region.isTextual() && !region.asText().isBlank();
                }
                if (!names) {
                    errors.add(new FieldError(field + ".value", "must be an array of region names"));
                }
            }
            default -> {
                // other conditions take any value; they are shown for manual review
            }
        }
    }
}
