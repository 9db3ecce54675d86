package org.smartlibrary.partner.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.smartlibrary.kit.problem.Problem.FieldError;
import org.smartlibrary.kit.problem.ProblemException;
import org.smartlibrary.partner.api.ConditionDto;
import org.smartlibrary.partner.api.MinOrderDto;
import org.smartlibrary.partner.api.OfferingRequest;
import org.smartlibrary.contracts.taxonomy.Taxonomy;
import org.smartlibrary.contracts.taxonomy.Taxonomy.Measure;
import org.smartlibrary.contracts.taxonomy.Taxonomy.ResourceType;
import org.smartlibrary.partner.model.Offering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks of an offering beyond Bean Validation: taxonomy codes, the type belonging to the category, capacity in
 * the type's measure (money or quantity), the period of an amount, the minimum order in the same measure, the
 * window, and the parameters of conditions. All errors at once. (The range of min_joint_libraries is a Bean
 * Validation constraint of the request.)
 */
@ApplicationScoped
public class OfferingRules {

    /** Statuses a partner may set; WITHDRAWN has its own endpoint and EXPIRED follows from the window. */
    static final Set<String> WRITABLE_STATUSES = Set.of(Offering.ACTIVE, Offering.PAUSED);

    @Inject
    Taxonomy taxonomy;

    /**
     * What to store of a valid request, completed with the defaults: the unit (the type's default unit when a
     * quantity has none), the period (ONE_TIME for a money offering that states none, null for a quantity offering)
     * and the minimum order in the offering's unit or currency (null when there is none).
     */
    public record Accepted(String unit, String period, MinOrderDto minOrder) {
    }

    /** Checks the request; refuses it with every error at once, or returns what to store. */
    public Accepted check(OfferingRequest request, LocalDate today) {
        return check(request, today, false);
    }

    /**
     * Checks an offering a directory import brings: the same rules, except that its window may have ended already
     * (history) and its status, checked apart, may be any offering status.
     */
    public Accepted checkHistory(OfferingRequest request) {
        return check(request, null, true);
    }

