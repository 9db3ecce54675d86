package org.smartlibrary.matching.engine;

/**
 * The window must not have ended before the match date, and must start within the lead the need's horizon allows:
 * a short-term need only takes what starts soon, a long-term one can wait for a later start.
 */
final class AvailabilityGate implements HardGate {

    @Override
    public ExclusionCode test(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate) {
        if (candidate.endsBefore(context.todayDay())) {
            return ExclusionCode.WINDOW_ENDED;
        }
        return candidate.startsAfter(context.latestStartDay(needIndex)) ? ExclusionCode.STARTS_TOO_LATE : null;
    }

    @Override
    public String explain(MatchContext context, int needIndex, NeedInput need, PartnerOffering candidate,
                          ExclusionCode failure) {
        OfferingInput offering = candidate.offering();
        if (failure == ExclusionCode.WINDOW_ENDED) {
            return "available until " + offering.availableUntil() + ", before the match date " + context.today();
        }
        MatchSettings settings = context.settings();
        String lead = need.longTerm() ? settings.longTermLeadMonths() + " months for a long-term need"
                : settings.shortTermLeadDays() + " days for a short-term need";
        return "available from " + offering.availableFrom() + ", after " + context.latestStart(needIndex)
                + " (starts within " + lead + ")";
    }
}
