package org.smartlibrary.matching.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The hard gates a (need, offering) candidate must pass before it is scored. Every gate is checked, so an
 * excluded candidate lists all its reasons, not just the first. {@link #failures} answers which gates fail as a bit
 * set, without texts (every candidate of a match); {@link #check} gives the reasons and notes with their texts (the
 * candidates a match keeps). Both decide through the same predicates.
 */
final class HardGates {

    /** An offering that starts within this many days is allowed (and noted); later ones are excluded. */
    static final int MAX_START_LEAD_DAYS = 90;

    private final TypeRelations relations;
    private final ConditionEvaluator conditionEvaluator = new ConditionEvaluator();

    HardGates(TypeRelations relations) {
        this.relations = relations;
    }

    /** The gates this candidate fails as a set of {@link Gate#bit()}s; 0 = admitted. Agrees with {@link #check}. */
    int failures(AssessmentInput assessment, NeedInput need, PartnerOffering candidate, TypeMatch typeMatch,
                 LocalDate today) {
        PartnerInput partner = candidate.partner();
        OfferingInput offering = candidate.offering();
        int failed = 0;
        if (candidate.partnerRejected()) {
            failed |= Gate.VERIFICATION.bit();
        }
        if (!candidate.active()) {
            failed |= Gate.STATUS.bit();
        }
        if (candidate.endedBefore(today) || startsTooLate(candidate, today)) {
            failed |= Gate.AVAILABILITY.bit();
        }
        if (typeExcluded(need, candidate, typeMatch)) {
            failed |= Gate.TYPE.bit();
        }
        if (measureExcluded(need.measure(), candidate.capacity(), typeMatch)) {
            failed |= Gate.MEASURE.bit();
        }
        if (!candidate.area().covers(assessment.library())) {
            failed |= Gate.SERVICE_AREA.bit();
        }
        if (candidate.hasConditions()) {
            for (ConditionOutcome outcome : conditionEvaluator.evaluate(offering, partner, assessment)) {
                if (outcome.verdict() == ConditionOutcome.Verdict.UNSATISFIABLE) {
                    failed |= Gate.CONDITIONS.bit();
                }
            }
        }
        return failed;
    }

    GateResult check(AssessmentInput assessment, NeedInput need, PartnerOffering candidate, LocalDate today) {
        PartnerInput partner = candidate.partner();
        OfferingInput offering = candidate.offering();
        List<ExclusionReason> reasons = new ArrayList<>();
        List<MatchNote> notes = new ArrayList<>();

        if (candidate.partnerRejected()) {
            reasons.add(new ExclusionReason(Gate.VERIFICATION, "partner verification was REJECTED"));
        }
        if (!candidate.active()) {
            reasons.add(new ExclusionReason(Gate.STATUS, "offering status is " + offering.status() + ", not ACTIVE"));
        }
        checkAvailability(candidate, today, reasons, notes);
        TypeMatch typeMatch = typeMatch(need, offering);
        checkType(need, candidate, typeMatch, reasons);
        checkMeasure(need, candidate, typeMatch, reasons, notes);
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

    private static boolean startsTooLate(PartnerOffering candidate, LocalDate today) {
        return candidate.daysUntilAvailable(today) > MAX_START_LEAD_DAYS;
    }

    private static boolean typeExcluded(NeedInput need, PartnerOffering candidate, TypeMatch typeMatch) {
        return typeMatch == TypeMatch.NONE
                || typeMatch == TypeMatch.EXACT && !need.category().equals(candidate.category());
    }

    /**
     * Money only for money needs and units that agree, for the same type. A related type may use another measure
     * (taxonomy: "capacity is then not comparable"), so there it is admitted and counted as a partial cover.
     */
    private static boolean measureExcluded(Measure needed, Measure offered, TypeMatch typeMatch) {
        if (noCapacityLeft(offered)) {
            return true;
        }
        if (!needed.stated() || !offered.stated() || needed.comparableWith(offered)) {
            return false;
        }
        return typeMatch != TypeMatch.RELATED;
    }

    private static boolean noCapacityLeft(Measure offered) {
        return offered.stated() && offered.value().signum() <= 0;
    }

    private static void checkAvailability(PartnerOffering candidate, LocalDate today, List<ExclusionReason> reasons,
                                          List<MatchNote> notes) {
        OfferingInput offering = candidate.offering();
        if (candidate.endedBefore(today)) {
            reasons.add(new ExclusionReason(Gate.AVAILABILITY, "availability ended on " + offering.availableUntil()));
        }
        long days = candidate.daysUntilAvailable(today);
        if (days > 0) {
            if (startsTooLate(candidate, today)) {
                reasons.add(new ExclusionReason(Gate.AVAILABILITY, "available only from " + offering.availableFrom()
                        + ", " + days + " days ahead (more than " + MAX_START_LEAD_DAYS + ")"));
            } else {
                notes.add(new MatchNote(MatchNote.Kind.STARTS_LATER,
                        "available from " + offering.availableFrom() + ", in " + days + " days"));
            }
        }
    }

    private static void checkType(NeedInput need, PartnerOffering candidate, TypeMatch typeMatch,
                                  List<ExclusionReason> reasons) {
        OfferingInput offering = candidate.offering();
        if (!typeExcluded(need, candidate, typeMatch)) {
            return;
        }
        if (typeMatch == TypeMatch.NONE) {
            reasons.add(new ExclusionReason(Gate.TYPE, "type " + offering.type() + " is neither " + need.type()
                    + " nor related to it"));
        } else {
            reasons.add(new ExclusionReason(Gate.TYPE, "category " + offering.category()
                    + " does not match the need's category " + need.category()));
        }
    }

    /** {@link #measureExcluded} with its reason, or the note of an admitted capacity that is not comparable. */
    private static void checkMeasure(NeedInput need, PartnerOffering candidate, TypeMatch typeMatch,
                                     List<ExclusionReason> reasons, List<MatchNote> notes) {
        OfferingInput offering = candidate.offering();
        Measure needed = need.measure();
        Measure offered = candidate.capacity();
        if (noCapacityLeft(offered)) {
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
