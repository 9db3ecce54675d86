package org.smartlibrary.matching.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartlibrary.matching.engine.Fixtures.TAXONOMY_RELATIONS;
import static org.smartlibrary.matching.engine.Fixtures.TODAY;
import static org.smartlibrary.matching.engine.Fixtures.assessment;
import static org.smartlibrary.matching.engine.Fixtures.need;
import static org.smartlibrary.matching.engine.Fixtures.offering;
import static org.smartlibrary.matching.engine.Fixtures.partner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The engine decides and ranks on figures only ({@link HardGates#failures}, {@link NeedOfferingScorer#cover}) and
 * explains just what it keeps ({@link HardGates#check}, {@link NeedOfferingScorer#score}). Over random directories
 * (every status, availability window, measure, condition, verification and service area the gates know), this
 * checks that the two paths agree exactly, and that the engine's result equals the one computed the plain way:
 * every candidate explained, every partner aggregated, all sorted, then cut to the limits.
 */
class FiguresAgreeWithExplanationsTest {

    private static final List<String> TYPES = List.of("TECHNOLOGY.ROBOTICS", "TECHNOLOGY.SOFTWARE",
            "TECHNOLOGY.FABRICATION", "FINANCIAL.EQUIPMENT", "FINANCIAL.PROGRAM", "HUMAN.MENTORING");
    private static final String[] STATUSES = {"ACTIVE", "ACTIVE", "ACTIVE", "PAUSED", "EXPIRED"};
    private static final String[] VERIFICATIONS = {"VERIFIED", "PENDING", "UNVERIFIED", "REJECTED"};
    private static final String[] UNITS = {"kits", "kits", "hours", null};
    private static final String[] CURRENCIES = {"EUR", "EUR", "USD", null};
    private static final String[] SEEKS = {"SPACE", "AUDIENCE_REACH", "DATA"};
    private static final MatchLimits LIMITS = new MatchLimits(7, 9, 3);

    private final HardGates gates = new HardGates(TAXONOMY_RELATIONS);
    private final NeedOfferingScorer scorer = new NeedOfferingScorer(ScoringWeights.defaults());
    private final PartnerAggregator aggregator = new PartnerAggregator(ScoringWeights.defaults());

    @Test
    void gateBitsAndScoreFiguresAreWhatTheExplanationsSay() {
        for (long seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            AssessmentInput assessment = randomAssessment(random);
            for (PartnerInput partner : randomDirectory(random, 30)) {
                PartnerFigures figures = scorer.partnerFigures(partner, assessment, TODAY);
                for (int n = 0; n < assessment.needs().size(); n++) {
                    NeedInput need = assessment.needs().get(n);
                    for (OfferingInput offering : partner.offerings()) {
                        PartnerOffering candidate = new PartnerOffering(partner, offering);
                        GateResult gate = gates.check(assessment, need, candidate, TODAY);
                        int bits = 0;
                        for (ExclusionReason reason : gate.reasons()) {
                            bits |= reason.gate().bit();
                        }
                        String where = "seed " + seed + ", need " + need.id() + ", offering " + offering.id();
                        assertEquals(bits, gates.failures(assessment, need, candidate, gate.typeMatch(), TODAY), where);
                        if (gate.admitted()) {
                            NeedCoverage explained = scorer.score(assessment, need, candidate, gate, TODAY);
                            Cover cover = scorer.cover(n, need, candidate, gate.typeMatch(), figures, assessment, TODAY);
                            assertEquals(explained.coverage(), cover.coverage(), 0.0, where);
                            assertEquals(explained.matchScore(), cover.matchScore(), 0.0, where);
                            assertEquals(explained.criterionValue(Criterion.CAPACITY), cover.capacityShare(), 0.0, where);
                        }
                    }
                }
            }
        }
    }

    @Test
    void theEngineKeepsExactlyTheBestRankedPartnersAndTheFirstExcludedCandidates() {
        int checkedRecommendations = 0;
        int checkedExclusions = 0;
        for (long seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            AssessmentInput assessment = randomAssessment(random);
            List<PartnerInput> directory = randomDirectory(random, 20 + random.nextInt(60));
            MatchResult result = new MatchingEngine(OfferingIndex.of(directory), TAXONOMY_RELATIONS,
                    ScoringWeights.defaults(), LIMITS).match(assessment, TODAY);

            List<PartnerRecommendation> ranking = new ArrayList<>();
            List<ExcludedCandidate> excluded = new ArrayList<>();
            explainEverything(assessment, directory, ranking, excluded);

            List<PartnerRecommendation> expected = new ArrayList<>();
            for (int i = 0; i < Math.min(LIMITS.recommendations(), ranking.size()); i++) {
                expected.add(ranking.get(i).withRank(i + 1));
            }
            String where = "seed " + seed;
            assertEquals(expected, result.recommendations(), where);
            assertEquals(ranking.size(), result.partnersMatched(), where);
            assertEquals(excluded.subList(0, Math.min(LIMITS.excludedCandidates(), excluded.size())),
                    result.excludedCandidates(), where);
            assertEquals(excluded.size(), result.excludedTotal(), where);
            assertTrue(result.coveragePlan().partners().size() <= LIMITS.planPartners(), where);
            checkedRecommendations += expected.size();
            checkedExclusions += result.excludedCandidates().size();
        }
        assertTrue(checkedRecommendations > 100, "the random directories must produce recommendations to compare");
        assertTrue(checkedExclusions > 100, "the random directories must produce exclusions to compare");
    }

    /** The plain way: every (need, offering) of the candidate types explained, every partner aggregated, sorted. */
    private void explainEverything(AssessmentInput assessment, List<PartnerInput> directory,
                                   List<PartnerRecommendation> ranking, List<ExcludedCandidate> excluded) {
        Map<String, Integer> needPosition = new HashMap<>();
        Map<PartnerInput, List<NeedCoverage>> coverages = new HashMap<>();
        for (NeedInput need : assessment.needs()) {
            needPosition.put(need.id(), needPosition.size());
            List<String> candidateTypes = TAXONOMY_RELATIONS.candidateTypes(need.type());
            for (PartnerInput partner : directory) {
                for (OfferingInput offering : partner.offerings()) {
                    if (!candidateTypes.contains(offering.type())) {
                        continue;
                    }
                    PartnerOffering candidate = new PartnerOffering(partner, offering);
                    GateResult gate = gates.check(assessment, need, candidate, TODAY);
                    if (gate.admitted()) {
                        coverages.computeIfAbsent(partner, p -> new ArrayList<>())
                                .add(scorer.score(assessment, need, candidate, gate, TODAY));
                    } else {
                        excluded.add(new ExcludedCandidate(need.id(), partner.id(), partner.name(), offering.id(),
                                offering.type(), gate.reasons()));
                    }
                }
            }
        }
        double totalWeight = assessment.needs().stream().mapToDouble(NeedInput::priority).sum();
        coverages.forEach((partner, list) ->
                ranking.add(aggregator.aggregate(new PartnerMatches(partner, list), totalWeight)));
        ranking.sort(PartnerAggregator.RANKING_ORDER);
        excluded.sort(Comparator.comparingInt((ExcludedCandidate c) -> needPosition.get(c.needId()))
                .thenComparing(ExcludedCandidate::partnerId)
                .thenComparing(ExcludedCandidate::offeringId));
    }

    private static AssessmentInput randomAssessment(Random random) {
        List<NeedInput> needs = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            String type = TYPES.get(random.nextInt(TYPES.size()));
            Fixtures.NeedBuilder need = need("need-" + i, type).priority(1 + random.nextInt(5));
            if (random.nextBoolean()) {
                need.longTerm();
            }
            switch (random.nextInt(4)) {
                case 0 -> need.money(String.valueOf(1000 + random.nextInt(90000)), CURRENCIES[random.nextInt(3)]);
                case 1 -> need.quantity(String.valueOf(1 + random.nextInt(400)), UNITS[random.nextInt(UNITS.length)])
                        .currentCapacity(String.valueOf(random.nextInt(50)));
                case 2 -> need.quantity(String.valueOf(1 + random.nextInt(400)), UNITS[random.nextInt(UNITS.length)]);
                default -> { }
            }
            needs.add(need.build());
        }
        Fixtures.AssessmentBuilder assessment = assessment(needs.toArray(NeedInput[]::new))
                .offers(random.nextBoolean() ? new String[] {"SPACE"} : new String[] {"AUDIENCE_REACH", "VISIBILITY"});
        if (random.nextBoolean()) {
            assessment.matchingFunds();
        }
        return assessment.build();
    }

    private static List<PartnerInput> randomDirectory(Random random, int partners) {
        List<PartnerInput> directory = new ArrayList<>();
        for (int p = 0; p < partners; p++) {
            Fixtures.PartnerBuilder partner = partner("partner-" + random.nextInt(1000) + "-" + p)
                    .name(random.nextInt(3) == 0 ? "Same Name" : "Partner " + random.nextInt(50))
                    .verification(VERIFICATIONS[random.nextInt(VERIFICATIONS.length)])
                    .seeks(random.nextBoolean() ? new String[0] : new String[] {SEEKS[random.nextInt(SEEKS.length)]});
            if (random.nextInt(4) > 0) {
                partner.lastConfirmed(TODAY.minusDays(random.nextInt(900)));
            }
            switch (random.nextInt(5)) {
                case 0 -> partner.remote();
                case 1 -> partner.national();
                case 2 -> partner.regions(random.nextBoolean() ? "North" : "South");
                case 3 -> partner.cities(random.nextBoolean() ? "springfield" : "Shelbyville");
                default -> { }
            }
            int offerings = 1 + random.nextInt(4);
            for (int o = 0; o < offerings; o++) {
                partner.offering(randomOffering(random, "offering-" + p + "-" + o));
            }
            directory.add(partner.build());
        }
        return directory;
    }

    private static Fixtures.OfferingBuilder randomOffering(Random random, String id) {
        String type = TYPES.get(random.nextInt(TYPES.size()));
        Fixtures.OfferingBuilder offering = offering(id, type).status(STATUSES[random.nextInt(STATUSES.length)]);
        switch (random.nextInt(5)) {
            case 0 -> offering.money(String.valueOf(random.nextInt(60000)), CURRENCIES[random.nextInt(CURRENCIES.length)]);
            case 1, 2 -> offering.quantity(String.valueOf(random.nextInt(500)), UNITS[random.nextInt(UNITS.length)]);
            default -> offering.noCapacity();
        }
        if (random.nextInt(8) == 0) {
            offering.category(random.nextBoolean() ? "FINANCIAL" : "HUMAN");
        }
        switch (random.nextInt(6)) {
            case 0 -> offering.until(TODAY.plusDays(random.nextInt(2000) - 100));
            case 1 -> offering.from(TODAY.plusDays(random.nextInt(200) - 20));
            case 2 -> offering.from(TODAY.minusDays(30)).until(TODAY.plusDays(random.nextInt(1500)));
            default -> { }
        }
        if (random.nextBoolean()) {
            offering.horizon(random.nextBoolean() ? "SHORT_TERM" : "LONG_TERM");
        }
        switch (random.nextInt(7)) {
            case 0 -> offering.condition("REGION_ONLY", random.nextBoolean() ? "North" : "South");
            case 1 -> offering.condition("REGION_ONLY");
            case 2 -> offering.condition("MATCHING_FUNDS_REQUIRED", "0.25");
            case 3 -> offering.condition("MIN_AUDIENCE", "500");
            case 4 -> offering.condition("SOMETHING_NEW");
            default -> { }
        }
        return offering;
    }
}
