package org.smartlibrary.matching.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What every gate and criterion of one match reads besides the (need, offering) itself: the assessment, the match
 * date, the settings, how many libraries apply together (1 for one library's match), and per need the last day an
 * offering may start, its measure and its gap, computed once per match instead of per candidate.
 */
final class MatchContext {

    private final AssessmentInput assessment;
    private final LocalDate today;
    private final long todayDay;
    private final MatchSettings settings;
    private final int librariesApplying;
    private final long[] latestStartDay;
    private final Measure[] needed;
    private final BigDecimal[] gaps;
    private final LocalDate horizonEnd;

    MatchContext(AssessmentInput assessment, LocalDate today, MatchSettings settings, int librariesApplying) {
        this.assessment = assessment;
        this.today = today;
        this.todayDay = today.toEpochDay();
        this.settings = settings;
        this.librariesApplying = librariesApplying;
        this.horizonEnd = today.plusYears(settings.longTermHorizonYears()).minusDays(1);
        List<NeedInput> needs = assessment.needs();
        this.latestStartDay = new long[needs.size()];
        this.needed = new Measure[needs.size()];
        this.gaps = new BigDecimal[needs.size()];
        long shortLead = today.plusDays(settings.shortTermLeadDays()).toEpochDay();
        long longLead = today.plusMonths(settings.longTermLeadMonths()).toEpochDay();
        for (int i = 0; i < needs.size(); i++) {
            latestStartDay[i] = needs.get(i).longTerm() ? longLead : shortLead;
            needed[i] = needs.get(i).measure();
            gaps[i] = needs.get(i).gap();
        }
    }

    AssessmentInput assessment() {
        return assessment;
    }

    LibraryInput library() {
        return assessment.library();
    }

    LocalDate today() {
        return today;
    }

    long todayDay() {
        return todayDay;
    }

    MatchSettings settings() {
        return settings;
    }

    int librariesApplying() {
        return librariesApplying;
    }

    /** The last day an offering may start for the need at this position (its horizon's lead). */
    long latestStartDay(int needIndex) {
        return latestStartDay[needIndex];
    }

    /** The measure of the need at this position ({@link NeedInput#measure()}, built once per match). */
    Measure needed(int needIndex) {
        return needed[needIndex];
    }

    /** The gap of the need at this position ({@link NeedInput#gap()}, computed once per match); null when unstated. */
    BigDecimal gap(int needIndex) {
        return gaps[needIndex];
    }

    LocalDate latestStart(int needIndex) {
        return LocalDate.ofEpochDay(latestStartDay[needIndex]);
    }

    /** The last day of a long-term need's horizon. */
    LocalDate horizonEnd() {
        return horizonEnd;
    }

    long horizonEndDay() {
        return horizonEnd.toEpochDay();
    }

    /** Days in a long-term need's horizon. */
    long horizonDays() {
        return horizonEnd.toEpochDay() - todayDay + 1;
    }

    /**
     * The suite's one definition of a stale listing (also partner-service's {@code stale} marker): never confirmed,
     * or last confirmed more than the stale period of months before the match date.
     */
    boolean stale(LocalDate lastConfirmed) {
        return lastConfirmed == null || lastConfirmed.plusMonths(settings.staleAfterMonths()).isBefore(today);
    }
}
