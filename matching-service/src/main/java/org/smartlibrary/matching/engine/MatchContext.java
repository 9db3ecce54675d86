package org.smartlibrary.matching.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What every gate and criterion of one match reads besides the (need, offering) itself: the assessment, the match
 * date, the settings, per need the libraries that apply for it together (the assessment's library alone in one
 * library's match, the contributing members in a consortium's pooled match), the last day an offering may start,
 * its measure and its gap, computed once per match instead of per candidate, and what other libraries already ask
 * of the offerings ({@link Contention}).
 *
 * <p>A pooled match reads the pool as an assessment ({@link ConsortiumPool#asAssessment()}): its needs are the
 * pooled needs, its library the pool's {@link ConsortiumPool#area()}.
 */
final class MatchContext {

    private final AssessmentInput assessment;
    private final LocalDate today;
    private final long todayDay;
    private final MatchSettings settings;
    private final boolean pooled;
    private final LibraryInput[][] applying;
    private final long[] latestStartDay;
    private final Measure[] needed;
    private final BigDecimal[] gaps;
    private final LocalDate horizonEnd;
    private final Contention contention;

    private MatchContext(AssessmentInput assessment, LocalDate today, MatchSettings settings, boolean pooled,
                         LibraryInput[][] applying, OfferingDemand demand) {
        this.assessment = assessment;
        this.today = today;
        this.todayDay = today.toEpochDay();
        this.settings = settings;
        this.pooled = pooled;
        this.applying = applying;
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
        this.contention = new Contention(this, demand);
    }

    /** One library's match without contention: the assessment's library applies alone for every need. */
    static MatchContext individual(AssessmentInput assessment, LocalDate today, MatchSettings settings) {
        return individual(assessment, today, settings, OfferingDemand.NONE);
    }

    /** One library's match: the assessment's library applies alone for every need; others ask {@code demand}. */
    static MatchContext individual(AssessmentInput assessment, LocalDate today, MatchSettings settings,
                                   OfferingDemand demand) {
        LibraryInput[] alone = {assessment.library()};
        LibraryInput[][] applying = new LibraryInput[assessment.needs().size()][];
        Arrays.fill(applying, alone);
        return new MatchContext(assessment, today, settings, false, applying, demand);
    }

    /** A consortium's pooled match without contention. */
    static MatchContext pooled(ConsortiumPool pool, LocalDate today, MatchSettings settings) {
        return pooled(pool, today, settings, OfferingDemand.NONE);
    }

    /** A consortium's pooled match: the members contributing to a pooled need apply for it together. */
    static MatchContext pooled(ConsortiumPool pool, LocalDate today, MatchSettings settings, OfferingDemand demand) {
        Map<String, LibraryInput> libraries = pool.members().stream().map(AssessmentInput::library)
                .collect(Collectors.toMap(LibraryInput::id, Function.identity()));
        List<PooledNeed> needs = pool.needs();
        LibraryInput[][] applying = new LibraryInput[needs.size()][];
        for (int i = 0; i < needs.size(); i++) {
            applying[i] = needs.get(i).contributions().stream().map(PoolContribution::libraryId).distinct()
                    .map(libraries::get).toArray(LibraryInput[]::new);
        }
        return new MatchContext(pool.asAssessment(), today, settings, true, applying, demand);
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

    /** What other libraries already ask of the offerings, and what this match's covers add. */
    Contention contention() {
        return contention;
    }

    /** Whether this is a consortium's pooled match (its texts speak of the consortium, not one library). */
    boolean pooled() {
        return pooled;
    }

    /** The libraries applying together for the need at this position; never empty. */
    LibraryInput[] applying(int needIndex) {
        return applying[needIndex];
    }

    /** How many libraries apply together for the need at this position (1 in one library's match). */
    int librariesApplying(int needIndex) {
        return applying[needIndex].length;
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
