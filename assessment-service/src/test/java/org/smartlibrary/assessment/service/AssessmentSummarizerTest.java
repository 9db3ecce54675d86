package org.smartlibrary.assessment.service;

import org.junit.jupiter.api.Test;
import org.smartlibrary.assessment.api.AssessmentSummary;
import org.smartlibrary.assessment.model.AssessmentRevision;
import org.smartlibrary.assessment.model.AssessmentStatus;
import org.smartlibrary.assessment.model.Need;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AssessmentSummarizerTest {

    private static final List<String> CATEGORIES = List.of("FINANCIAL", "TECHNOLOGY", "HUMAN");
    private static final List<String> HORIZONS = List.of("SHORT_TERM", "LONG_TERM");
    private static final List<String> PERIODS = List.of("ONE_TIME", "MONTH", "YEAR");

    @Test
    void ranksByPriorityThenUnmetShareThenEntryOrder() {
        Need halfCovered = quantity(1, "TECHNOLOGY", 4, "100", "50", "kits", "SHORT_TERM");
        Need nothingYet = quantity(2, "HUMAN", 4, "10", null, "volunteers", "LONG_TERM");
        Need critical = quantity(3, "TECHNOLOGY", 5, "3", "2", "machines", "SHORT_TERM");
        Need sameAsNothingYet = quantity(4, "HUMAN", 4, "5", null, "mentors", "SHORT_TERM");
        Need covered = money(5, 4, "1000", "1500", "EUR", "LONG_TERM");

        AssessmentSummary summary = AssessmentSummarizer.summarize(revision(), 0, 0,
                List.of(halfCovered, nothingYet, critical, sameAsNothingYet, covered), CATEGORIES, HORIZONS, PERIODS, 4);

        assertEquals(List.of(critical.id, nothingYet.id, sameAsNothingYet.id, halfCovered.id),
                summary.topNeeds().stream().map(AssessmentSummary.TopNeed::needId).toList());
        assertEquals(new BigDecimal("1"), summary.topNeeds().get(0).gap());
        assertEquals(new BigDecimal("0.3333"), summary.topNeeds().get(0).gapRatio());
        assertEquals(List.of(1, 2, 3, 4), summary.topNeeds().stream().map(AssessmentSummary.TopNeed::rank).toList());
    }

    @Test
    void totalsPerCategoryAndHorizonNeverMixUnitsOrCurrencies() {
        AssessmentSummary summary = AssessmentSummarizer.summarize(revision(), 1, 2, List.of(
                        quantity(1, "TECHNOLOGY", 3, "300", "20", "kits", "SHORT_TERM"),
                        quantity(2, "TECHNOLOGY", 2, "5", null, "Kits", "SHORT_TERM"),
                        quantity(3, "TECHNOLOGY", 2, "40", null, "hours", "SHORT_TERM"),
                        money(4, 4, "1000", "1500", "EUR", "LONG_TERM"),
                        money(5, 3, "2000", null, "USD", "LONG_TERM"),
                        money(6, 3, "500", null, "EUR", "LONG_TERM")),
                CATEGORIES, HORIZONS, PERIODS, 5);

        assertEquals(6, summary.needCount());
        AssessmentSummary.CategoryTotals human = summary.byCategory().get(2);
        assertEquals("HUMAN", human.category());
        assertEquals(0, human.needCount());
        assertNull(human.highestPriority());
        assertEquals(3, summary.byCategory().get(1).shortTerm());
        assertEquals(4, summary.byCategory().get(0).highestPriority());

        AssessmentSummary.HorizonTotals shortTerm = summary.byHorizon().get(0);
        assertEquals(List.of(new AssessmentSummary.QuantityTotal("hours", new BigDecimal("40"), new BigDecimal("40")),
                        new AssessmentSummary.QuantityTotal("kits", new BigDecimal("305"), new BigDecimal("285"))),
                shortTerm.quantities());
        AssessmentSummary.HorizonTotals longTerm = summary.byHorizon().get(1);
        assertEquals(List.of(new AssessmentSummary.MoneyTotal("EUR", "ONE_TIME", new BigDecimal("1500"), new BigDecimal("500")),
                        new AssessmentSummary.MoneyTotal("USD", "ONE_TIME", new BigDecimal("2000"), new BigDecimal("2000"))),
                longTerm.amounts());
    }

    @Test
    void moneyIsNeverAddedUpAcrossPeriods() {
        Need staffingPerYear = money(1, 4, "30000", "5000", "USD", "LONG_TERM");
        staffingPerYear.period = "YEAR";
        Need equipmentOnce = money(2, 3, "10000", null, "USD", "LONG_TERM");
        equipmentOnce.period = "ONE_TIME";
        Need hostingPerMonth = money(3, 2, "200", null, "USD", "LONG_TERM");
        hostingPerMonth.period = "MONTH";
        Need morePerYear = money(4, 2, "12000", null, "USD", "LONG_TERM");
        morePerYear.period = "YEAR";
        Need eurosPerYear = money(5, 2, "1000", null, "EUR", "LONG_TERM");
        eurosPerYear.period = "YEAR";
        Need storedBeforePeriods = money(6, 1, "500", null, "EUR", "LONG_TERM"); // no period: one-time

        AssessmentSummary summary = AssessmentSummarizer.summarize(revision(), 0, 0, List.of(staffingPerYear, equipmentOnce,
                hostingPerMonth, morePerYear, eurosPerYear, storedBeforePeriods), CATEGORIES, HORIZONS, PERIODS, 6);

        assertEquals(List.of(
                        new AssessmentSummary.MoneyTotal("EUR", "ONE_TIME", new BigDecimal("500"), new BigDecimal("500")),
                        new AssessmentSummary.MoneyTotal("EUR", "YEAR", new BigDecimal("1000"), new BigDecimal("1000")),
                        new AssessmentSummary.MoneyTotal("USD", "ONE_TIME", new BigDecimal("10000"), new BigDecimal("10000")),
                        new AssessmentSummary.MoneyTotal("USD", "MONTH", new BigDecimal("200"), new BigDecimal("200")),
                        new AssessmentSummary.MoneyTotal("USD", "YEAR", new BigDecimal("42000"), new BigDecimal("37000"))),
                summary.byHorizon().get(1).amounts());
        AssessmentSummary.TopNeed top = summary.topNeeds().get(0);
        assertEquals(staffingPerYear.id, top.needId());
        assertEquals("YEAR", top.period());
        assertEquals("ONE_TIME", summary.topNeeds().get(5).period());
    }

    @Test
    void aQuantityNeedHasNoPeriod() {
        AssessmentSummary summary = AssessmentSummarizer.summarize(revision(), 0, 0,
                List.of(quantity(1, "TECHNOLOGY", 3, "300", "20", "kits", "SHORT_TERM")), CATEGORIES, HORIZONS, PERIODS, 5);
        assertNull(summary.topNeeds().get(0).period());
        assertEquals(List.of(), summary.byHorizon().get(0).amounts());
    }

    private static AssessmentRevision revision() {
        AssessmentRevision revision = new AssessmentRevision();
        revision.assessmentId = UUID.randomUUID();
        revision.revision = 1;
        revision.status = AssessmentStatus.DRAFT;
        return revision;
    }

    private static Need quantity(int order, String category, int priority, String quantity, String capacity, String unit,
                                 String horizon) {
        Need need = need(order, category, priority, capacity, horizon);
        need.quantity = new BigDecimal(quantity);
        need.unit = unit;
        return need;
    }

    private static Need money(int order, int priority, String amount, String capacity, String currency, String horizon) {
        Need need = need(order, "FINANCIAL", priority, capacity, horizon);
        need.amount = new BigDecimal(amount);
        need.currency = currency;
        return need;
    }

    private static Need need(int order, String category, int priority, String capacity, String horizon) {
        Need need = new Need();
        need.id = UUID.randomUUID();
        need.sortOrder = order;
        need.category = category;
        need.type = category + ".X";
        need.priority = priority;
        need.horizon = horizon;
        need.currentCapacity = capacity == null ? null : new BigDecimal(capacity);
        return need;
    }
}
