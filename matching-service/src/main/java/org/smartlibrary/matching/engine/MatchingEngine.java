package org.smartlibrary.matching.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * Matches one assessment against the partner read model held in an {@link OfferingIndex}.
 *
 * <p>For each need only the index buckets of the need's type and its related types are examined. Every candidate
 * goes through the {@link HardGates} as a bit set of failed gates and, if admitted, is scored in figures only
 * ({@link Cover}); each partner keeps its best cover per need. Partners are then scored and ranked, the coverage
 * plan considers all of them, and only what the result keeps ({@link MatchLimits}: the best-ranked partners, the
 * first excluded candidates) gets its explanation texts built. So a match allocates per admitted partner, not per
 * examined candidate. Thread-safe: it keeps no state between matches.
 */
public final class MatchingEngine {

    private final OfferingIndex index;
    private final TypeRelations relations;
    private final MatchLimits limits;
    private final HardGates gates;
    private final NeedOfferingScorer scorer;
    private final PartnerAggregator aggregator;
    private final CoveragePlanner planner;

    public MatchingEngine(OfferingIndex index, TypeRelations relations) {
        this(index, relations, ScoringWeights.defaults(), MatchLimits.DEFAULTS);
    }

    public MatchingEngine(OfferingIndex index, TypeRelations relations, ScoringWeights weights, MatchLimits limits) {
        this.index = Objects.requireNonNull(index, "index");
        this.relations = Objects.requireNonNull(relations, "relations");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.gates = new HardGates(relations);
        this.scorer = new NeedOfferingScorer(Objects.requireNonNull(weights, "weights"));
        this.aggregator = new PartnerAggregator(weights);
        this.planner = new CoveragePlanner(limits.planPartners(), CoveragePlanner.DEFAULT_MIN_GAIN_SHARE);
    }

    /** @param today the day availability windows and freshness are judged on (passed in, never read from a clock) */
    public MatchResult match(AssessmentInput assessment, LocalDate today) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(today, "today");
        List<NeedInput> needs = assessment.needs();
        Map<String, CandidatePartner> partners = new HashMap<>();
        ExcludedTally excluded = new ExcludedTally(needs.size(), limits.excludedCandidates());
        long examined = 0;

        for (int needIndex = 0; needIndex < needs.size(); needIndex++) {
            NeedInput need = needs.get(needIndex);
            for (String type : relations.candidateTypes(need.type())) {
                TypeMatch typeMatch = type.equals(need.type()) ? TypeMatch.EXACT : TypeMatch.RELATED;
                List<PartnerOffering> offerings = index.offeringsOfType(type);
                CandidatePartner partner = null;
                for (int i = 0; i < offerings.size(); i++) {
                    PartnerOffering candidate = offerings.get(i);
                    examined++;
                    int failed = gates.failures(assessment, need, candidate, typeMatch, today);
                    if (failed != 0) {
                        excluded.add(needIndex, candidate, failed);
                        continue;
                    }
                    // a partner's offerings of a type are adjacent: look the partner up once per run of them
                    if (partner == null || partner.partner() != candidate.partner()) {
                        partner = partners.get(candidate.partner().id());
                    }
                    if (partner == null) {
                        partner = new CandidatePartner(candidate.partner(),
                                scorer.partnerFigures(candidate.partner(), assessment, today), needs.size());
                        partners.put(candidate.partner().id(), partner);
                    }
                    partner.offer(scorer.cover(needIndex, need, candidate, typeMatch, partner.figures(),
                            assessment, today), aggregator);
                }
            }
        }

        double totalWeight = needs.stream().mapToDouble(NeedInput::priority).sum();
        List<CandidatePartner> candidates = new ArrayList<>(partners.values());
        candidates.forEach(partner -> partner.finish(aggregator, totalWeight));
        CoveragePlan plan = planner.plan(needs, candidates, needExclusions(assessment, excluded, today));
        return new MatchResult(assessment.id(), assessment.revision(), today,
                recommendations(assessment, best(candidates), totalWeight, today), candidates.size(), plan,
                excludedCandidates(assessment, excluded, today), excluded.total(), examined);
    }

    /** The best {@link MatchLimits#recommendations()} candidates in ranking order, without sorting all of them. */
    private List<CandidatePartner> best(List<CandidatePartner> candidates) {
        int keep = limits.recommendations();
        PriorityQueue<CandidatePartner> best = new PriorityQueue<>(Math.max(1, keep),
                PartnerAggregator.RANKING_ORDER.reversed());
        for (CandidatePartner candidate : candidates) {
            if (best.size() < keep) {
                best.add(candidate);
            } else if (keep > 0 && PartnerAggregator.RANKING_ORDER.compare(candidate, best.peek()) < 0) {
                best.poll();
                best.add(candidate);
            }
        }
        List<CandidatePartner> ranked = new ArrayList<>(best);
        ranked.sort(PartnerAggregator.RANKING_ORDER);
        return ranked;
    }

    /** The kept best-ranked partners, explained: their best covers scored again with texts. */
    private List<PartnerRecommendation> recommendations(AssessmentInput assessment, List<CandidatePartner> ranked,
                                                        double totalWeight, LocalDate today) {
        List<PartnerRecommendation> recommendations = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            CandidatePartner partner = ranked.get(i);
            List<NeedCoverage> coverages = new ArrayList<>();
            for (Cover cover : partner.covers()) {
                GateResult gate = gates.check(assessment, cover.need(), cover.candidate(), today);
                coverages.add(scorer.score(assessment, cover.need(), cover.candidate(), gate, today));
            }
            recommendations.add(aggregator.aggregate(new PartnerMatches(partner.partner(), coverages), totalWeight)
                    .withRank(i + 1));
        }
        return recommendations;
    }

    private List<ExcludedCandidate> excludedCandidates(AssessmentInput assessment, ExcludedTally excluded,
                                                       LocalDate today) {
        List<ExcludedCandidate> explained = new ArrayList<>();
        for (ExcludedTally.Excluded candidate : excluded.kept()) {
            explained.add(explain(assessment, candidate, today));
        }
        return explained;
    }

    private List<NeedExclusions> needExclusions(AssessmentInput assessment, ExcludedTally excluded, LocalDate today) {
        List<NeedExclusions> byNeed = new ArrayList<>();
        for (int i = 0; i < assessment.needs().size(); i++) {
            ExcludedTally.Excluded first = excluded.firstOnlyConditions(i);
            byNeed.add(new NeedExclusions(excluded.onlyOutsideArea(i), excluded.onlyConditions(i),
                    first == null ? null : explain(assessment, first, today).reasons().get(0).text()));
        }
        return byNeed;
    }

    private ExcludedCandidate explain(AssessmentInput assessment, ExcludedTally.Excluded excluded, LocalDate today) {
        NeedInput need = assessment.needs().get(excluded.needIndex());
        PartnerOffering candidate = excluded.candidate();
        GateResult gate = gates.check(assessment, need, candidate, today);
        return new ExcludedCandidate(need.id(), candidate.partner().id(), candidate.partner().name(),
                candidate.offering().id(), candidate.offering().type(), gate.reasons());
    }
}
