package org.smartlibrary.matching.engine;

/**
 * How one admitted offering serves one need, in figures only: a match computes one per admitted (need, offering),
 * and {@link Criteria#explain} turns the same figures into texts later, only for the partners it keeps.
 *
 * @param needIndex  the need's position in the assessment
 * @param capacity   the CAPACITY value: share of the need's gap the offering closes
 * @param horizon    the HORIZON_FIT value: share of the need's horizon the window covers
 * @param conditions the CONDITIONS value
 * @param coverage   capacity x horizon: the share of the need this offering covers
 * @param matchScore the weighted mean of all criteria
 * @param flags      {@link Flag#bit()}s of this cover (the partner's own included)
 * @param spanFrom   first epoch day of the need's horizon this offering serves (a short-term need's horizon is
 *                   the match date alone)
 * @param spanTo     last such day
 * @param horizonDays days in the need's horizon
 */
record Cover(int needIndex, NeedInput need, PartnerOffering candidate, double capacity, double horizon,
             double conditions, double coverage, double matchScore, int flags, long spanFrom, long spanTo,
             long horizonDays) implements CoverFigures {

    /** Whether the offering serves the whole horizon of the need (so covers of it simply add up). */
    boolean wholeSpan() {
        return spanTo - spanFrom + 1 >= horizonDays;
    }

    /**
     * The share of the need covered on each day of the span: the coverage spread over the span only, so that two
     * offerings serving the same months do not add up to more time than there is.
     */
    double level() {
        long days = spanTo - spanFrom + 1;
        return days <= 0 ? 0 : Math.min(1, coverage * horizonDays / days);
    }

    @Override
    public String needId() {
        return need.id();
    }

    @Override
    public int priority() {
        return need.priority();
    }

    @Override
    public String offeringId() {
        return candidate.offering().id();
    }
}
