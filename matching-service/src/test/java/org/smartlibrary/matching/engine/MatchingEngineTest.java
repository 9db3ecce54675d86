package org.smartlibrary.matching.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartlibrary.matching.engine.Fixtures.MENTORING;
import static org.smartlibrary.matching.engine.Fixtures.PROGRAM;
import static org.smartlibrary.matching.engine.Fixtures.ROBOTICS;
import static org.smartlibrary.matching.engine.Fixtures.SOFTWARE;
import static org.smartlibrary.matching.engine.Fixtures.TODAY;
import static org.smartlibrary.matching.engine.Fixtures.assessment;
import static org.smartlibrary.matching.engine.Fixtures.need;
import static org.smartlibrary.matching.engine.Fixtures.offering;
import static org.smartlibrary.matching.engine.Fixtures.partner;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MatchingEngineTest {

    private static final double DELTA = 1e-9;

    private final NeedInput robots = need("robots", ROBOTICS).quantity("300", "kits").priority(5).build();
    private final NeedInput grant = need("grant", PROGRAM).money("50000", "EUR").longTerm().priority(3).build();
    private final NeedInput mentors = need("mentors", MENTORING).quantity("10", "mentors").priority(2).build();
    private final AssessmentInput assessment = assessment(robots, grant, mentors).offers("SPACE", "EVENT_HOSTING")
            .build();

    @Test
    void anEmptyDirectoryLeavesEveryNeedUnmetAndTheRankingEmpty() {
        MatchResult result = engine(new OfferingIndex()).match(assessment, TODAY);

        assertEquals(List.of(), result.recommendations());
        assertEquals(List.of(), result.coveragePlan().partners());
        assertEquals(0.0, result.coveragePlan().coveredWeight(), DELTA);
        assertEquals(10.0, result.coveragePlan().totalWeight(), DELTA);
        assertEquals(List.of("robots", "grant", "mentors"), result.unmetNeeds().stream().map(UnmetNeed::needId).toList());
        result.unmetNeeds().forEach(unmet -> assertEquals(UnmetNeed.Reason.NO_CANDIDATE, unmet.reason()));
        assertEquals("no active offering of type HUMAN.MENTORING or related in the library's area",
                result.unmetNeeds().get(2).detail());
        assertEquals(0, result.candidatesExamined());
        assertEquals(List.of(), result.excludedCandidates());
    }

    @Test
    void invalidAssessmentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> need("n1", ROBOTICS).priority(0).build());
        assertThrows(IllegalArgumentException.class, () -> need("n1", ROBOTICS).priority(6).build());
        assertThrows(IllegalArgumentException.class, () -> assessment(robots, robots).build());
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
                                .until(TODAY.plusYears(3).minusDays(1))).build(),
                partner("paused").name("Paused Inc")
                        .offering(offering("paused-kits", ROBOTICS).status("PAUSED")).build()));

        MatchResult result = engine(index).match(assessment, TODAY);

        assertEquals(List.of("robo", "code", "fund"), result.recommendations().stream()
                .map(PartnerRecommendation::partnerId).toList());
        PartnerRecommendation robo = result.recommendations().get(0);
        assertEquals(1, robo.rank());
        NeedCoverage roboKits = robo.coveredNeeds().get(0);
        assertEquals("robo-kits", roboKits.offeringId());
        assertFalse(roboKits.partial());
        assertEquals("capacity 500 ≥ need 300 kits: full cover",
                roboKits.explanation().find(Criterion.CAPACITY).orElseThrow().text());
        assertTrue(result.recommendations().get(1).coveredNeeds().get(0).partial(), "related type is partial");

        assertEquals(Set.of("far-kits:SERVICE_AREA", "paused-kits:STATUS"), result.excludedCandidates().stream()
                .map(c -> c.offeringId() + ":" + c.reasons().get(0).gate()).collect(Collectors.toSet()));

        assertEquals(List.of("robo", "fund"), result.coveragePlan().partnerIds());
        assertEquals(5 + 3 * 0.6, result.coveragePlan().coveredWeight(), DELTA);
        assertEquals(List.of(
                new UnmetNeed("grant", PROGRAM, 3, UnmetNeed.Reason.HORIZON_MISMATCH, 0.6,
                        "time-boxed or short-term offers cover 60% of this long-term need; 40% remains"),
                new UnmetNeed("mentors", MENTORING, 2, UnmetNeed.Reason.NO_CANDIDATE, 0,
                        "no active offering of type HUMAN.MENTORING or related in the library's area")),
                result.unmetNeeds());
    }

    @Test
    void anOutOfAreaOnlyCandidateIsReportedAsOutsideTheServiceArea() {
        OfferingIndex index = OfferingIndex.of(List.of(partner("far").cities("Shelbyville")
                .offering(offering("far-mentors", MENTORING).quantity("10", "mentors")).build()));

        MatchResult result = engine(index).match(assessment, TODAY);

        UnmetNeed unmet = result.unmetNeeds().stream().filter(u -> u.needId().equals("mentors")).findFirst()
                .orElseThrow();
        assertEquals(UnmetNeed.Reason.OUTSIDE_SERVICE_AREA, unmet.reason());
    }

    @Test
    void aRemotePartnerIsIncluded() {
        OfferingIndex index = OfferingIndex.of(List.of(partner("remote").remote()
                .offering(offering("o1", MENTORING).quantity("10", "mentors")).build()));

        MatchResult result = engine(index).match(assessment, TODAY);

        assertEquals(List.of("remote"), result.coveragePlan().partnerIds());
        assertEquals("serves remotely", result.recommendations().get(0).explanation().find(Criterion.GEOGRAPHY)
                .orElseThrow().text());
    }

    @Test
    void expiredPausedAndWithdrawnOfferingsAreExcludedWithReasons() {
        OfferingIndex index = OfferingIndex.of(List.of(partner("p1")
                .offering(offering("ended", ROBOTICS).until(TODAY.minusDays(1)))
                .offering(offering("expired", ROBOTICS).status("EXPIRED"))
                .offering(offering("paused", ROBOTICS).status("PAUSED"))
                .offering(offering("withdrawn", ROBOTICS).status("WITHDRAWN")).build()));

        MatchResult result = engine(index).match(assessment, TODAY);

        assertEquals(List.of(), result.recommendations());
        assertEquals(List.of(
                "ended: availability ended on 2025-05-31",
                "expired: offering status is EXPIRED, not ACTIVE",
                "paused: offering status is PAUSED, not ACTIVE",
                "withdrawn: offering status is WITHDRAWN, not ACTIVE"), result.excludedCandidates().stream()
                .map(c -> c.offeringId() + ": " + c.reasons().get(0).text()).toList());
        result.excludedCandidates().forEach(c -> assertEquals("robots", c.needId()));
    }

    @Test
    void reciprocityRaisesThePartnersScoreAndRank() {
        OfferingIndex index = OfferingIndex.of(List.of(
                partner("a").name("Alpha").seeks("VISIBILITY").offering(offering("o1", ROBOTICS)).build(),
                partner("b").name("Beta").seeks("SPACE").offering(offering("o2", ROBOTICS)).build()));

        List<PartnerRecommendation> ranking = engine(index).match(assessment, TODAY).recommendations();

        assertEquals(List.of("b", "a"), ranking.stream().map(PartnerRecommendation::partnerId).toList());
        assertTrue(ranking.get(0).score() > ranking.get(1).score());
        assertEquals("partner seeks SPACE, which the library offers",
                ranking.get(0).explanation().find(Criterion.RECIPROCITY).orElseThrow().text());
    }

    @Test
    void identicalPartnersAreOrderedByNameThenId() {
        OfferingIndex index = OfferingIndex.of(List.of(
                partner("p3").name("Beta").offering(offering("o3", ROBOTICS)).build(),
                partner("p1").name("Beta").offering(offering("o1", ROBOTICS)).build(),
                partner("p2").name("alpha").offering(offering("o2", ROBOTICS)).build()));

        List<PartnerRecommendation> ranking = engine(index).match(assessment, TODAY).recommendations();

        assertEquals(List.of("p2", "p1", "p3"), ranking.stream().map(PartnerRecommendation::partnerId).toList());
        assertEquals(ranking.get(0).score(), ranking.get(2).score(), 0.0);
    }

    @Test
    void whenVerificationDoesNotChangeTheScoreVerifiedPartnersComeFirst() {
        ScoringWeights noFreshness = new ScoringWeights(0.2, 0.2, 0.1, 0.1, 0.1, 0.1, 0, 0.1, 0.5);
        OfferingIndex index = OfferingIndex.of(List.of(
                partner("p1").name("Aaa").verification("PENDING").offering(offering("o1", ROBOTICS)).build(),
                partner("p2").name("Zzz").verification("VERIFIED").offering(offering("o2", ROBOTICS)).build()));

        List<PartnerRecommendation> ranking = new MatchingEngine(index, Fixtures.TAXONOMY_RELATIONS, noFreshness,
                MatchLimits.DEFAULTS).match(assessment, TODAY).recommendations();

        assertEquals(List.of("p2", "p1"), ranking.stream().map(PartnerRecommendation::partnerId).toList());
    }

    @Test
    void anOfferingStartingSoonIsRecommendedWithANote() {
        OfferingIndex index = OfferingIndex.of(List.of(partner("p1")
                .offering(offering("soon", ROBOTICS).from(TODAY.plusDays(30))).build()));

        NeedCoverage coverage = engine(index).match(assessment, TODAY).recommendations().get(0).coveredNeeds().get(0);

        assertEquals(List.of(new MatchNote(MatchNote.Kind.STARTS_LATER, "available from 2025-07-01, in 30 days")),
                coverage.notes());
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
    void theWorkGrowsWithTheRelevantOfferingsNotTheDirectory() {
        OfferingIndex index = OfferingIndex.of(randomDirectory(100_000, new Random(42)));
        assertEquals(100_000, index.offeringCount());
        MatchingEngine engine = engine(index);
        AssessmentInput twoNeeds = assessment(robots, mentors).offers("SPACE").build();
        long relevant = relevantBucketSizes(index, twoNeeds);
        // Warm up on a small directory so the time bound measures the engine rather than the JIT compiler.
        engine(OfferingIndex.of(randomDirectory(5_000, new Random(1)))).match(twoNeeds, TODAY);

        long started = cpuTimeNanos();
        MatchResult result = engine.match(twoNeeds, TODAY);
        long elapsedMillis = (cpuTimeNanos() - started) / 1_000_000;

        assertEquals(relevant, result.candidatesExamined());
        assertTrue(relevant < index.offeringCount() / 2, "only " + relevant + " of the offerings are relevant");
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

    /** CPU time of this thread, so that other processes on a busy build machine do not count against the engine. */
    private static long cpuTimeNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static long relevantBucketSizes(OfferingIndex index, AssessmentInput assessment) {
        long relevant = 0;
        for (NeedInput need : assessment.needs()) {
            for (String type : Fixtures.TAXONOMY_RELATIONS.candidateTypes(need.type())) {
                relevant += index.bucketSize(type);
            }
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
                }
                if (random.nextBoolean()) {
                    offering.until(TODAY.plusDays(random.nextInt(2_000) - 200));
                }
                builder.offering(offering);
            }
            partners.add(builder.build());
        }
        return partners;
    }

    private static MatchingEngine engine(OfferingIndex index) {
        return new MatchingEngine(index, Fixtures.TAXONOMY_RELATIONS);
    }
}
