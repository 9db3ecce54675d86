package org.smartlibrary.matching.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The hard gates a (need, offering) candidate must pass before it is scored. Every gate is checked, so an
 * excluded candidate lists all its reasons, not just the first.
 */
final class HardGates {

    /** An offering that starts within this many days is allowed (and noted); later ones are excluded. */
    static final int MAX_START_LEAD_DAYS = 90;

    private final TypeRelations relations;
    private final ConditionEvaluator conditionEvaluator = new ConditionEvaluator();

    HardGates(TypeRelations relations) {
        this.relations = relations;
    }

    GateResult check(AssessmentInput assessment, NeedInput need, PartnerOffering candidate, LocalDate today) {
        PartnerInput partner = candidate.partner();
        OfferingInput offering = candidate.offering();
        List<ExclusionReason> reasons = new ArrayList<>();
        List<MatchNote> notes = new ArrayList<>();

        if (Codes.REJECTED.equals(partner.verification())) {
            reasons.add(new ExclusionReason(Gate.VERIFICATION, "partner verification was REJECTED"));
        }
        if (!Codes.ACTIVE.equals(offering.status())) {
            reasons.add(new ExclusionReason(Gate.STATUS, "offering status is " + offering.status() + ", not ACTIVE"));
        }
        checkAvailability(offering, today, reasons, notes);
        TypeMatch typeMatch = typeMatch(need, offering);
        checkType(need, offering, typeMatch, reasons);
        checkMeasure(need, offering, typeMatch, reasons, notes);
        if (!partner.serviceArea().covers(assessment.library())) {
            reasons.add(new ExclusionReason(Gate.SERVICE_AREA, outOfAreaText(partner.serviceArea(), assessment.library())));
        }
        List<ConditionOutcome> conditions = conditionEvaluator.evaluate(offering, partner, assessment);
        for (ConditionOutcome outcome : conditions) {
            switch (outcome.verdict()) {
                case UNSATISFIABLE -> reasons.add(new ExclusionReason(Gate.CONDITIONS, outcome.text()));
                case PENALTY -> notes.add(new MatchNote(MatchNote.Kind.CONDITION_PENALTY, outcome.text()));
                case NEEDS_REVIEW -> notes.add(new MatchNote(MatchNote.Kind.NEEDS_REVIEW, outcome.text()));
                case MET -> { }
            }
        }
        return new GateResult(typeMatch, reasons, notes, conditions);
    }

    TypeMatch typeMatch(NeedInput need, OfferingInput offering) {
        if (need.type().equals(offering.type())) {
            return TypeMatch.EXACT;
        }
        return relations.areRelated(need.type(), offering.type()) ? TypeMatch.RELATED : TypeMatch.NONE;
    }

    private static void checkAvailability(OfferingInput offering, LocalDate today, List<ExclusionReason> reasons,
                                          List<MatchNote> notes) {
        if (offering.availableUntil() != null && offering.availableUntil().isBefore(today)) {
            reasons.add(new ExclusionReason(Gate.AVAILABILITY, "availability ended on " + offering.availableUntil()));
        }
        if (offering.availableFrom() != null && offering.availableFrom().isAfter(today)) {
            long days = ChronoUnit.DAYS.between(today, offering.availableFrom());
            if (days > MAX_START_LEAD_DAYS) {
                reasons.add(new ExclusionReason(Gate.AVAILABILITY, "available only from " + offering.availableFrom()
                        + ", " + days + " days ahead (more than " + MAX_START_LEAD_DAYS + ")"));
            } else {
                notes.add(new MatchNote(MatchNote.Kind.STARTS_LATER,
                        "available from " + offering.availableFrom() + ", in " + days + " days"));
            }
        }
    }

    private static void checkType(NeedInput need, OfferingInput offering, TypeMatch typeMatch,
                                  List<ExclusionReason> reasons) {
        if (typeMatch == TypeMatch.NONE) {
            reasons.add(new ExclusionReason(Gate.TYPE, "type " + offering.type() + " is neither " + need.type()
                    + " nor related to it"));
        } else if (typeMatch == TypeMatch.EXACT && !need.category().equals(offering.category())) {
            reasons.add(new ExclusionReason(Gate.TYPE, "category " + offering.category()
                    + " does not match the need's category " + need.category()));
        }
    }

    /**
     * Money only for money needs and units that agree, for the same type. A related type may use another measure
     * (taxonomy: "capacity is then not comparable"), so there it is admitted and counted as a partial cover.
     */
    private static void checkMeasure(NeedInput need, OfferingInput offering, TypeMatch typeMatch,
                                     List<ExclusionReason> reasons, List<MatchNote> notes) {
        Measure needed = need.measure();
        Measure offered = offering.capacity();
        if (offered.stated() && offered.value().signum() <= 0) {
            reasons.add(new ExclusionReason(Gate.MEASURE, "no capacity left (" + offered.describe() + ")"));
            return;
        }
        if (!needed.stated()) {
            return;
        }
        if (!offered.stated()) {
            notes.add(new MatchNote(MatchNote.Kind.CAPACITY_NOT_COMPARABLE,
                    "offering states no capacity for a need of " + needed.describe()));
            return;
        }
        if (needed.comparableWith(offered)) {
            return;
        }
        if (typeMatch == TypeMatch.RELATED) {
            notes.add(new MatchNote(MatchNote.Kind.CAPACITY_NOT_COMPARABLE, "related type " + offering.type()
                    + " offers " + offered.describe() + " for a need of " + needed.describe()));
        } else if (needed.kind() != offered.kind()) {
            reasons.add(new ExclusionReason(Gate.MEASURE, "offering is " + offered.kindLabel()
                    + " (" + offered.describe() + ") but the need is " + needed.kindLabel()
                    + " (" + needed.describe() + ")"));
        } else {
            String unitWord = needed.kind() == Measure.Kind.MONEY ? "currency " : "unit ";
            reasons.add(new ExclusionReason(Gate.MEASURE, unitWord + offered.unit() + " differs from the need's "
                    + needed.unit()));
        }
    }

    private static String outOfAreaText(ServiceArea area, LibraryInput library) {
        String served = area.regions().isEmpty() && area.cities().isEmpty()
                ? "partner states no service area"
                : "partner serves regions [" + String.join(", ", new TreeSet<>(area.regions()))
                        + "] and cities [" + String.join(", ", new TreeSet<>(area.cities())) + "]";
        return served + ", not " + library.city() + " (" + library.region() + ")";
    }
}