    private Accepted check(OfferingRequest request, LocalDate today, boolean history) {
        List<FieldError> errors = new ArrayList<>();
        if (!taxonomy.isCategory(request.category())) {
            errors.add(new FieldError("category", "must be one of " + taxonomy.categories()));
        }
        Optional<ResourceType> type = taxonomy.resourceType(request.type());
        String unit = request.unit();
        String period = request.period();
        MinOrderDto minOrder = request.minOrder();
        if (type.isEmpty()) {
            errors.add(new FieldError("type", "is not a resource type of the taxonomy, e.g. TECHNOLOGY.ROBOTICS"));
            checkPeriodCode(period, errors);
        } else {
            if (taxonomy.isCategory(request.category()) && !type.get().category().equals(request.category())) {
                errors.add(new FieldError("type", "belongs to category " + type.get().category() + ", not "
                        + request.category()));
            }
            unit = checkCapacity(request, type.get(), errors);
            period = checkPeriod(request, type.get(), errors);
            minOrder = type.get().measure() == Measure.MONEY ? checkMoneyMinOrder(request, type.get(), errors)
                    : checkQuantityMinOrder(request, type.get(), unit, errors);
        }
        if (request.availableFrom() != null && request.availableUntil() != null
                && request.availableUntil().isBefore(request.availableFrom())) {
            errors.add(new FieldError("available_until", "must not be before available_from"));
        }
        if (!history && request.availableUntil() != null && request.availableUntil().isBefore(today)) {
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
        return new Accepted(unit, period, minOrder);
    }

    /** Only an amount has a period; a money offering without one gives its amount once (ONE_TIME). */
    private String checkPeriod(OfferingRequest request, ResourceType type, List<FieldError> errors) {
        String period = request.period();
        if (type.measure() == Measure.QUANTITY) {
            if (period != null) {
                errors.add(new FieldError("period", "must be absent: a " + type.code() + " offering states a "
                        + "quantity, and only an amount has a period"));
            }
            return null;
        }
        if (period == null) {
            return Offering.ONE_TIME;
        }
        if (!checkPeriodCode(period, errors)) {
            return null;
        }
        if (!Offering.ONE_TIME.equals(period) && request.amount() == null) {
            errors.add(new FieldError("period", "needs amount: a " + period + " period recurs the offering's "
                    + "amount, and none is stated"));
        }
        return period;
    }

    private boolean checkPeriodCode(String period, List<FieldError> errors) {
        if (period != null && !taxonomy.isMoneyPeriod(period)) {
            errors.add(new FieldError("period", "must be one of " + taxonomy.moneyPeriods()));
            return false;
        }
        return true;
    }

    /** amount + currency, the currency being the offering's (its default); not above the offering's amount. */
    private static MinOrderDto checkMoneyMinOrder(OfferingRequest request, ResourceType type,
                                                  List<FieldError> errors) {
        MinOrderDto minOrder = request.minOrder();
        if (minOrder == null) {
            return null;
        }
        String reason = "a " + type.code() + " offering states its minimum order as amount + currency";
        if (minOrder.quantity() != null) {
            errors.add(new FieldError("min_order.quantity", "must be absent: " + reason));
        }
        if (minOrder.unit() != null) {
            errors.add(new FieldError("min_order.unit", "must be absent: " + reason));
        }
        if (minOrder.amount() == null) {
            errors.add(new FieldError("min_order.amount", "is required: " + reason));
        } else {
            checkPositive("min_order.amount", minOrder.amount(), errors);
        }
        String currency = minOrder.currency() == null ? request.currency() : minOrder.currency();
        if (minOrder.currency() != null && !minOrder.currency().matches("[A-Z]{3}")) {
            errors.add(new FieldError("min_order.currency", "must be an ISO 4217 code such as EUR"));
        } else if (minOrder.currency() != null && request.currency() != null
                && !minOrder.currency().equals(request.currency())) {
            errors.add(new FieldError("min_order.currency", "must be the offering's currency " + request.currency()
                    + " (or absent): a minimum order is stated in the offering's measure"));
        } else if (currency == null && minOrder.amount() != null) {
            errors.add(new FieldError("min_order.currency", "is required: the offering states no currency"));
        }
        if (minOrder.amount() != null && request.amount() != null && minOrder.amount().compareTo(request.amount()) > 0) {
            errors.add(new FieldError("min_order.amount", "must not be above the offering's amount "
                    + request.amount().toPlainString() + " " + request.currency()));
        }
        return new MinOrderDto(null, null, minOrder.amount(), currency);
    }

    /** quantity + unit, the unit being the offering's (its default); not above the offering's quantity. */
    private static MinOrderDto checkQuantityMinOrder(OfferingRequest request, ResourceType type, String unit,
                                                     List<FieldError> errors) {
        MinOrderDto minOrder = request.minOrder();
        if (minOrder == null) {
            return null;
        }
        String reason = "a " + type.code() + " offering states its minimum order as quantity + unit";
        if (minOrder.amount() != null) {
            errors.add(new FieldError("min_order.amount", "must be absent: " + reason));
        }
        if (minOrder.currency() != null) {
            errors.add(new FieldError("min_order.currency", "must be absent: " + reason));
        }
        if (minOrder.quantity() == null) {
            errors.add(new FieldError("min_order.quantity", "is required: " + reason));
        } else {
            checkPositive("min_order.quantity", minOrder.quantity(), errors);
        }
        // the offering's unit; without a stated quantity, the unit it would default to
        String offeringUnit = unit != null ? unit : type.defaultUnit();
        String ownUnit = minOrder.unit() == null || minOrder.unit().isBlank() ? null : minOrder.unit().trim();
        if (ownUnit != null && offeringUnit != null && !ownUnit.equalsIgnoreCase(offeringUnit)) {
            errors.add(new FieldError("min_order.unit", "must be the offering's unit '" + offeringUnit
                    + "' (or absent): a minimum order is stated in the offering's measure"));
        } else if (ownUnit == null && offeringUnit == null && minOrder.quantity() != null) {
            errors.add(new FieldError("min_order.unit", "is required: the offering states no unit"));
        }
        if (minOrder.quantity() != null && request.quantity() != null
                && minOrder.quantity().compareTo(request.quantity()) > 0) {
            errors.add(new FieldError("min_order.quantity", "must not be above the offering's quantity "
                    + request.quantity().toPlainString() + " " + offeringUnit));
        }
        return new MinOrderDto(minOrder.quantity(), offeringUnit != null ? offeringUnit : ownUnit, null, null);
    }

    private static void checkPositive(String field, BigDecimal value, List<FieldError> errors) {
        if (value.signum() <= 0) {
            errors.add(new FieldError(field, "must be greater than 0"));
        }
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
