package org.smartlibrary.matching.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Scores one admitted (need, offering): one {@link CriterionScore} per {@link Criterion}, the match score (their
 * weighted mean) and the coverage (capacity share x horizon share).
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

    NeedOfferingScorer(ScoringWeights weights) {
        this.weights = weights;
    }

    NeedCoverage score(AssessmentInput assessment, NeedInput need, PartnerOffering candidate, GateResult gate,
                       LocalDate today) {
        PartnerInput partner = candidate.partner();
        OfferingInput offering = candidate.offering();
        CriterionScore capacity = CapacityFit.assess(need, offering, weights.capacity());
        CriterionScore horizon = HorizonFit.assess(need, offering, today, weights.horizonFit());
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

    private CriterionScore typeFit(NeedInput need, OfferingInput offering, TypeMatch match) {
        if (match == TypeMatch.EXACT) {
            return new CriterionScore(Criterion.TYPE_FIT, EXACT_TYPE_FIT, weights.typeFit(),
                    "exact type " + need.type(), need.id());
        }
        return new CriterionScore(Criterion.TYPE_FIT, RELATED_TYPE_FIT, weights.typeFit(),
                "related type " + offering.type() + " for a need of " + need.type(), need.id());
    }

    private CriterionScore priority(NeedInput need) {
        return new CriterionScore(Criterion.PRIORITY, need.priority() / (double) NeedInput.MAX_PRIORITY,
                weights.priority(), "priority " + need.priority() + " of " + NeedInput.MAX_PRIORITY + " ("
                        + PRIORITY_LABELS[need.priority()] + ")", need.id());
    }

    private CriterionScore geography(ServiceArea area, LibraryInput library, NeedInput need) {
        double value;
        String text;
        if (area.servesCity(library.city())) {
            value = SAME_CITY;
            text = "serves the library's city " + library.city();
        } else if (area.servesRegion(library.region())) {
            value = SAME_REGION;
            text = "serves the library's region " + library.region();
        } else if (area.national()) {
            value = NATIONAL;
            text = "serves nationally";
        } else {
            value = REMOTE;
            text = "serves remotely";
        }
        return new CriterionScore(Criterion.GEOGRAPHY, value, weights.geography(), text, need.id());
    }

    private CriterionScore reciprocity(Set<String> seeks, Set<String> libraryOffers, NeedInput need) {
        if (seeks.isEmpty()) {
            return new CriterionScore(Criterion.RECIPROCITY, NOTHING_SOUGHT, weights.reciprocity(),
                    "partner asks for nothing in return", need.id());
        }
        Set<String> shared = new TreeSet<>(seeks);
        shared.retainAll(libraryOffers);
        if (!shared.isEmpty()) {
            return new CriterionScore(Criterion.RECIPROCITY, RECIPROCAL, weights.reciprocity(),
                    "partner seeks " + String.join(", ", shared) + ", which the library offers", need.id());
        }
        return new CriterionScore(Criterion.RECIPROCITY, NOT_RECIPROCAL, weights.reciprocity(),
                "partner seeks " + String.join(", ", new TreeSet<>(seeks)) + "; the library offers none of these",
                need.id());
    }

    /** Freshness and verification form one criterion (taxonomy FRESHNESS); the value is their mean. */
    private CriterionScore freshness(PartnerInput partner, LocalDate today, NeedInput need) {
        double freshness = freshnessOf(partner.lastConfirmed(), today);
        double verification = verificationOf(partner.verification());
        String confirmed = partner.lastConfirmed() == null
                ? "never confirmed"
                : "confirmed " + partner.lastConfirmed() + " ("
                        + Math.max(0, ChronoUnit.MONTHS.between(partner.lastConfirmed(), today)) + " months ago)";
        String text = confirmed + " → " + Figures.ratio(freshness) + "; verification " + partner.verification()
                + " → " + Figures.ratio(verification);
        return new CriterionScore(Criterion.FRESHNESS, (freshness + verification) / 2, weights.freshness(), text,
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

    private CriterionScore conditions(List<ConditionOutcome> outcomes, NeedInput need) {
        if (outcomes.isEmpty()) {
            return new CriterionScore(Criterion.CONDITIONS, 1.0, weights.conditions(), "no conditions", need.id());
        }
        double value = 1.0;
        List<String> texts = new ArrayList<>();
        for (ConditionOutcome outcome : outcomes) {
            switch (outcome.verdict()) {
                case PENALTY -> value *= PENALTY_FACTOR;
                case NEEDS_REVIEW -> value *= REVIEW_FACTOR;
                case MET, UNSATISFIABLE -> { }
            }
            texts.add(outcome.text());
        }
        return new CriterionScore(Criterion.CONDITIONS, value, weights.conditions(),
                texts.stream().collect(Collectors.joining("; ")), need.id());
    }
}
