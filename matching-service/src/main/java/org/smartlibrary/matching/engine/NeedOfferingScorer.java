package org.smartlibrary.matching.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Scores one admitted (need, offering): one value per {@link Criterion}, the match score (their weighted mean) and
 * the coverage (capacity share x horizon share). Two paths over the same value functions: {@link #cover} gives the
 * figures only (every admitted candidate of a match), {@link #score} adds one {@link CriterionScore} with its text
 * per criterion (the partners a match keeps). Both compute the match score in the same order, so they agree exactly.
 */
final class NeedOfferingScorer {

    static final double EXACT_TYPE_FIT = 1.0;
    static final double RELATED_TYPE_FIT = 0.6;

    static final double SAME_CITY = 1.0;
    static final double SAME_REGION = 0.8;
    static final double NATIONAL = 0.6;
    static final double REMOTE = 0.4;

    static final double RECIPROCAL = 1.0;
    /** A partner that asks nothing in return is neither a plus nor a minus. */
    static final double NOTHING_SOUGHT = 0.5;
    static final double NOT_RECIPROCAL = 0.0;

    static final int FRESH_MONTHS = 6;
    static final int STALE_MONTHS = 24;
    static final double FRESHNESS_FLOOR = 0.2;

    static final double VERIFIED = 1.0;
    static final double PENDING = 0.6;
    static final double UNVERIFIED = 0.3;

    /** Multiplied into the CONDITIONS value per condition with that verdict. */
    static final double PENALTY_FACTOR = 0.5;
    static final double REVIEW_FACTOR = 0.8;

    private static final String[] PRIORITY_LABELS = {"", "optional", "low", "medium", "high", "critical"};

    private final ScoringWeights weights;
    private final ConditionEvaluator conditionEvaluator = new ConditionEvaluator();

    NeedOfferingScorer(ScoringWeights weights) {
        this.weights = weights;
    }

    /** The partner-level values of this partner for this assessment (computed once per partner and match). */
    PartnerFigures partnerFigures(PartnerInput partner, AssessmentInput assessment, LocalDate today) {
        return new PartnerFigures(geographyValue(partner.serviceArea(), assessment.library()),
                reciprocityValue(partner.seeks(), assessment.libraryOffers()), freshnessValue(partner, today));
    }

    /** The figures of an admitted candidate, without texts: what {@link #score} computes, in the same order. */
    Cover cover(int needIndex, NeedInput need, PartnerOffering candidate, TypeMatch typeMatch, PartnerFigures partner,
                AssessmentInput assessment, LocalDate today) {
        double capacity = CapacityFit.share(need, candidate);
        double horizon = HorizonFit.share(need, candidate, today);
        double conditions = !candidate.hasConditions() ? 1.0
                : conditionsValue(conditionEvaluator.evaluate(candidate.offering(), candidate.partner(), assessment));
        // the order of Criterion and of score()'s items, as Explanation.weightedScore() sums them
        double weightSum = 0;
        double weighted = 0;
        weightSum += weights.typeFit();
        weighted += weights.typeFit() * typeFitValue(typeMatch);
        weightSum += weights.capacity();
        weighted += weights.capacity() * capacity;
        weightSum += weights.horizonFit();
        weighted += weights.horizonFit() * horizon;
        weightSum += weights.priority();
        weighted += weights.priority() * priorityValue(need);
        weightSum += weights.geography();
        weighted += weights.geography() * partner.geography();
        weightSum += weights.reciprocity();
        weighted += weights.reciprocity() * partner.reciprocity();
        weightSum += weights.freshness();
        weighted += weights.freshness() * partner.freshness();
        weightSum += weights.conditions();
        weighted += weights.conditions() * conditions;
        double matchScore = weightSum == 0 ? 0 : weighted / weightSum;
        return new Cover(needIndex, need, candidate, typeMatch, capacity * horizon, matchScore, capacity);
    }

    NeedCoverage score(AssessmentInput assessment, NeedInput need, PartnerOffering candidate, GateResult gate,
                       LocalDate today) {
        PartnerInput partner = candidate.partner();
        OfferingInput offering = candidate.offering();
        CriterionScore capacity = CapacityFit.assess(need, candidate, weights.capacity());
        CriterionScore horizon = HorizonFit.assess(need, candidate, today, weights.horizonFit());
        List<CriterionScore> criteria = List.of(
                typeFit(need, offering, gate.typeMatch()),
                capacity,
                horizon,
                priority(need),
                geography(partner.serviceArea(), assessment.library(), need),
                reciprocity(partner.seeks(), assessment.libraryOffers(), need),
                freshness(partner, today, need),
                conditions(gate.conditions(), need));
        Explanation explanation = new Explanation(criteria);
        return new NeedCoverage(need.id(), need.type(), need.priority(), offering.id(), offering.type(),
                gate.typeMatch(), capacity.value() * horizon.value(), explanation.weightedScore(), explanation,
                gate.notes());
    }

    static double typeFitValue(TypeMatch match) {
        return match == TypeMatch.EXACT ? EXACT_TYPE_FIT : RELATED_TYPE_FIT;
    }

    private CriterionScore typeFit(NeedInput need, OfferingInput offering, TypeMatch match) {
        String text = match == TypeMatch.EXACT ? "exact type " + need.type()
                : "related type " + offering.type() + " for a need of " + need.type();
        return new CriterionScore(Criterion.TYPE_FIT, typeFitValue(match), weights.typeFit(), text, need.id());
    }

    static double priorityValue(NeedInput need) {
        return need.priority() / (double) NeedInput.MAX_PRIORITY;
    }

    private CriterionScore priority(NeedInput need) {
        return new CriterionScore(Criterion.PRIORITY, priorityValue(need),
                weights.priority(), "priority " + need.priority() + " of " + NeedInput.MAX_PRIORITY + " ("
                        + PRIORITY_LABELS[need.priority()] + ")", need.id());
    }

    static double geographyValue(ServiceArea area, LibraryInput library) {
        if (area.servesCity(library.city())) {
            return SAME_CITY;
        }
        if (area.servesRegion(library.region())) {
            return SAME_REGION;
        }
        return area.national() ? NATIONAL : REMOTE;
    }

    private CriterionScore geography(ServiceArea area, LibraryInput library, NeedInput need) {
        String text;
        if (area.servesCity(library.city())) {
            text = "serves the library's city " + library.city();
        } else if (area.servesRegion(library.region())) {
            text = "serves the library's region " + library.region();
        } else if (area.national()) {
            text = "serves nationally";
        } else {
            text = "serves remotely";
        }
        return new CriterionScore(Criterion.GEOGRAPHY, geographyValue(area, library), weights.geography(), text,
                need.id());
    }

    static double reciprocityValue(Set<String> seeks, Set<String> libraryOffers) {
        if (seeks.isEmpty()) {
            return NOTHING_SOUGHT;
        }
        for (String sought : seeks) {
            if (libraryOffers.contains(sought)) {
                return RECIPROCAL;
            }
        }
        return NOT_RECIPROCAL;
    }

    private CriterionScore reciprocity(Set<String> seeks, Set<String> libraryOffers, NeedInput need) {
        double value = reciprocityValue(seeks, libraryOffers);
        if (seeks.isEmpty()) {
            return new CriterionScore(Criterion.RECIPROCITY, value, weights.reciprocity(),
                    "partner asks for nothing in return", need.id());
        }
        Set<String> shared = new TreeSet<>(seeks);
        shared.retainAll(libraryOffers);
        if (!shared.isEmpty()) {
            return new CriterionScore(Criterion.RECIPROCITY, value, weights.reciprocity(),
                    "partner seeks " + String.join(", ", shared) + ", which the library offers", need.id());
        }
        return new CriterionScore(Criterion.RECIPROCITY, value, weights.reciprocity(),
                "partner seeks " + String.join(", ", new TreeSet<>(seeks)) + "; the library offers none of these",
                need.id());
    }

    /** Freshness and verification form one criterion (taxonomy FRESHNESS); the value is their mean. */
    static double freshnessValue(PartnerInput partner, LocalDate today) {
        return (freshnessOf(partner.lastConfirmed(), today) + verificationOf(partner.verification())) / 2;
    }

    private CriterionScore freshness(PartnerInput partner, LocalDate today, NeedInput need) {
        double freshness = freshnessOf(partner.lastConfirmed(), today);
        double verification = verificationOf(partner.verification());
        String confirmed = partner.lastConfirmed() == null
                ? "never confirmed"
                : "confirmed " + partner.lastConfirmed() + " ("
                        + Math.max(0, ChronoUnit.MONTHS.between(partner.lastConfirmed(), today)) + " months ago)";
        String text = confirmed + " → " + Figures.ratio(freshness) + "; verification " + partner.verification()
                + " → " + Figures.ratio(verification);
        return new CriterionScore(Criterion.FRESHNESS, freshnessValue(partner, today), weights.freshness(), text,
                need.id());
    }

    /** Full within 6 months of the last confirmation, then linear decay to the floor at 24 months. */
    static double freshnessOf(LocalDate lastConfirmed, LocalDate today) {
        if (lastConfirmed == null) {
            return FRESHNESS_FLOOR;
        }
        LocalDate decayStart = lastConfirmed.plusMonths(FRESH_MONTHS);
        LocalDate decayEnd = lastConfirmed.plusMonths(STALE_MONTHS);
        if (!today.isAfter(decayStart)) {
            return 1.0;
        }
        if (!today.isBefore(decayEnd)) {
            return FRESHNESS_FLOOR;
        }
        double elapsed = ChronoUnit.DAYS.between(decayStart, today) / (double) ChronoUnit.DAYS.between(decayStart, decayEnd);
        return 1.0 - (1.0 - FRESHNESS_FLOOR) * elapsed;
    }

    static double verificationOf(String verification) {
        if (Codes.VERIFIED.equals(verification)) {
            return VERIFIED;
        }
        return Codes.PENDING.equals(verification) ? PENDING : UNVERIFIED;
    }

    /** 1, times a factor per condition that costs the library something or needs a human check. */
    static double conditionsValue(List<ConditionOutcome> outcomes) {
        double value = 1.0;
        for (ConditionOutcome outcome : outcomes) {
            switch (outcome.verdict()) {
                case PENALTY -> value *= PENALTY_FACTOR;
                case NEEDS_REVIEW -> value *= REVIEW_FACTOR;
                case MET, UNSATISFIABLE -> { }
            }
        }
        return value;
    }

    private CriterionScore conditions(List<ConditionOutcome> outcomes, NeedInput need) {
        if (outcomes.isEmpty()) {
            return new CriterionScore(Criterion.CONDITIONS, 1.0, weights.conditions(), "no conditions", need.id());
        }
        return new CriterionScore(Criterion.CONDITIONS, conditionsValue(outcomes), weights.conditions(),
                outcomes.stream().map(ConditionOutcome::text).collect(Collectors.joining("; ")), need.id());
    }
}
