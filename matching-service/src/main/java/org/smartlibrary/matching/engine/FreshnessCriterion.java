package org.smartlibrary.matching.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How recently the partner confirmed its listing, together with its verification state (the mean of the two).
 * Freshness is full within 6 months of the last confirmation and decays linearly to a floor at 24 months, judged
 * on the match date. Whether a listing counts as stale (the STALE_LISTING flag) is the suite's one definition in
 * {@link MatchContext#stale}.
 */
final class FreshnessCriterion implements PartnerCriterion {

    static final int FRESH_MONTHS = 6;
    static final int DECAYED_MONTHS = 24;
    static final double FRESHNESS_FLOOR = 0.2;

    static final double VERIFIED = 1.0;
    static final double PENDING = 0.6;
    static final double UNVERIFIED = 0.3;

    @Override
    public Criterion criterion() {
        return Criterion.FRESHNESS;
    }

    @Override
    public double value(MatchContext context, PartnerInput partner) {
        return (freshnessOf(partner.lastConfirmed(), context.today()) + verificationOf(partner.verification())) / 2;
    }

    @Override
    public String explain(MatchContext context, PartnerInput partner, double value) {
        double freshness = freshnessOf(partner.lastConfirmed(), context.today());
        String confirmed = partner.lastConfirmed() == null ? "never confirmed"
                : "confirmed " + partner.lastConfirmed();
        String stale = context.stale(partner.lastConfirmed())
                ? " (stale: not confirmed within " + context.settings().staleAfterMonths() + " months of the match date)"
                : "";
        return confirmed + stale + " → " + Figures.ratio(freshness) + "; verification " + partner.verification()
                + " → " + Figures.ratio(verificationOf(partner.verification()));
    }

    /** Full within 6 months of the last confirmation, then linear decay to the floor at 24 months. */
    static double freshnessOf(LocalDate lastConfirmed, LocalDate today) {
        if (lastConfirmed == null) {
            return FRESHNESS_FLOOR;
        }
        LocalDate decayStart = lastConfirmed.plusMonths(FRESH_MONTHS);
        LocalDate decayEnd = lastConfirmed.plusMonths(DECAYED_MONTHS);
        if (!today.isAfter(decayStart)) {
            return 1.0;
        }
        if (!today.isBefore(decayEnd)) {
            return FRESHNESS_FLOOR;
        }
        double elapsed = ChronoUnit.DAYS.between(decayStart, today)
                / (double) ChronoUnit.DAYS.between(decayStart, decayEnd);
        return 1.0 - (1.0 - FRESHNESS_FLOOR) * elapsed;
    }

    static double verificationOf(String verification) {
        if (Codes.VERIFIED.equals(verification)) {
            return VERIFIED;
        }
        return Codes.PENDING.equals(verification) ? PENDING : UNVERIFIED;
    }
}
