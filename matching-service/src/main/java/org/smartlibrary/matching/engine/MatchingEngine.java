package org.smartlibrary.matching.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * Matches one assessment against the partner read model held in an {@link OfferingIndex}:
 * gates → criteria → per-partner aggregate → plan → explain.
 *
 * <p>For each need only the index bucket of its exact type is examined for covers: every candidate goes through the
 * {@link HardGates} (a bit set of failed gates) and, if admitted, through the {@link Criteria} in figures only
 * ({@link Cover}); each partner keeps its best cover per need. The buckets of related types are only looked at for
 * ideas ({@link Alternative}), which never count. Partners are then scored and ranked, the coverage plan considers
 * all of them, and only what the result keeps ({@link MatchLimits}) is explained, by the same gate and criterion
 * objects from the same values. A consortium's pooled needs ({@link ConsortiumPool}) go through the very same
 * pipeline ({@link #matchPool}); only the libraries applying per need differ. What other libraries already ask of
 * the offerings ({@link OfferingDemand}) flags oversubscribed covers and balances the coverage plan, never the
 * ranking. Thread-safe: it keeps no state between matches.
 */
public final class MatchingEngine {

    private final OfferingIndex index;
    private final TypeRelations relations;
    private final MatchLimits limits;
    private final MatchSettings settings;
    private final HardGates gates;
    private final Criteria criteria;
    private final PartnerAggregator aggregator;
    private final CoveragePlanner planner;

    public MatchingEngine(OfferingIndex index, TypeRelations relations) {
        this(index, relations, ScoringWeights.defaults(), MatchLimits.DEFAULTS, MatchSettings.DEFAULTS);
    }

    public MatchingEngine(OfferingIndex index, TypeRelations relations, ScoringWeights weights, MatchLimits limits,
                          MatchSettings settings) {
        this.index = Objects.requireNonNull(index, "index");
        this.relations = Objects.requireNonNull(relations, "relations");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.settings = Objects.requireNonNull(settings, "settings");
        ConditionEvaluator evaluator = new ConditionEvaluator();
        this.gates = new HardGates(evaluator);
        this.criteria = new Criteria(Objects.requireNonNull(weights, "weights"), evaluator);
        this.aggregator = new PartnerAggregator(weights);
        this.planner = new CoveragePlanner(limits.planPartners(), CoveragePlanner.DEFAULT_MIN_GAIN_SHARE);
    }

    /**
     * Matches without contention ({@link OfferingDemand#NONE}).
     *
     * @param today the match date: windows, leads, horizons and freshness are judged on it (never read from a clock)
     */
    public MatchResult match(AssessmentInput assessment, LocalDate today) {
        return match(assessment, today, OfferingDemand.NONE);
    }

    /**
     * Matches while other libraries' current recommendations ask {@code demand} of the offerings: a cover that would
     * oversubscribe a finite capacity is flagged {@link Flag#OVERSUBSCRIBED}, and the coverage plan prefers an
     * equivalent, less contended partner ({@link BalancedChoice}). The ranking is the same as without demand.
     *
     * @param today  the match date, as for {@link #match(AssessmentInput, LocalDate)}
     * @param demand what the other current sets (not this assessment's) ask of each offering
     */
    public MatchResult match(AssessmentInput assessment, LocalDate today, OfferingDemand demand) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(demand, "demand");
        return match(MatchContext.individual(assessment, today, settings, demand));
    }

    /**
     * Matches a consortium's pooled needs with the same gates and criteria as one library's match; a pooled need
     * meets a minimum order with its pooled quantity and a joint-application rule with its contributing libraries,
     * and a partner must serve every contributing library. The result's need ids are the pool keys, its assessment
     * id the consortium and its revision 0 (a pool has no revision; its contributions name the members' revisions).
     * Each member's share of a pooled need is its gap times the share of the pooled need the coverage plan covers.
     *
     * <p>Without contention ({@link OfferingDemand#NONE}).
     *
     * @param today the match date, as for {@link #match(AssessmentInput, LocalDate)}
     */
    public PooledMatchResult matchPool(ConsortiumPool pool, LocalDate today) {
        return matchPool(pool, today, OfferingDemand.NONE);
    }

    /**
     * Matches a consortium's pooled needs as {@link #matchPool(ConsortiumPool, LocalDate)} does, while others ask
     * {@code demand} of the offerings, with the same flags and plan balancing as
     * {@link #match(AssessmentInput, LocalDate, OfferingDemand)}.
     *
     * @param demand what the other current sets (not this consortium's) ask of each offering
     */
    public PooledMatchResult matchPool(ConsortiumPool pool, LocalDate today, OfferingDemand demand) {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(demand, "demand");
        MatchResult result = match(MatchContext.pooled(pool, today, settings, demand));
        Map<String, Double> coveredByNeed = new HashMap<>();
        for (UnmetNeed unmet : result.unmetNeeds()) {
            coveredByNeed.put(unmet.needId(), unmet.covered());
        }
        List<MemberShare> shares = new ArrayList<>();
        for (PooledNeed need : pool.needs()) {
            shares.addAll(need.shares(coveredByNeed.getOrDefault(need.need().id(), 1.0)));
        }
        return new PooledMatchResult(pool.consortium(), result, pool.needs(), shares);
    }

    /** gates → criteria → per-partner aggregate → plan → explain, for the context's assessment (or pool). */
    private MatchResult match(MatchContext context) {
        AssessmentInput assessment = context.assessment();
        LocalDate today = context.today();
        List<NeedInput> needs = assessment.needs();
        Map<String, CandidatePartner> partners = new HashMap<>();
        ExcludedTally excluded = new ExcludedTally(needs.size(), limits.excludedCandidates());
        AlternativeTally alternatives = new AlternativeTally(needs.size(), settings.alternativesPerNeed());
        long examined = 0;

        for (int needIndex = 0; needIndex < needs.size(); needIndex++) {
            NeedInput need = needs.get(needIndex);
            List<PartnerOffering> offerings = index.offeringsOfType(need.type());
            CandidatePartner partner = null;
            for (int i = 0; i < offerings.size(); i++) {
                PartnerOffering candidate = offerings.get(i);
                examined++;
                int failed = gates.failures(context, needIndex, need, candidate);
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
                            criteria.partnerFigures(context, candidate.partner()), needs.size());
                    partners.put(candidate.partner().id(), partner);
                }
                partner.offer(criteria.cover(context, needIndex, need, candidate, partner.figures()), aggregator);
            }
            if (alternatives.wanted()) {
                for (String relatedType : relations.relatedTo(need.type())) {
                    for (PartnerOffering idea : index.offeringsOfType(relatedType)) {
                        // the exact bucket is done: a partner that covers the need exactly is no idea for it
                        CandidatePartner coverer = partners.get(idea.partner().id());
                        if ((coverer == null || coverer.coverOf(needIndex) == null)
                                && gates.usableAsAlternative(context, needIndex, need, idea)) {
                            alternatives.add(needIndex, idea);
                        }
                    }
                }
            }
        }

        double totalWeight = needs.stream().mapToDouble(NeedInput::priority).sum();
        List<CandidatePartner> candidates = new ArrayList<>(partners.values());
        candidates.forEach(partner -> partner.finish(aggregator, totalWeight));
        CoveragePlan plan = planner.plan(needs, candidates, needExclusions(context, excluded), context.contention());
        return new MatchResult(assessment.id(), assessment.revision(), today,
                explain(context, best(candidates)), candidates.size(), plan,
                alternatives.kept(needs),
                excludedCandidates(context, excluded), excluded.total(), examined);
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

    /** The kept best-ranked partners, explained from their covers' own values. */
    private List<PartnerRecommendation> explain(MatchContext context, List<CandidatePartner> ranked) {
        List<PartnerRecommendation> recommendations = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            CandidatePartner partner = ranked.get(i);
            List<NeedCoverage> explained = new ArrayList<>();
            for (Cover cover : partner.covers()) {
                explained.add(criteria.explain(context, cover));
            }
            recommendations.add(aggregator.recommend(partner, explained,
                    criteria.explain(context, partner.partner(), partner.figures())).withRank(i + 1));
        }
        return recommendations;
    }

    private List<ExcludedCandidate> excludedCandidates(MatchContext context, ExcludedTally excluded) {
        List<ExcludedCandidate> explained = new ArrayList<>();
        for (ExcludedTally.Excluded candidate : excluded.kept()) {
            explained.add(explain(context, candidate));
        }
        return explained;
    }

    private List<NeedExclusions> needExclusions(MatchContext context, ExcludedTally excluded) {
        List<NeedExclusions> byNeed = new ArrayList<>();
        for (int i = 0; i < context.assessment().needs().size(); i++) {
            ExcludedTally.Excluded first = excluded.firstOnlyConditions(i);
            byNeed.add(new NeedExclusions(excluded.onlyOutsideArea(i), excluded.onlyConditions(i),
                    first == null ? null : explain(context, first).reasons().get(0).text()));
        }
        return byNeed;
    }

    private ExcludedCandidate explain(MatchContext context, ExcludedTally.Excluded excluded) {
        NeedInput need = context.assessment().needs().get(excluded.needIndex());
        PartnerOffering candidate = excluded.candidate();
        return new ExcludedCandidate(need.id(), candidate.partner().id(), candidate.partner().name(),
                candidate.offering().id(), candidate.offering().type(),
                gates.reasons(context, excluded.needIndex(), need, candidate));
    }
}
