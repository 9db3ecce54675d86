package org.smartlibrary.matching.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartlibrary.matching.engine.Coverages.coverage;
import static org.smartlibrary.matching.engine.Coverages.matches;
import static org.smartlibrary.matching.engine.Fixtures.ROBOTICS;
import static org.smartlibrary.matching.engine.Fixtures.need;
import static org.smartlibrary.matching.engine.Fixtures.partner;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartnerAggregatorTest {

    private static final double DELTA = 1e-9;

    private final PartnerAggregator aggregator = new PartnerAggregator(ScoringWeights.defaults());
    private final List<NeedInput> needs = List.of(
            need("n1", ROBOTICS).priority(5).build(),
            need("n2", ROBOTICS).priority(1).build());

    @Test
    void thePartnersBestOfferingPerNeedCounts() {
        PartnerRecommendation recommendation = single(ranked(List.of(matches(partner("p1").build(),
                coverage("n1", 5, "small", 0.3, 0.9),
                coverage("n1", 5, "large", 1.0, 0.7)))));

        assertEquals(1, recommendation.coveredNeeds().size());
        assertEquals("large", recommendation.coveredNeeds().get(0).offeringId());
    }

    @Test
    void theScoreCombinesPriorityWeightedCoverageWithQuality() {
        PartnerRecommendation recommendation = single(ranked(List.of(matches(partner("p1").build(),
                coverage("n1", 5, "o1", 1.0, 0.8)))));

        assertEquals(5.0 / 6, recommendation.coverage(), DELTA);
        assertEquals(0.8, recommendation.matchQuality(), DELTA);
        assertEquals(5.0, recommendation.coveredPriorityWeight(), DELTA);
        assertEquals(0.5 * 5.0 / 6 + 0.5 * 5.0 * 0.8 / 6, recommendation.score(), DELTA);
    }

    @Test
    void coveringEverythingPerfectlyScoresOneAndScoresStayWithinZeroAndOne() {
        List<PartnerRecommendation> ranking = ranked(List.of(
                matches(partner("perfect").build(), coverage("n1", 5, "o1", 1.0, 1.0), coverage("n2", 1, "o2", 1.0, 1.0)),
                matches(partner("weak").build(), coverage("n2", 1, "o3", 0.01, 0.1))));

        assertEquals(1.0, ranking.get(0).score(), DELTA);
        ranking.forEach(r -> assertTrue(r.score() >= 0 && r.score() <= 1, r.partnerId() + " " + r.score()));
    }

    @Test
    void coveringAMoreUrgentNeedRanksHigher() {
        List<PartnerRecommendation> ranking = ranked(List.of(
                matches(partner("low").build(), coverage("n2", 1, "o1", 1.0, 0.9)),
                matches(partner("urgent").build(), coverage("n1", 5, "o2", 1.0, 0.9))));

        assertEquals(List.of("urgent", "low"), ids(ranking));
    }

    @Test
    void equalScoresAreOrderedByNameCaseInsensitivelyThenById() {
        List<PartnerRecommendation> ranking = ranked(List.of(
                matches(partner("p3").name("Beta").build(), coverage("n1", 5, "o1", 1.0, 0.9)),
                matches(partner("p2").name("alpha").build(), coverage("n1", 5, "o2", 1.0, 0.9)),
                matches(partner("p1").name("Beta").build(), coverage("n1", 5, "o3", 1.0, 0.9))));

        assertEquals(List.of("p2", "p1", "p3"), ids(ranking));
    }

    @Test
    void equalScoresPutVerifiedPartnersFirst() {
        List<PartnerRecommendation> ranking = ranked(List.of(
                matches(partner("p1").name("Aaa").verification("PENDING").build(), coverage("n1", 5, "o1", 1.0, 0.9)),
                matches(partner("p2").name("Zzz").verification("VERIFIED").build(), coverage("n1", 5, "o2", 1.0, 0.9))));

        assertEquals(List.of("p2", "p1"), ids(ranking));
    }

    @Test
    void theRankingOrderIsScoreThenCoveredWeightThenVerifiedThenNameThenId() {
        List<PartnerRecommendation> shuffled = new ArrayList<>(List.of(
                recommendation("f", "Same", "PENDING", 0.5, 2.0),
                recommendation("e", "Same", "VERIFIED", 0.5, 2.0),
                recommendation("d", "Same", "VERIFIED", 0.5, 3.0),
                recommendation("c", "Other", "VERIFIED", 0.5, 2.0),
                recommendation("b", "Same", "VERIFIED", 0.5, 2.0),
                recommendation("a", "Zed", "PENDING", 0.9, 0.1)));

        shuffled.sort(PartnerAggregator.RANKING_ORDER);

        assertEquals(List.of("a", "d", "c", "b", "e", "f"), ids(shuffled));
    }

    @Test
    void theExplanationListsNeedSpecificItemsPerNeedAndPartnerLevelItemsOnce() {
        PartnerRecommendation recommendation = single(ranked(List.of(matches(partner("p1").build(),
                coverage("n1", 5, "o1", 1.0, 0.8), coverage("n2", 1, "o2", 1.0, 0.8)))));

        List<CriterionScore> items = recommendation.explanation().items();
        assertEquals(List.of("n1", "n2"), items.stream().filter(i -> i.criterion() == Criterion.TYPE_FIT)
                .map(CriterionScore::needId).toList());
        List<CriterionScore> geography = items.stream().filter(i -> i.criterion() == Criterion.GEOGRAPHY).toList();
        assertEquals(1, geography.size());
        assertNull(geography.get(0).needId());
    }

    @Test
    void coveredNeedsAreListedMostUrgentFirst() {
        PartnerRecommendation recommendation = single(ranked(List.of(matches(partner("p1").build(),
                coverage("n2", 1, "o2", 1.0, 0.8), coverage("n1", 5, "o1", 0.5, 0.8)))));

        assertEquals(List.of("n1", "n2"), recommendation.coveredNeeds().stream().map(NeedCoverage::needId).toList());
    }

    private static PartnerRecommendation recommendation(String id, String name, String verification, double score,
                                                        double coveredWeight) {
        return new PartnerRecommendation(0, id, name, "IT_COMPANY", verification, score, 0.5, 0.5, coveredWeight,
                List.of(), new Explanation(List.of()));
    }

    /** Each partner aggregated over the two needs, in the ranking order. */
    private List<PartnerRecommendation> ranked(List<PartnerMatches> partners) {
        double totalWeight = needs.stream().mapToDouble(NeedInput::priority).sum();
        List<PartnerRecommendation> ranking = new ArrayList<>();
        partners.forEach(matches -> ranking.add(aggregator.aggregate(matches, totalWeight)));
        ranking.sort(PartnerAggregator.RANKING_ORDER);
        return ranking;
    }

    private static PartnerRecommendation single(List<PartnerRecommendation> ranking) {
        assertEquals(1, ranking.size());
        return ranking.get(0);
    }

    private static List<String> ids(List<PartnerRecommendation> ranking) {
        return ranking.stream().map(PartnerRecommendation::partnerId).toList();
    }
}
