package org.smartlibrary.matching.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides, per eligibility condition of an offering, whether the assessed library can meet it. A condition on where
 * a library is (REGION_ONLY) must hold for every library applying: in a consortium's pooled match, for every member
 * contributing to the pooled need. A consortium has matching funds and offers audience reach when a member does
 * ({@link ConsortiumPool#asAssessment()}); its texts speak of the members.
 */
final class ConditionEvaluator {

    /**
     * The outcomes for the libraries applying for the need at this position ({@link MatchContext#applying}): the
     * assessment's library alone in one library's match.
     */
    List<ConditionOutcome> evaluate(OfferingInput offering, PartnerInput partner, MatchContext context,
                                    int needIndex) {
        if (offering.conditions().isEmpty()) {
            return List.of();
        }
        return offering.conditions().stream().map(condition -> evaluate(condition, partner, context, needIndex))
                .toList();
    }

    private ConditionOutcome evaluate(OfferingCondition condition, PartnerInput partner, MatchContext context,
                                      int needIndex) {
        LibraryInput[] applying = context.applying(needIndex);
        return switch (condition.code()) {
            case Codes.REGION_ONLY -> context.pooled() ? regionOnly(condition, partner, applying)
                    : regionOnly(condition, partner, applying[0]);
            case Codes.NONPROFIT_ONLY -> new ConditionOutcome(condition, ConditionOutcome.Verdict.MET,
                    "NONPROFIT_ONLY: public libraries qualify");
            case Codes.MATCHING_FUNDS_REQUIRED -> matchingFunds(condition, context);
            case Codes.MIN_AUDIENCE -> minAudience(condition, context);
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

    /** REGION_ONLY for the members applying together: met only when every one of them is in a listed region. */
    private static ConditionOutcome regionOnly(OfferingCondition condition, PartnerInput partner,
                                               LibraryInput[] applying) {
        boolean explicit = !condition.values().isEmpty();
        Collection<String> regions = explicit ? condition.values() : partner.serviceArea().regions();
        String listed = String.join(", ", new TreeSet<>(regions));
        List<String> outside = new ArrayList<>();
        Set<String> outsideRegions = new TreeSet<>();
        for (LibraryInput library : applying) {
            if (!ServiceArea.containsIgnoringCase(regions, library.region())) {
                outside.add(library.id() + " in " + library.region());
                outsideRegions.add(library.region());
            }
        }
        if (outside.isEmpty()) {
            return new ConditionOutcome(condition, ConditionOutcome.Verdict.MET, "REGION_ONLY " + listed + ": "
                    + (applying.length == 1 ? "member " + applying[0].id() + ", the only one applying, is in it"
                            : "every applying member is in it"));
        }
        if (!explicit && partner.serviceArea().regions().isEmpty()) {
            return new ConditionOutcome(condition, ConditionOutcome.Verdict.NEEDS_REVIEW,
                    "REGION_ONLY without regions and the partner lists none: check eligibility for "
                            + String.join(", ", outsideRegions));
        }
        return new ConditionOutcome(condition, ConditionOutcome.Verdict.UNSATISFIABLE,
                "REGION_ONLY " + listed + ": " + (outside.size() == 1 ? "member " : "members ")
                        + String.join(", ", outside) + " outside");
    }

    private static ConditionOutcome matchingFunds(OfferingCondition condition, MatchContext context) {
        String share = condition.values().isEmpty() ? "matching funds" : shareOf(condition.values().get(0));
        boolean pooled = context.pooled();
        if (context.assessment().hasMatchingFunds()) {
            return new ConditionOutcome(condition, ConditionOutcome.Verdict.MET, "MATCHING_FUNDS_REQUIRED (" + share
                    + "): " + (pooled ? "a consortium member has matching funds" : "the library has matching funds"));
        }
        return new ConditionOutcome(condition, ConditionOutcome.Verdict.PENALTY, "MATCHING_FUNDS_REQUIRED (" + share
                + "): " + (pooled ? "no member's assessment states matching funds"
                        : "the assessment states no matching funds"));
    }

    private static ConditionOutcome minAudience(OfferingCondition condition, MatchContext context) {
        String minimum = condition.values().isEmpty() ? "a minimum audience" : "at least " + condition.values().get(0);
        boolean pooled = context.pooled();
        // The assessment carries no audience figure: offering audience reach makes it plausible, not certain.
        if (context.assessment().libraryOffers().contains(Codes.AUDIENCE_REACH)) {
            return new ConditionOutcome(condition, ConditionOutcome.Verdict.NEEDS_REVIEW, "MIN_AUDIENCE " + minimum
                    + ": " + (pooled ? "a consortium member offers" : "the library offers")
                    + " AUDIENCE_REACH, confirm the figure");
        }
        return new ConditionOutcome(condition, ConditionOutcome.Verdict.PENALTY, "MIN_AUDIENCE " + minimum + ": "
                + (pooled ? "no consortium member offers" : "the library does not offer") + " AUDIENCE_REACH");
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
