package org.smartlibrary.matching.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Matches one assessment against the partner read model held in an {@link OfferingIndex}.
 *
 * <p>For each need only the index buckets of the need's type and its related types are examined; every
 * candidate goes through the {@link HardGates}, admitted ones are scored, then partners are aggregated and ranked
 * and a coverage plan is built. Thread-safe: it keeps no state between matches.
 */
public final class MatchingEngine {

    public static final int DEFAULT_MAX_PLAN_PARTNERS = CoveragePlanner.DEFAULT_MAX_PARTNERS;

    private final OfferingIndex index;
    private final TypeRelations relations;
    private final HardGates gates;
    private final NeedOfferingScorer scorer;
    private final PartnerAggregator aggregator;
    private final CoveragePlanner planner;

    public MatchingEngine(OfferingIndex index, TypeRelations relations) {
        this(index, relations, ScoringWeights.defaults(), DEFAULT_MAX_PLAN_PARTNERS);
    }

    public MatchingEngine(OfferingIndex index, TypeRelations relations, ScoringWeights weights, int maxPlanPartners) {
        this.index = Objects.requireNonNull(index, "index");
        this.relations = Objects.requireNonNull(relations, "relations");
        this.gates = new HardGates(relations);
        this.scorer = new NeedOfferingScorer(Objects.requireNonNull(weights, "weights"));
        this.aggregator = new PartnerAggregator(weights);
        this.planner = new CoveragePlanner(maxPlanPartners, CoveragePlanner.DEFAULT_MIN_GAIN_SHARE);
    }

    /** @param today the day availability windows and freshness are judged on (passed in, never read from a clock) */
    public MatchResult match(AssessmentInput assessment, LocalDate today) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(today, "today");
        Map<String, PartnerInput> partners = new LinkedHashMap<>();
        Map<String, List<NeedCoverage>> coveragesByPartner = new HashMap<>();
        List<ExcludedCandidate> excluded = new ArrayList<>();
        long examined = 0;

        for (NeedInput need : assessment.needs()) {
            for (String type : relations.candidateTypes(need.type())) {
                for (PartnerOffering candidate : index.offeringsOfType(type)) {
                    examined++;
                    GateResult gate = gates.check(assessment, need, candidate, today);
                    PartnerInput partner = candidate.partner();
                    if (gate.admitted()) {
                        partners.putIfAbsent(partner.id(), partner);
                        coveragesByPartner.computeIfAbsent(partner.id(), id -> new ArrayList<>())
                                .add(scorer.score(assessment, need, candidate, gate, today));
                    } else {
                        excluded.add(new ExcludedCandidate(need.id(), partner.id(), partner.name(),
                                candidate.offering().id(), candidate.offering().type(), gate.reasons()));
                    }
                }
            }
        }

        List<PartnerMatches> matches = new ArrayList<>();
        partners.forEach((id, partner) -> matches.add(new PartnerMatches(partner, coveragesByPartner.get(id))));
        List<PartnerRecommendation> ranking = aggregator.rank(assessment.needs(), matches);
        excluded.sort(excludedOrder(assessment));
        CoveragePlan plan = planner.plan(assessment.needs(), ranking, excluded);
        return new MatchResult(assessment.id(), assessment.revision(), today, ranking, plan, excluded, examined);
    }

    /** Need order of the assessment, then partner and offering id: the index itself has no stable order. */
    private static Comparator<ExcludedCandidate> excludedOrder(AssessmentInput assessment) {
        Map<String, Integer> needPosition = new HashMap<>();
        for (int i = 0; i < assessment.needs().size(); i++) {
            needPosition.put(assessment.needs().get(i).id(), i);
        }
        return Comparator.comparingInt((ExcludedCandidate c) -> needPosition.get(c.needId()))
                .thenComparing(ExcludedCandidate::partnerId)
                .thenComparing(ExcludedCandidate::offeringId);
    }
}
