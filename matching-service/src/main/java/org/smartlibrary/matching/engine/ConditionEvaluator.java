package org.smartlibrary.matching.engine;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Decides, per eligibility condition of an offering, whether the assessed library can meet it. */
final class ConditionEvaluator {

    List<ConditionOutcome> evaluate(OfferingInput offering, PartnerInput partner, AssessmentInput assessment) {
        if (offering.conditions().isEmpty()) {
            return List.of();
        }
        return offering.conditions().stream().map(condition -> evaluate(condition, partner, assessment)).toList();
    }

    ConditionOutcome evaluate(OfferingCondition condition, PartnerInput partner, AssessmentInput assessment) {
        return switch (condition.code()) {
            case Codes.REGION_ONLY -> regionOnly(condition, partner, assessment.library());
            case Codes.NONPROFIT_ONLY -> new ConditionOutcome(condition, ConditionOutcome.Verdict.MET,
                    "NONPROFIT_ONLY: public libraries qualify");
            case Codes.MATCHING_FUNDS_REQUIRED -> matchingFunds(condition, assessment);
            case Codes.MIN_AUDIENCE -> minAudience(condition, assessment);
            default -> new ConditionOutcome(condition, ConditionOutcome.Verdict.NEEDS_REVIEW,
                    condition.code() + " needs review" + describedAs(condition));
        };
    }

    private static ConditionOutcome regionOnly(OfferingCondition condition, PartnerInput partner, LibraryInput library) {
        // Without listed regions the condition means the partner's own service-area regions (taxonomy).
        boolean explicit = !condition.values().isEmpty();
        Collection<String> regions = explicit ? condition.values() : partner.serviceArea().regions();
        String listed = String.join(", ", new TreeSet<>(explicit ? condition.values() : partner.serviceArea().regions()));
        if (ServiceArea.containsIgnoringCase(regions, library.region())) {
            return new ConditionOutcome(condition, ConditionOutcome.Verdict.MET,
                    "REGION_ONLY " + listed + ": library is in " + library.region());
        }
        if (!explicit && partner.serviceArea().regions().isEmpty()) {
            return new ConditionOutcome(condition, ConditionOutcome.Verdict.NEEDS_REVIEW,
                    "REGION_ONLY without regions and the partner lists none: check eligibility for "
                            + library.region());
        }
        return new ConditionOutcome(condition, ConditionOutcome.Verdict.UNSATISFIABLE,
                "REGION_ONLY " + listed + ": library is in region " + library.region());
    }

    private static ConditionOutcome matchingFunds(OfferingCondition condition, AssessmentInput assessment) {
        String share = condition.values().isEmpty() ? "matching funds" : shareOf(condition.values().get(0));
        if (assessment.hasMatchingFunds()) {
            return new ConditionOutcome(condition, ConditionOutcome.Verdict.MET,
                    "MATCHING_FUNDS_REQUIRED (" + share + "): the library has matching funds");
        }
        return new ConditionOutcome(condition, ConditionOutcome.Verdict.PENALTY,
                "MATCHING_FUNDS_REQUIRED (" + share + "): the assessment states no matching funds");
    }

    private static ConditionOutcome minAudience(OfferingCondition condition, AssessmentInput assessment) {
        String minimum = condition.values().isEmpty() ? "a minimum audience" : "at least " + condition.values().get(0);
        // The assessment carries no audience figure: offering audience reach makes it plausible, not certain.
        if (assessment.libraryOffers().contains(Codes.AUDIENCE_REACH)) {
            return new ConditionOutcome(condition, ConditionOutcome.Verdict.NEEDS_REVIEW,
                    "MIN_AUDIENCE " + minimum + ": the library offers AUDIENCE_REACH, confirm the figure");
        }
        return new ConditionOutcome(condition, ConditionOutcome.Verdict.PENALTY,
                "MIN_AUDIENCE " + minimum + ": the library does not offer AUDIENCE_REACH");
    }

    private static String shareOf(String value) {
        try {
            BigDecimal share = new BigDecimal(value);
            return share.compareTo(BigDecimal.ONE) <= 0 ? Figures.percent(share.doubleValue()) + " co-funding" : value;
        } catch (NumberFormatException notANumber) {
            return value;
        }
    }

    private static String describedAs(OfferingCondition condition) {
        return condition.description() == null || condition.description().isBlank() ? "" : ": " + condition.description();
    }
}
