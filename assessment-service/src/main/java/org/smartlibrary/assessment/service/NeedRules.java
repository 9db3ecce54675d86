package org.smartlibrary.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.smartlibrary.assessment.api.NeedRequest;
import org.smartlibrary.contracts.taxonomy.Taxonomy;
import org.smartlibrary.assessment.model.Need;
import org.smartlibrary.kit.problem.Problem;
import org.smartlibrary.kit.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The rules of a need beyond single-field checks: taxonomy codes, the type under its category, the measure the
 * type asks for (money: amount + currency and a period, ONE_TIME unless given; otherwise quantity + unit and no
 * period) and the goal link. Every broken rule is reported with its field at once.
 */
@ApplicationScoped
public class NeedRules {

    @Inject
    Taxonomy taxonomy;

    /** Checks the request and, if it is valid, writes it to the need. */
    public void apply(NeedRequest request, Need need, Set<UUID> goalIdsOfRevision) {
        List<Problem.FieldError> errors = new ArrayList<>();
        boolean categoryKnown = taxonomy.isCategory(request.category());
        if (!categoryKnown) {
            errors.add(new Problem.FieldError("category", "unknown category '" + request.category()
                    + "'; expected one of " + String.join(", ", taxonomy.categories())));
        }
        Optional<Taxonomy.ResourceType> type = taxonomy.resourceType(request.type());
        if (type.isEmpty()) {
            errors.add(new Problem.FieldError("type", "unknown resource type '" + request.type() + "'"));
        } else if (categoryKnown && !type.get().category().equals(request.category())) {
            errors.add(new Problem.FieldError("type", request.type() + " belongs to category " + type.get().category()
                    + ", not " + request.category()));
        }
        if (!taxonomy.isHorizon(request.horizon())) {
            errors.add(new Problem.FieldError("horizon", "unknown horizon '" + request.horizon() + "'; expected one of "
                    + String.join(", ", taxonomy.horizons())));
        }
        String unit = request.unit();
        boolean money = false;
        if (type.isPresent()) {
            if (type.get().measure() == Taxonomy.Measure.MONEY) {
                money = true;
                checkMoney(request, errors);
            } else {
                checkQuantity(request, errors);
                if (unit == null) {
                    unit = type.get().defaultUnit();
                }
            }
        }
        boolean quantity = type.isPresent() && !money; // a period there is refused as such, whatever its code
        if (request.period() != null && !quantity && !taxonomy.isMoneyPeriod(request.period())) {
            errors.add(new Problem.FieldError("period", "unknown period '" + request.period() + "'; expected one of "
                    + String.join(", ", taxonomy.moneyPeriods())));
        }
        if (request.currency() != null && !taxonomy.isCurrency(request.currency())) {
            errors.add(new Problem.FieldError("currency", "must be an ISO 4217 code matching " + taxonomy.currencyPattern()));
        }
        if (request.goalId() != null && !goalIdsOfRevision.contains(request.goalId())) {
            errors.add(new Problem.FieldError("goal_id", "is not a goal of this assessment revision"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        need.category = request.category();
        need.type = request.type();
        need.description = request.description();
        need.quantity = request.quantity();
        need.unit = unit == null ? null : unit.trim();
        need.amount = request.amount();
        need.currency = request.currency();
        need.period = money ? (request.period() == null ? Taxonomy.ONE_TIME : request.period()) : null;
        need.horizon = request.horizon();
        need.priority = request.priority();
        need.currentCapacity = request.currentCapacity();
        need.goalId = request.goalId();
    }

    private static void checkMoney(NeedRequest request, List<Problem.FieldError> errors) {
        String why = "a " + request.type() + " need is money: give amount and currency";
        if (request.amount() == null) {
            errors.add(new Problem.FieldError("amount", "is required; " + why));
        }
        if (request.currency() == null) {
            errors.add(new Problem.FieldError("currency", "is required; " + why));
        }
        if (request.quantity() != null) {
            errors.add(new Problem.FieldError("quantity", "must be absent; " + why));
        }
        if (request.unit() != null) {
            errors.add(new Problem.FieldError("unit", "must be absent; " + why));
        }
    }

    private static void checkQuantity(NeedRequest request, List<Problem.FieldError> errors) {
        String why = "a " + request.type() + " need is a quantity: give quantity and unit";
        if (request.quantity() == null) {
            errors.add(new Problem.FieldError("quantity", "is required; " + why));
        }
        if (request.amount() != null) {
            errors.add(new Problem.FieldError("amount", "must be absent; " + why));
        }
        if (request.currency() != null) {
            errors.add(new Problem.FieldError("currency", "must be absent; " + why));
        }
        if (request.period() != null) {
            errors.add(new Problem.FieldError("period", "must be absent; " + why + " (a period belongs to an amount)"));
        }
    }
}
