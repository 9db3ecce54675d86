package org.smartlibrary.matching.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartlibrary.matching.engine.Coverages.LOCAL_PARTNER;
import static org.smartlibrary.matching.engine.Coverages.candidate;
import static org.smartlibrary.matching.engine.Coverages.share;
import static org.smartlibrary.matching.engine.Fixtures.ROBOTICS;
import static org.smartlibrary.matching.engine.Fixtures.need;
import static org.smartlibrary.matching.engine.Fixtures.partner;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartnerAggregatorTest {

    private static final double DELTA = 1e-9;

    private final PartnerAggregator aggregator = new PartnerAggregator(ScoringWeights.defaults());
    /** Priorities 5 and 1: a total weight of 6. */
    private final List<NeedInput> needs = List.of(
            need("n1", ROBOTICS).priority(5).build(),
            need("n2", ROBOTICS).priority(1).build());

    @Test
    void thePartnersBestOfferingPerNeedCounts() {
        CandidatePartner partner = candidate(needs, "p1",
                share("n1", "small", 0.3, 0.9),
                share("n1", "large", 1.0, 0.7));

        assertEquals(List.of("large"), partner.covers().stream().map(Cover::offeringId).toList());
    }

    @Test
    void ofTwoOfferingsContributingEquallyTheOneCoveringMoreCounts() {
        // 1.0 x (0.5 + 0.5 x 0.5) = 0.8 x (0.5 + 0.5 x 0.875) = 0.75
        CandidatePartner partner = candidate(needs, "p1",
                share("n1", "a-narrow", 0.8, 0.875),
                share("n1", "b-wide", 1.0, 0.5));

        assertEquals(List.of("b-wide"), partner.covers().stream().map(Cover::offeringId).toList());
    }

    @Test
    void theScoreCombinesPriorityWeightedCoverageWithQuality() {
        PartnerAggregator.Totals totals = candidate(needs, "p1", share("n1", "o1", 1.0, 0.8)).totals();

        assertEquals(5.0 / 6, totals.coverage(), DELTA);
        assertEquals(0.8, totals.matchQuality(), DELTA);
        assertEquals(5.0, totals.coveredPriorityWeight(), DELTA);
        assertEquals(0.5 * 5.0 / 6 + 0.5 * 5.0 * 0.8 / 6, totals.score(), DELTA);
    }

    @Test
    void aPartialCoverCountsByTheShareItCovers() {
        PartnerAggregator.Totals totals = candidate(needs, "p1", share("n1", "o1", 0.4, 1.0),
                share("n2", "o2", 1.0, 1.0)).totals();

        assertEquals((5 * 0.4 + 1) / 6, totals.coverage(), DELTA);
        assertEquals(5 * 0.4 + 1, totals.coveredPriorityWeight(), DELTA);
    }

    @Test
    void coveringEverythingPerfectlyScoresOneAndScoresStayWithinZeroAndOne() {
        CandidatePartner perfect = candidate(needs, "perfect", share("n1", "o1", 1.0, 1.0), share("n2", "o2", 1.0, 1.0));
        CandidatePartner weak = candidate(needs, "weak", share("n2", "o3", 0.01, 0.1));

        assertEquals(1.0, perfect.score(), DELTA);
        assertTrue(weak.score() > 0 && weak.score() < 1, String.valueOf(weak.score()));
    }

    @Test
    void coveringAMoreUrgentNeedRanksHigher() {
        List<CandidatePartner> ranking = ranked(
                candidate(needs, "low", share("n2", "o1", 1.0, 0.9)),
                candidate(needs, "urgent", share("n1", "o2", 1.0, 0.9)));

        assertEquals(List.of("urgent", "low"), ids(ranking));
    }

    @Test
    void equalScoresPutVerifiedThenFreshListingsFirst() {
        PartnerFigures stale = new PartnerFigures(1.0, 0.5, 1.0, Flag.STALE_LISTING.bit());
        List<CandidatePartner> ranking = ranked(
                candidate(needs, partner("pending").name("Aaa").verification("PENDING").build(), LOCAL_PARTNER,
                        share("n1", "o1", 1.0, 0.9)),
                candidate(needs, partner("stale").name("Bbb").build(), stale, share("n1", "o2", 1.0, 0.9)),
                candidate(needs, partner("fresh").name("Zzz").build(), LOCAL_PARTNER, share("n1", "o3", 1.0, 0.9)));

        assertEquals(List.of("fresh", "stale", "pending"), ids(ranking));
    }

    @Test
    void theRankingOrderIsScoreCoveredWeightVerifiedFreshNameThenId() {
        List<PartnerRecommendation> shuffled = new ArrayList<>(List.of(
                recommendation("h", "same", "VERIFIED", false, 0.5, 2.0),
                recommendation("g", "Same", "VERIFIED", true, 0.5, 2.0),
                recommendation("f", "Same", "PENDING", false, 0.5, 2.0),
                recommendation("e", "Same", "VERIFIED", false, 0.5, 2.0),
                recommendation("d", "Same", "VERIFIED", false, 0.5, 3.0),
                recommendation("c", "Other", "VERIFIED", false, 0.5, 2.0),
                recommendation("b", "Same", "VERIFIED", false, 0.5, 2.0),
                recommendation("a", "Zed", "UNVERIFIED", true, 0.9, 0.1)));

        shuffled.sort(PartnerAggregator.RANKING_ORDER);

        assertEquals(List.of("a", "d", "c", "b", "e", "h", "g", "f"), shuffled.stream()
                .map(PartnerRecommendation::partnerId).toList());
    }

    @Test
    void coveredNeedsAreListedMostUrgentFirst() {
        CandidatePartner partner = candidate(needs, "p1", share("n2", "o2", 1.0, 0.8), share("n1", "o1", 0.5, 0.8));

        assertEquals(List.of("n1", "n2"), partner.covers().stream().map(Cover::needId).toList());
    }

    @Test
    void theRecommendationExplainsEachCoveredNeedThenThePartnerOnceAndUnitesTheFlags() {
        PartnerFigures staleFigures = new PartnerFigures(1.0, 0.5, 0.6, Flag.STALE_LISTING.bit());
        CandidatePartner partner = candidate(needs, partner("p1").build(), staleFigures,
                share("n1", "o1", 1.0, 0.8), share("n2", "o2", 0.5, 0.8));
        List<NeedCoverage> explained = List.of(
                coverage("n1", 5, "o1", 1.0, List.of(Flag.STALE_LISTING, Flag.STARTS_LATER)),
                coverage("n2", 1, "o2", 0.5, List.of(Flag.STALE_LISTING, Flag.PARTIAL_COVER)));
        List<CriterionScore> partnerItems = List.of(
                new CriterionScore(Criterion.GEOGRAPHY, 1.0, 0.1, "serves the library's city", null),
                new CriterionScore(Criterion.RECIPROCITY, 0.5, 0.1, "asks nothing", null),
                new CriterionScore(Criterion.FRESHNESS, 0.6, 0.15, "stale", null));

        PartnerRecommendation recommendation = aggregator.recommend(partner, explained, partnerItems);

        List<CriterionScore> items = recommendation.explanation().items();
        assertEquals(List.of("n1", "n2"), items.stream().filter(i -> i.criterion() == Criterion.CAPACITY)
                .map(CriterionScore::needId).toList());
        List<CriterionScore> geography = items.stream().filter(i -> i.criterion() == Criterion.GEOGRAPHY).toList();
        assertEquals(1, geography.size());
        assertNull(geography.get(0).needId());
        assertEquals(List.of(Flag.STALE_LISTING, Flag.STARTS_LATER, Flag.PARTIAL_COVER), recommendation.flags());
        assertEquals(explained, recommendation.coveredNeeds());
        assertEquals(partner.score(), recommendation.score(), DELTA);
        assertEquals(partner.totals().coverage(), recommendation.coverage(), DELTA);
    }

    private static NeedCoverage coverage(String needId, int priority, String offeringId, double coverage,
                                         List<Flag> flags) {
        Explanation explanation = new Explanation(List.of(
                new CriterionScore(Criterion.CAPACITY, coverage, 0.3, "capacity", needId),
                new CriterionScore(Criterion.HORIZON_FIT, 1.0, 0.15, "horizon", needId)));
        return new NeedCoverage(needId, ROBOTICS, priority, offeringId, ROBOTICS, coverage, 0.8, explanation, flags);
    }

    private static PartnerRecommendation recommendation(String id, String name, String verification, boolean stale,
                                                        double score, double coveredWeight) {
        return new PartnerRecommendation(0, id, name, "IT_COMPANY", verification, score, 0.5, 0.5, coveredWeight,
                List.of(), new Explanation(List.of()), stale ? List.of(Flag.STALE_LISTING) : List.of());
    }

    private static List<CandidatePartner> ranked(CandidatePartner... partners) {
        List<CandidatePartner> ranking = new ArrayList<>(List.of(partners));
        ranking.sort(PartnerAggregator.RANKING_ORDER);
        return ranking;
    }

    private static List<String> ids(List<CandidatePartner> ranking) {
        return ranking.stream().map(CandidatePartner::partnerId).toList();
    }
}
