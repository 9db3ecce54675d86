package org.smartlibrary.matching.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartlibrary.matching.engine.Fixtures.FABRICATION;
import static org.smartlibrary.matching.engine.Fixtures.MENTORING;
import static org.smartlibrary.matching.engine.Fixtures.PROGRAM;
import static org.smartlibrary.matching.engine.Fixtures.ROBOTICS;
import static org.smartlibrary.matching.engine.Fixtures.SOFTWARE;
import static org.smartlibrary.matching.engine.Fixtures.TODAY;
import static org.smartlibrary.matching.engine.Fixtures.assessment;
import static org.smartlibrary.matching.engine.Fixtures.engine;
import static org.smartlibrary.matching.engine.Fixtures.need;
import static org.smartlibrary.matching.engine.Fixtures.offering;
import static org.smartlibrary.matching.engine.Fixtures.partner;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchingEngineTest {

    private static final double DELTA = 1e-9;

    /** 300 kits, priority 5, short term. */
    private final NeedInput robots = need("robots", ROBOTICS).quantity("300", "kits").priority(5).build();
    /** 50,000 EUR once, priority 3, long term. */
    private final NeedInput grant = need("grant", PROGRAM).money("50000", "EUR").longTerm().priority(3).build();
    /** 10 mentors, priority 2, short term. */
    private final NeedInput mentors = need("mentors", MENTORING).quantity("10", "mentors").priority(2).build();
    private final AssessmentInput assessment = assessment(robots, grant, mentors).offers("SPACE", "EVENT_HOSTING")
            .build();

    @Test
    void anEmptyDirectoryLeavesEveryNeedUnmetAndTheRankingEmpty() {
        MatchResult result = engine(new OfferingIndex()).match(assessment, TODAY);

        assertEquals(TODAY, result.evaluatedOn());
        assertEquals(List.of(), result.recommendations());
        assertEquals(0, result.partnersMatched());
        assertEquals(List.of(), result.coveragePlan().partners());
        assertEquals(0.0, result.coveragePlan().coveredWeight(), DELTA);
        assertEquals(10.0, result.coveragePlan().totalWeight(), DELTA);
        assertEquals(List.of("robots", "grant", "mentors"), result.unmetNeeds().stream().map(UnmetNeed::needId).toList());
        result.unmetNeeds().forEach(unmet -> {
            assertEquals(UnmetNeed.Reason.NO_CANDIDATE, unmet.reason());
            assertTrue(unmet.detail().contains(unmet.needType()), unmet.detail());
        });
        assertEquals(0, result.candidatesExamined());
        assertEquals(List.of(), result.excludedCandidates());
        assertEquals(List.of(), result.alternatives());
    }

    @Test
    void invalidAssessmentsAndSettingsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> need("n1", ROBOTICS).priority(0).build());
        assertThrows(IllegalArgumentException.class, () -> need("n1", ROBOTICS).priority(6).build());
        assertThrows(IllegalArgumentException.class, () -> need("n1", PROGRAM).period("WEEK").build());
        assertThrows(IllegalArgumentException.class, () -> assessment(robots, robots).build());
        assertThrows(IllegalArgumentException.class, () -> new MatchSettings(-1, 24, 3, 12, 5));
        assertThrows(IllegalArgumentException.class, () -> new MatchSettings(90, 24, 0, 12, 5));
        assertThrows(IllegalArgumentException.class, () -> new MatchSettings(90, 24, 3, 0, 5));
        assertThrows(IllegalArgumentException.class, () -> new MatchSettings(90, 24, 3, 12, -1));
        assertEquals(new MatchSettings(90, 24, 3, 12, 5), MatchSettings.DEFAULTS);
    }

    @Test
    void ranksPartnersExplainsExclusionsAndPlansCoverage() {
        OfferingIndex index = OfferingIndex.of(List.of(
                partner("robo").name("RoboCorp").seeks("SPACE")
                        .offering(offering("robo-kits", ROBOTICS).quantity("500", "kits")).build(),
                partner("far").name("Far Away Robotics").cities("Shelbyville")
                        .offering(offering("far-kits", ROBOTICS).quantity("1000", "kits")).build(),
                partner("code").name("Remote Code").remote()
                        .offering(offering("code-licenses", SOFTWARE).quantity("300", "kits")).build(),
                partner("fund").name("City Foundation").national()
                        .offering(offering("fund-grant", PROGRAM).money("100000", "EUR").horizon("LONG_TERM")
                                .until(TODAY.plusMonths(18).minusDays(1))).build(),
                partner("paused").name("Paused Inc")
                        .offering(offering("paused-kits", ROBOTICS).status("PAUSED")).build()));

        MatchResult result = engine(index).match(assessment, TODAY);

        assertEquals(List.of("robo", "fund"), ids(result.recommendations()), "the related SOFTWARE offering never ranks");
        assertEquals(List.of(1, 2), result.recommendations().stream().map(PartnerRecommendation::rank).toList());
        assertEquals(2, result.partnersMatched());
        NeedCoverage roboKits = result.recommendations().get(0).coveredNeeds().get(0);
        assertEquals("robo-kits", roboKits.offeringId());
        assertEquals(ROBOTICS, roboKits.offeringType());
        assertFalse(roboKits.partial());
        NeedCoverage fundGrant = result.recommendations().get(1).coveredNeeds().get(0);
        assertEquals(0.5, fundGrant.coverage(), 0.005, "18 of the 36 months");
        assertTrue(fundGrant.flags().containsAll(List.of(Flag.ENDS_EARLY, Flag.PARTIAL_COVER)), fundGrant.flags().toString());

        assertEquals(List.of("far-kits:OUTSIDE_SERVICE_AREA", "paused-kits:NOT_ACTIVE"), result.excludedCandidates()
                .stream().map(c -> c.offeringId() + ":" + c.reasons().get(0).code()).toList());
        assertEquals(2, result.excludedTotal());
        assertEquals(4, result.candidatesExamined(), "three ROBOTICS offerings and one PROGRAM offering");

        assertEquals(List.of("robo", "fund"), result.coveragePlan().partnerIds());
        assertEquals(5 + 3 * 0.5, result.coveragePlan().coveredWeight(), 0.02);
        assertEquals(10.0, result.coveragePlan().totalWeight(), DELTA);
        assertEquals(List.of("grant:HORIZON_MISMATCH", "mentors:NO_CANDIDATE"), result.unmetNeeds().stream()
                .map(u -> u.needId() + ":" + u.reason()).toList());
        assertEquals(0.5, result.unmetNeeds().get(0).covered(), 0.005);

        assertEquals(List.of("robots:code:code-licenses"), alternatives(result));
        Alternative idea = result.alternatives().get(0);
        assertEquals("Remote Code", idea.partnerName());
        assertEquals(SOFTWARE, idea.offeringType());
        assertFalse(idea.text().isBlank());
    }

    // --- related types are ideas only

    @Test
    void aPartnerWithOnlyARelatedOfferingIsNeitherRankedNorPlannedButListedAsAnAlternative() {
        MatchResult result = Fixtures.match(assessment(robots).build(), partner("code").remote()
                .offering(offering("code-licenses", SOFTWARE).quantity("500", "kits")).build());

        assertEquals(List.of(), result.recommendations());
        assertEquals(0, result.partnersMatched());
        assertEquals(List.of(), result.coveragePlan().partners());
        assertEquals(0.0, result.coveragePlan().coveredWeight(), DELTA);
        assertEquals(List.of(new UnmetNeed("robots", ROBOTICS, 5, UnmetNeed.Reason.NO_CANDIDATE, 0,
                result.unmetNeeds().get(0).detail())), result.unmetNeeds());
        assertEquals(List.of("robots:code:code-licenses"), alternatives(result));
        assertEquals(0, result.candidatesExamined(), "a related type's offerings are no candidates");
    }

    @Test
    void aRelatedOfferingDoesNotFillWhatAnExactOneLeavesOpen() {
        MatchResult result = Fixtures.match(assessment(robots).build(),
                partner("robo").offering(offering("robo-kits", ROBOTICS).quantity("100", "kits")).build(),
                partner("code").offering(offering("code-licenses", SOFTWARE).quantity("1000", "kits")).build());

        assertEquals(List.of("robo"), ids(result.recommendations()));
        assertEquals(1.0 / 3, result.recommendations().get(0).coverage(), DELTA);
        assertEquals(List.of("robo"), result.coveragePlan().partnerIds());
        assertEquals(5.0 / 3, result.coveragePlan().coveredWeight(), DELTA);
        UnmetNeed unmet = result.unmetNeeds().get(0);
        assertEquals(UnmetNeed.Reason.INSUFFICIENT_CAPACITY, unmet.reason());
        assertEquals(1.0 / 3, unmet.covered(), DELTA);
        assertEquals(List.of("robots:code:code-licenses"), alternatives(result));
    }

    @Test
    void aPartnerThatCoversTheNeedExactlyIsNoAlternativeForIt() {
        MatchResult result = Fixtures.match(assessment(robots).build(),
                partner("both").name("Both Ways").offering(offering("both-kits", ROBOTICS).quantity("500", "kits"))
                        .offering(offering("both-code", SOFTWARE).quantity("500", "kits")).build(),
                partner("code").name("Code Only").offering(offering("code-licenses", SOFTWARE)).build());

        assertEquals(List.of("both"), ids(result.recommendations()));
        assertEquals(List.of("robots:code:code-licenses"), alternatives(result));
    }

    @Test
    void aPartnerWhoseExactOfferingIsExcludedMayStillBeAnIdea() {
        MatchResult result = Fixtures.match(assessment(robots).build(),
                partner("both").offering(offering("both-kits", ROBOTICS).status("PAUSED"))
                        .offering(offering("both-code", SOFTWARE)).build());

        assertEquals(List.of(), result.recommendations());
        assertEquals(List.of("robots:both:both-code"), alternatives(result));
    }

    @Test
    void anOfferingCoversItsOwnTypeAndIsOnlyAnIdeaForARelatedNeed() {
        NeedInput licenses = need("licenses", SOFTWARE).quantity("50", "licenses").priority(3).build();

        MatchResult result = Fixtures.match(assessment(robots, licenses).build(), partner("code")
                .offering(offering("code-licenses", SOFTWARE).quantity("50", "licenses")).build());

        assertEquals(List.of("code"), ids(result.recommendations()));
        assertEquals(List.of("licenses"), result.recommendations().get(0).coveredNeeds().stream()
                .map(NeedCoverage::needId).toList());
        assertEquals(3.0 / 8, result.recommendations().get(0).coverage(), DELTA);
        assertEquals(List.of("robots:code:code-licenses"), alternatives(result));
        assertEquals(List.of("robots:NO_CANDIDATE"), result.unmetNeeds().stream()
                .map(u -> u.needId() + ":" + u.reason()).toList());
    }

    @Test
    void anIdeaMustBeWithinReach() {
        MatchResult result = Fixtures.match(assessment(robots).build(),
                partner("paused").offering(offering("o1", SOFTWARE).status("PAUSED")).build(),
                partner("far").cities("Shelbyville").offering(offering("o2", SOFTWARE)).build(),
                partner("rejected").verification("REJECTED").offering(offering("o3", SOFTWARE)).build(),
                partner("ended").offering(offering("o4", SOFTWARE).until(TODAY.minusDays(1))).build(),
                partner("joint").offering(offering("o5", SOFTWARE).minJointLibraries(3)).build(),
                partner("ok").offering(offering("o6", FABRICATION).money("20000", "EUR")).build());

        assertEquals(List.of("robots:ok:o6"), alternatives(result),
                "an idea in another measure is fine, one out of reach is not");
    }

    @Test
    void alternativesAreLimitedPerNeedInPartnerNameOrderAndCanBeTurnedOff() {
        List<PartnerInput> directory = new ArrayList<>();
        for (String name : List.of("Golf", "bravo", "Foxtrot", "alpha", "Echo", "Delta", "charlie")) {
            directory.add(partner(name.toLowerCase()).name(name).offering(offering("o-" + name, SOFTWARE)).build());
        }
        Collections.reverse(directory);
        OfferingIndex index = OfferingIndex.of(directory);

        MatchResult five = engine(index).match(assessment(robots).build(), TODAY);
        MatchResult none = engine(index, new MatchSettings(90, 24, 3, 12, 0)).match(assessment(robots).build(), TODAY);

        assertEquals(List.of("alpha", "bravo", "charlie", "delta", "echo"), five.alternatives().stream()
                .map(Alternative::partnerId).toList());
        assertEquals(List.of(), none.alternatives());
    }

    @Test
    void exclusionsAreListedForCandidatesOfTheExactTypeOnly() {
        MatchResult result = Fixtures.match(assessment(robots).build(),
                partner("p1").offering(offering("paused-kits", ROBOTICS).status("PAUSED"))
                        .offering(offering("paused-code", SOFTWARE).status("PAUSED")).build(),
                partner("far").cities("Shelbyville").offering(offering("far-fab", FABRICATION)).build());

        assertEquals(List.of("paused-kits"), result.excludedCandidates().stream()
                .map(ExcludedCandidate::offeringId).toList());
        assertEquals(1, result.excludedTotal());
        assertEquals(1, result.candidatesExamined());
        assertEquals(List.of(), result.alternatives());
    }

    // --- unmet needs

    @Test
    void aNeedOnlyOutOfAreaPartnersCouldCoverIsUnmetForTheArea() {
        MatchResult result = Fixtures.match(assessment, partner("far").cities("Shelbyville")
                .offering(offering("far-mentors", MENTORING).quantity("10", "mentors")).build());

        assertEquals(UnmetNeed.Reason.OUTSIDE_SERVICE_AREA, unmet(result, "mentors").reason());
    }

    @Test
    void aNeedOnlyConditionsKeepFromTheLibraryIsUnmetForTheConditions() {
        MatchResult result = Fixtures.match(assessment, partner("south").remote()
                .offering(offering("south-mentors", MENTORING).quantity("10", "mentors")
                        .condition("REGION_ONLY", "South")).build());

        UnmetNeed unmet = unmet(result, "mentors");
        assertEquals(UnmetNeed.Reason.CONDITIONS_NOT_MET, unmet.reason());
        assertTrue(unmet.detail().contains("South"), unmet.detail());
    }

    @Test
    void aRemotePartnerIsRecommendedAndPlanned() {
        MatchResult result = Fixtures.match(assessment, partner("remote").remote()
                .offering(offering("o1", MENTORING).quantity("10", "mentors")).build());

        assertEquals(List.of("remote"), result.coveragePlan().partnerIds());
        assertEquals("serves remotely", result.recommendations().get(0).explanation().find(Criterion.GEOGRAPHY)
                .orElseThrow().text());
    }

    @Test
    void everythingIsJudgedOnTheMatchDate() {
        OfferingIndex index = OfferingIndex.of(List.of(partner("p1").lastConfirmed(TODAY.minusMonths(1))
                .offering(offering("o1", ROBOTICS).until(TODAY.plusMonths(6))).build()));
        AssessmentInput robotsOnly = assessment(robots).build();

        MatchResult today = engine(index).match(robotsOnly, TODAY);
        MatchResult nextYear = engine(index).match(robotsOnly, TODAY.plusYears(1));

        assertEquals(List.of("p1"), ids(today.recommendations()));
        assertEquals(TODAY.plusYears(1), nextYear.evaluatedOn());
        assertEquals(List.of(), nextYear.recommendations());
        assertEquals(ExclusionCode.WINDOW_ENDED, nextYear.excludedCandidates().get(0).reasons().get(0).code());
    }

    // --- ranking

    @Test
    void aStaleListingRanksBelowAnOtherwiseEqualFreshOne() {
        List<PartnerRecommendation> ranking = Fixtures.match(assessment(robots).build(),
                partner("stale").name("Aaa").lastConfirmed(TODAY.minusMonths(13)).offering(offering("o1", ROBOTICS))
                        .build(),
                partner("fresh").name("Zzz").lastConfirmed(TODAY.minusMonths(1)).offering(offering("o2", ROBOTICS))
                        .build()).recommendations();

        assertEquals(List.of("fresh", "stale"), ids(ranking));
        assertTrue(ranking.get(0).score() > ranking.get(1).score());
        assertTrue(ranking.get(1).flags().contains(Flag.STALE_LISTING));
    }

    @Test
    void anUnverifiedPartnerRanksBelowAnOtherwiseEqualVerifiedOne() {
        List<PartnerRecommendation> ranking = Fixtures.match(assessment(robots).build(),
                partner("pending").name("Aaa").verification("PENDING").offering(offering("o1", ROBOTICS)).build(),
                partner("unverified").name("Bbb").verification("UNVERIFIED").offering(offering("o2", ROBOTICS)).build(),
                partner("verified").name("Zzz").offering(offering("o3", ROBOTICS)).build()).recommendations();

        assertEquals(List.of("verified", "pending", "unverified"), ids(ranking));
        assertTrue(ranking.get(0).score() > ranking.get(1).score());
    }

    @Test
    void whenFreshnessDoesNotWeighVerifiedAndFreshListingsStillComeFirst() {
        ScoringWeights noFreshness = new ScoringWeights(0.3, 0.15, 0.1, 0.1, 0.1, 0, 0.1, 0.5);
        OfferingIndex index = OfferingIndex.of(List.of(
                partner("stale-pending").name("Aaa").verification("PENDING").lastConfirmed(null)
                        .offering(offering("o1", ROBOTICS)).build(),
                partner("stale").name("Bbb").lastConfirmed(null).offering(offering("o2", ROBOTICS)).build(),
                partner("pending").name("Ccc").verification("PENDING").offering(offering("o3", ROBOTICS)).build(),
                partner("fresh").name("Zzz").offering(offering("o4", ROBOTICS)).build()));

        List<PartnerRecommendation> ranking = new MatchingEngine(index, Fixtures.TAXONOMY_RELATIONS, noFreshness,
                MatchLimits.DEFAULTS, MatchSettings.DEFAULTS).match(assessment(robots).build(), TODAY).recommendations();

        assertEquals(List.of("fresh", "stale", "pending", "stale-pending"), ids(ranking));
        assertEquals(ranking.get(0).score(), ranking.get(3).score(), DELTA);
    }

    @Test
    void identicalPartnersAreOrderedByNameThenIdWhateverTheDirectoryOrder() {
        List<PartnerInput> directory = List.of(
                partner("p3").name("Beta").offering(offering("o3", ROBOTICS)).build(),
                partner("p1").name("Beta").offering(offering("o1", ROBOTICS)).build(),
                partner("p4").name("beta").offering(offering("o4", ROBOTICS)).build(),
                partner("p2").name("alpha").offering(offering("o2", ROBOTICS)).build());
        List<PartnerInput> reversed = new ArrayList<>(directory);
        Collections.reverse(reversed);

        MatchResult first = engine(OfferingIndex.of(directory)).match(assessment(robots).build(), TODAY);
        MatchResult second = engine(OfferingIndex.of(reversed)).match(assessment(robots).build(), TODAY);

        assertEquals(List.of("p2", "p1", "p3", "p4"), ids(first.recommendations()));
        assertEquals(first, second);
        assertEquals(List.of("p2"), first.coveragePlan().partnerIds(), "an equal gain goes to the better-ranked");
    }

    @Test
    void theSameDirectoryGivesTheSameResultWhateverTheInsertionOrder() {
        List<PartnerInput> directory = randomDirectory(2_000, new Random(11));
        List<PartnerInput> reversed = new ArrayList<>(directory);
        Collections.reverse(reversed);

        MatchResult first = engine(OfferingIndex.of(directory)).match(assessment, TODAY);
        MatchResult second = engine(OfferingIndex.of(reversed)).match(assessment, TODAY);

        assertEquals(first, second);
        assertFalse(first.recommendations().isEmpty());
        assertFalse(first.excludedCandidates().isEmpty());
    }

    @Test
    void reciprocityRaisesThePartnersScoreAndRank() {
        List<PartnerRecommendation> ranking = Fixtures.match(assessment,
                partner("a").name("Alpha").seeks("VISIBILITY").offering(offering("o1", ROBOTICS)).build(),
                partner("b").name("Beta").seeks("SPACE").offering(offering("o2", ROBOTICS)).build()).recommendations();

        assertEquals(List.of("b", "a"), ids(ranking));
        assertTrue(ranking.get(0).score() > ranking.get(1).score());
    }

    // --- flags

    @Test
    void aPartnersFlagsAreItsOwnAndThoseOfItsCoveredNeeds() {
        PartnerInput partner = partner("p1").verification("PENDING")
                .offering(offering("later-kits", ROBOTICS).quantity("500", "kits").from(TODAY.plusDays(30)))
                .offering(offering("few-kits", ROBOTICS).quantity("100", "kits")
                        .condition("MATCHING_FUNDS_REQUIRED", "0.5"))
                .offering(offering("some-mentors", MENTORING).quantity("5", "mentors")
                        .condition(new OfferingCondition("OTHER", List.of(), "weekends only")))
                .build();

        PartnerRecommendation recommendation = Fixtures.match(assessment, partner).recommendations().get(0);

        NeedCoverage kits = recommendation.coveredNeeds().get(0);
        NeedCoverage mentoring = recommendation.coveredNeeds().get(1);
        assertEquals("later-kits", kits.offeringId(), "the full cover beats the partial one");
        assertTrue(kits.flags().contains(Flag.STARTS_LATER), kits.flags().toString());
        assertTrue(mentoring.flags().containsAll(List.of(Flag.PARTIAL_COVER, Flag.CONDITIONS_TO_REVIEW)),
                mentoring.flags().toString());
        assertEquals(List.of(Flag.UNVERIFIED, Flag.STARTS_LATER, Flag.PARTIAL_COVER, Flag.CONDITIONS_TO_REVIEW),
                recommendation.flags(), "CONDITION_COST belongs to an offering that is not the partner's best");
        Set<Flag> union = EnumSet.of(Flag.UNVERIFIED);
        recommendation.coveredNeeds().forEach(coverage -> union.addAll(coverage.flags()));
        assertEquals(List.copyOf(union), recommendation.flags());
    }

    @Test
    void aFreshVerifiedPartnerCoveringEverythingHasNoFlags() {
        PartnerRecommendation recommendation = Fixtures.match(assessment(robots).build(), partner("p1")
                .offering(offering("o1", ROBOTICS).quantity("300", "kits")).build()).recommendations().get(0);

        assertEquals(List.of(), recommendation.flags());
    }

    // --- limits and figures

    @Test
    void theLimitsKeepTheBestRecommendationsAndTheFirstExclusionsButCountAndPlanEverything() {
        List<PartnerInput> directory = List.of(
                partner("a").offering(offering("a1", ROBOTICS).quantity("300", "kits")).build(),
                partner("b").offering(offering("b1", ROBOTICS).quantity("200", "kits")).build(),
                partner("c").offering(offering("c1", ROBOTICS).quantity("100", "kits")).build(),
                partner("d").offering(offering("d1", MENTORING).quantity("10", "mentors")).build(),
                partner("x").offering(offering("x1", ROBOTICS).status("PAUSED"))
                        .offering(offering("x2", MENTORING).status("PAUSED"))
                        .offering(offering("x3", PROGRAM).status("PAUSED")).build());
        MatchingEngine limited = new MatchingEngine(OfferingIndex.of(directory), Fixtures.TAXONOMY_RELATIONS,
                ScoringWeights.defaults(), new MatchLimits(2, 1, 5), MatchSettings.DEFAULTS);

        MatchResult all = engine(OfferingIndex.of(directory)).match(assessment, TODAY);
        MatchResult result = limited.match(assessment, TODAY);

        assertEquals(ids(all.recommendations()).subList(0, 2), ids(result.recommendations()));
        assertEquals(4, result.partnersMatched());
        assertEquals(all.coveragePlan(), result.coveragePlan());
        assertEquals(List.of("x1"), result.excludedCandidates().stream().map(ExcludedCandidate::offeringId).toList());
        assertEquals(3, result.excludedTotal());
    }

    @Test
    void everyRecommendationsFiguresFollowFromItsCoveredNeedsAndExplanation() {
        ScoringWeights weights = ScoringWeights.defaults();
        MatchResult result = engine(OfferingIndex.of(randomDirectory(5_000, new Random(7)))).match(assessment, TODAY);
        double totalWeight = result.coveragePlan().totalWeight();

        assertFalse(result.recommendations().isEmpty());
        for (PartnerRecommendation recommendation : result.recommendations()) {
            double covered = 0;
            double qualityWeighted = 0;
            Set<Flag> flags = EnumSet.noneOf(Flag.class);
            List<CriterionScore> partnerItems = recommendation.explanation().items().stream()
                    .filter(item -> item.criterion().partnerLevel()).toList();
            for (NeedCoverage coverage : recommendation.coveredNeeds()) {
                covered += coverage.priority() * coverage.coverage();
                qualityWeighted += coverage.priority() * coverage.coverage() * coverage.matchScore();
                flags.addAll(coverage.flags());
                List<CriterionScore> items = new ArrayList<>(coverage.explanation().items());
                items.addAll(partnerItems);
                assertEquals(new Explanation(items).weightedScore(), coverage.matchScore(), DELTA);
                assertEquals(coverage.explanation().find(Criterion.CAPACITY).orElseThrow().value()
                        * coverage.explanation().find(Criterion.HORIZON_FIT).orElseThrow().value(),
                        coverage.coverage(), DELTA);
                assertEquals(coverage.partial(), coverage.flags().contains(Flag.PARTIAL_COVER), coverage.toString());
            }
            assertEquals(covered / totalWeight, recommendation.coverage(), DELTA);
            assertEquals(covered, recommendation.coveredPriorityWeight(), DELTA);
            assertEquals(weights.coverageShare() * covered / totalWeight
                    + (1 - weights.coverageShare()) * qualityWeighted / totalWeight, recommendation.score(), DELTA);
            assertTrue(recommendation.flags().containsAll(flags), recommendation.partnerId());
            assertEquals(!"VERIFIED".equals(recommendation.verification()),
                    recommendation.flags().contains(Flag.UNVERIFIED), recommendation.partnerId());
        }
        for (int i = 1; i < result.recommendations().size(); i++) {
            assertTrue(result.recommendations().get(i - 1).score() >= result.recommendations().get(i).score() - DELTA);
        }
    }

    // --- scale

    @Test
    void theWorkGrowsWithTheRelevantOfferingsNotTheDirectory() {
        OfferingIndex index = OfferingIndex.of(randomDirectory(100_000, new Random(42)));
        assertEquals(100_000, index.offeringCount());
        MatchingEngine engine = engine(index);
        AssessmentInput twoNeeds = assessment(robots, mentors).offers("SPACE").build();
        long relevant = exactBucketSizes(index, twoNeeds);
        // Warm up on a small directory so the time bound measures the engine rather than the JIT compiler.
        engine(OfferingIndex.of(randomDirectory(5_000, new Random(1)))).match(twoNeeds, TODAY);

        long started = cpuTimeNanos();
        MatchResult result = engine.match(twoNeeds, TODAY);
        long elapsedMillis = (cpuTimeNanos() - started) / 1_000_000;

        assertEquals(relevant, result.candidatesExamined());
        assertTrue(relevant < index.offeringCount() / 5, "only " + relevant + " of the offerings are relevant");
        assertTrue(elapsedMillis < 2_000, "match took " + elapsedMillis + " ms of CPU time");
        assertFalse(result.recommendations().isEmpty());

        List<PartnerInput> unrelated = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            Fixtures.PartnerBuilder builder = partner("unrelated-" + i).national();
            for (int j = 0; j < 50; j++) {
                builder.offering(offering("unrelated-" + i + "-" + j, "HUMAN.RESEARCH_EVALUATION"));
            }
            unrelated.add(builder.build());
        }
        unrelated.forEach(index::upsertPartner);

        assertEquals(150_000, index.offeringCount());
        assertEquals(relevant, engine.match(twoNeeds, TODAY).candidatesExamined(),
                "50,000 offerings of an unrelated type add no work");
    }

    // --- helpers

    /** CPU time of this thread, so that other processes on a busy build machine do not count against the engine. */
    private static long cpuTimeNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** The offerings of the needs' own types: the only candidates a match examines. */
    private static long exactBucketSizes(OfferingIndex index, AssessmentInput assessment) {
        long relevant = 0;
        for (NeedInput need : assessment.needs()) {
            relevant += index.bucketSize(need.type());
        }
        return relevant;
    }

    /** Partners with 5 offerings each, spread over every type, status, area and window. */
    private static List<PartnerInput> randomDirectory(int offerings, Random random) {
        String[] statuses = {"ACTIVE", "ACTIVE", "ACTIVE", "PAUSED", "WITHDRAWN", "EXPIRED"};
        String[] cities = {"Springfield", "Shelbyville", "Capital City", "Ogdenville"};
        String[] verifications = {"VERIFIED", "PENDING", "UNVERIFIED"};
        String[] offers = {"SPACE", "VISIBILITY", "AUDIENCE_REACH", "EVENT_HOSTING"};
        List<PartnerInput> partners = new ArrayList<>();
        for (int p = 0; p < offerings / 5; p++) {
            Fixtures.PartnerBuilder builder = partner("partner-" + p).name("Partner " + p)
                    .verification(verifications[random.nextInt(verifications.length)])
                    .lastConfirmed(TODAY.minusDays(random.nextInt(1_000)))
                    .seeks(offers[random.nextInt(offers.length)]);
            switch (random.nextInt(4)) {
                case 0 -> builder.remote();
                case 1 -> builder.national();
                default -> builder.cities(cities[random.nextInt(cities.length)]);
            }
            for (int o = 0; o < 5; o++) {
                String type = Fixtures.ALL_TYPES.get(random.nextInt(Fixtures.ALL_TYPES.size()));
                Fixtures.OfferingBuilder offering = offering("offering-" + p + "-" + o, type)
                        .status(statuses[random.nextInt(statuses.length)]);
                if (!type.startsWith("FINANCIAL.")) {
                    offering.quantity(String.valueOf(1 + random.nextInt(600)), random.nextBoolean() ? "kits" : "mentors");
                } else if (random.nextInt(3) == 0) {
                    offering.money(String.valueOf(1_000 + random.nextInt(5_000)), "EUR")
                            .period(random.nextBoolean() ? "MONTH" : "YEAR");
                }
                if (random.nextBoolean()) {
                    offering.until(TODAY.plusDays(random.nextInt(2_000) - 200));
                }
                if (random.nextInt(10) == 0) {
                    offering.from(TODAY.plusDays(random.nextInt(400)));
                }
                if (random.nextInt(10) == 0) {
                    offering.minJointLibraries(2 + random.nextInt(3));
                }
                builder.offering(offering);
            }
            partners.add(builder.build());
        }
        return partners;
    }

    private static UnmetNeed unmet(MatchResult result, String needId) {
        return result.unmetNeeds().stream().filter(u -> u.needId().equals(needId)).findFirst().orElseThrow();
    }

    private static List<String> ids(List<PartnerRecommendation> ranking) {
        return ranking.stream().map(PartnerRecommendation::partnerId).toList();
    }

    /** need:partner:offering of each alternative, in result order. */
    private static List<String> alternatives(MatchResult result) {
        return result.alternatives().stream().map(a -> a.needId() + ":" + a.partnerId() + ":" + a.offeringId())
                .toList();
    }
}
