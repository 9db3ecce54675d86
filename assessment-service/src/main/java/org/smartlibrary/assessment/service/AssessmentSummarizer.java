package org.smartlibrary.assessment.service;

import org.smartlibrary.assessment.api.AssessmentSummary;
import org.smartlibrary.assessment.api.AssessmentSummary.CategoryTotals;
import org.smartlibrary.assessment.api.AssessmentSummary.HorizonTotals;
import org.smartlibrary.assessment.api.AssessmentSummary.TopNeed;
import org.smartlibrary.assessment.events.Numbers;
import org.smartlibrary.assessment.model.AssessmentRevision;
import org.smartlibrary.assessment.model.Need;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Derives the summary of one revision. "What the library needs most": highest priority first; among equal
 * priorities the larger unmet share (gap / requested) first, then the order the needs were entered in.
 */
public final class AssessmentSummarizer {

    static final Comparator<Need> MOST_NEEDED = Comparator.<Need>comparingInt(need -> need.priority).reversed()
            .thenComparing(NeedTotals::gapRatio, Comparator.reverseOrder())
            .thenComparingInt(need -> need.sortOrder);

    private AssessmentSummarizer() {
    }

    public static AssessmentSummary summarize(AssessmentRevision revision, int goalCount, int offerCount, List<Need> needs,
                                              Collection<String> categories, Collection<String> horizons,
                                              Collection<String> moneyPeriods, int top) {
        List<CategoryTotals> byCategory = categories.stream().map(category -> {
            List<Need> inCategory = needs.stream().filter(need -> need.category.equals(category)).toList();
            return new CategoryTotals(category, inCategory.size(),
                    (int) inCategory.stream().filter(need -> "SHORT_TERM".equals(need.horizon)).count(),
                    (int) inCategory.stream().filter(need -> "LONG_TERM".equals(need.horizon)).count(),
                    inCategory.stream().map(need -> need.priority).max(Integer::compare).orElse(null));
        }).toList();
        List<HorizonTotals> byHorizon = horizons.stream().map(horizon -> {
            List<Need> inHorizon = needs.stream().filter(need -> need.horizon.equals(horizon)).toList();
            NeedTotals totals = NeedTotals.of(inHorizon, moneyPeriods);
            return new HorizonTotals(horizon, inHorizon.size(), totals.money(), totals.quantities());
        }).toList();
        List<Need> ranked = needs.stream().sorted(MOST_NEEDED).limit(top).toList();
        List<TopNeed> topNeeds = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            Need need = ranked.get(i);
            topNeeds.add(new TopNeed(i + 1, need.id, need.category, need.type, need.description, need.priority,
                    need.horizon, Numbers.plain(need.requested()), need.unit, need.currency, need.moneyPeriod(),
                    Numbers.plain(need.currentCapacity), Numbers.plain(NeedTotals.gap(need)), NeedTotals.gapRatio(need),
                    need.goalId));
        }
        return new AssessmentSummary(revision.assessmentId, revision.revision, revision.status, goalCount, needs.size(),
                offerCount, byCategory, byHorizon, topNeeds);
    }
}
