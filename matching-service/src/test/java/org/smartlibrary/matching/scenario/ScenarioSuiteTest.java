package org.smartlibrary.matching.scenario;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.smartlibrary.matching.engine.Alternative;
import org.smartlibrary.matching.engine.ExcludedCandidate;
import org.smartlibrary.matching.engine.ExclusionCode;
import org.smartlibrary.matching.engine.ExclusionReason;
import org.smartlibrary.matching.engine.Flag;
import org.smartlibrary.matching.engine.MatchResult;
import org.smartlibrary.matching.engine.MatchingEngine;
import org.smartlibrary.matching.engine.NeedCoverage;
import org.smartlibrary.matching.engine.OfferingIndex;
import org.smartlibrary.matching.engine.PartnerRecommendation;
import org.smartlibrary.matching.engine.TypeRelations;
import org.smartlibrary.matching.engine.UnmetNeed;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs every scenario of platform/test-kit's {@code scenarios/} folder through the engine, as the service builds it
 * (the taxonomy's related types, default weights, limits and settings), on the scenario's match date, and checks each
 * expectation as its own test, named after the need and the expectation. A failure names the scenario and the
 * expectation and shows what the engine did instead.
 */
class ScenarioSuiteTest {

    private static final int MIN_SCENARIOS = 12;

    @TestFactory
    Stream<DynamicNode> scenarios() {
        List<Scenario> scenarios = Scenario.loadAll();
        TypeRelations relations = Scenario.taxonomyRelations();
        List<DynamicNode> nodes = new ArrayList<>();
        nodes.add(DynamicTest.dynamicTest("at least " + MIN_SCENARIOS + " scenarios", () -> {
            if (scenarios.size() < MIN_SCENARIOS) {
                fail("only " + scenarios.size() + " scenario files: " + scenarios);
            }
        }));
        for (Scenario scenario : scenarios) {
            nodes.add(DynamicContainer.dynamicContainer(scenario.name(), checks(scenario, relations).stream()));
        }
        return nodes.stream();
    }

    private static List<DynamicTest> checks(Scenario scenario, TypeRelations relations) {
        MatchResult result;
        try {
            result = new MatchingEngine(OfferingIndex.of(scenario.partners()), relations)
                    .match(scenario.assessment(), scenario.matchDate());
        } catch (RuntimeException e) {
            return List.of(DynamicTest.dynamicTest("engine runs", () -> {
                throw new AssertionError("[" + scenario.name() + "] the engine failed: " + e, e);
            }));
        }
        Outcome outcome = new Outcome(scenario, result);
        List<DynamicTest> tests = new ArrayList<>();
        for (Scenario.NeedExpectation need : scenario.expect().needs()) {
            needChecks(outcome, need, tests);
        }
        for (List<String> pair : scenario.expect().rankingBefore()) {
            tests.add(test(pair.get(0) + " ranks above " + pair.get(1),
                    () -> outcome.ranksAbove(pair.get(0), pair.get(1))));
        }
        for (String partner : scenario.expect().notRecommended()) {
            tests.add(test("not recommended: " + partner, () -> outcome.notRecommended(partner)));
        }
        return tests;
    }

    private static void needChecks(Outcome outcome, Scenario.NeedExpectation need, List<DynamicTest> tests) {
        String n = need.needKey();
        if (need.top() != null) {
            tests.add(test(n + ": top " + need.top(), () -> outcome.top(n, need.top())));
        }
        if (need.coveredBy() != null) {
            if (need.coveredBy().isEmpty()) {
                tests.add(test(n + ": covered by nobody", () -> outcome.coveredByNobody(n)));
            }
            for (String partner : need.coveredBy()) {
                tests.add(test(n + ": covered_by " + partner, () -> outcome.covers(n, partner)));
            }
        }
        for (String partner : orEmpty(need.notCoveredBy())) {
            tests.add(test(n + ": not_covered_by " + partner, () -> outcome.doesNotCover(n, partner)));
        }
        for (String partner : orEmpty(need.full())) {
            tests.add(test(n + ": full " + partner, () -> outcome.coverIs(n, partner, false)));
        }
        for (String partner : orEmpty(need.partial())) {
            tests.add(test(n + ": partial " + partner, () -> outcome.coverIs(n, partner, true)));
        }
        if (need.flags() != null) {
            need.flags().forEach((partner, flags) -> flags.forEach(flag ->
                    tests.add(test(n + ": " + partner + " flagged " + flag,
                            () -> outcome.flagged(n, partner, flag, true)))));
        }
        if (need.noFlags() != null) {
            need.noFlags().forEach((partner, flags) -> flags.forEach(flag ->
                    tests.add(test(n + ": " + partner + " not flagged " + flag,
                            () -> outcome.flagged(n, partner, flag, false)))));
        }
        if (need.excluded() != null) {
            need.excluded().forEach((offering, codes) -> codes.forEach(code ->
                    tests.add(test(n + ": " + offering + " excluded " + code,
                            () -> outcome.excluded(n, offering, code)))));
        }
        for (String partner : orEmpty(need.alternatives())) {
            tests.add(test(n + ": alternative " + partner, () -> outcome.alternative(n, partner)));
        }
        if (need.unmetChecked()) {
            tests.add(test(n + ": unmet " + (need.unmet() == null ? "none" : need.unmet()),
                    () -> outcome.unmet(n, need.unmet())));
        }
    }

    private static DynamicTest test(String name, Executable check) {
        return DynamicTest.dynamicTest(name, check);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** One scenario's match result, looked at by key, with failure messages naming the scenario and expectation. */
    private static final class Outcome {

        private final Scenario scenario;
        private final MatchResult result;

        Outcome(Scenario scenario, MatchResult result) {
            this.scenario = scenario;
            this.result = result;
        }

        void top(String need, String partner) {
            List<PartnerRecommendation> covering = result.recommendations().stream()
                    .filter(rec -> coverOf(rec, need).isPresent()).toList();
            if (covering.isEmpty() || !covering.get(0).partnerId().equals(scenario.id(partner))) {
                failWith(need, "top " + partner, scenario.describePartner(partner)
                        + " should rank first among the partners covering it; in rank order they are "
                        + describeCovering(need));
            }
        }

        void covers(String need, String partner) {
            if (cover(need, partner).isEmpty()) {
                failWith(need, "covered_by " + partner, scenario.describePartner(partner)
                        + " should cover it but does not. " + whyNot(need, partner) + " Covering: "
                        + describeCovering(need));
            }
        }

        void coveredByNobody(String need) {
            List<PartnerRecommendation> covering = result.recommendations().stream()
                    .filter(rec -> coverOf(rec, need).isPresent()).toList();
            if (!covering.isEmpty()) {
                failWith(need, "covered_by []", "nobody should cover it, but it is covered by "
                        + describeCovering(need));
            }
        }

        void doesNotCover(String need, String partner) {
            Optional<NeedCoverage> cover = cover(need, partner);
            if (cover.isPresent()) {
                failWith(need, "not_covered_by " + partner, scenario.describePartner(partner)
                        + " must not cover it, but covers it with " + describe(cover.get()));
            }
        }

        void coverIs(String need, String partner, boolean partial) {
            String expectation = (partial ? "partial " : "full ") + partner;
            Optional<NeedCoverage> cover = cover(need, partner);
            if (cover.isEmpty()) {
                failWith(need, expectation, scenario.describePartner(partner) + " does not cover it at all. "
                        + whyNot(need, partner));
            } else if (cover.get().partial() != partial) {
                failWith(need, expectation, scenario.describePartner(partner) + " should cover it "
                        + (partial ? "partially" : "fully") + ", but covers it with " + describe(cover.get()));
            }
        }

        void flagged(String need, String partner, Flag flag, boolean present) {
            String expectation = partner + (present ? " flagged " : " not flagged ") + flag;
            Optional<NeedCoverage> cover = cover(need, partner);
            if (cover.isEmpty()) {
                failWith(need, expectation, scenario.describePartner(partner) + " does not cover it at all. "
                        + whyNot(need, partner));
            } else if (cover.get().flags().contains(flag) != present) {
                failWith(need, expectation, "the cover by " + scenario.describePartner(partner)
                        + (present ? " lacks " : " carries ") + flag + ": " + describe(cover.get()));
            }
        }

        void excluded(String need, String offering, ExclusionCode code) {
            String expectation = offering + " excluded " + code;
            Optional<ExcludedCandidate> excluded = exclusion(need, offering);
            if (excluded.isEmpty()) {
                String partner = scenario.ownerOf(offering);
                Optional<NeedCoverage> cover = cover(need, partner);
                failWith(need, expectation, "offering " + offering + " of " + scenario.describePartner(partner)
                        + " is not among the excluded candidates of this need"
                        + (cover.isPresent() ? "; the partner covers the need with " + describe(cover.get()) : ""));
            } else if (excluded.get().reasons().stream().noneMatch(reason -> reason.code() == code)) {
                failWith(need, expectation, "offering " + offering + " is excluded, but its reasons are "
                        + describe(excluded.get().reasons()));
            }
        }

        void alternative(String need, String partner) {
            List<Alternative> ideas = result.alternatives().stream()
                    .filter(idea -> idea.needId().equals(scenario.id(need))).toList();
            if (ideas.stream().noneMatch(idea -> idea.partnerId().equals(scenario.id(partner)))) {
                failWith(need, "alternative " + partner, scenario.describePartner(partner)
                        + " should be listed as an idea; the ideas are " + ideas.stream()
                        .map(idea -> scenario.keyOf(idea.partnerId()) + " (" + idea.offeringType() + ")")
                        .toList());
            }
        }

        void unmet(String need, UnmetNeed.Reason reason) {
            Optional<UnmetNeed> unmet = result.unmetNeeds().stream()
                    .filter(open -> open.needId().equals(scenario.id(need))).findFirst();
            String expectation = "unmet " + (reason == null ? "none" : reason);
            if (reason == null && unmet.isPresent()) {
                failWith(need, expectation, "it should not be unmet, but is unmet " + describe(unmet.get())
                        + "; covering: " + describeCovering(need));
            } else if (reason != null && unmet.isEmpty()) {
                failWith(need, expectation, "it should be unmet for " + reason + ", but the plan leaves nothing "
                        + "open (plan " + describePlan() + "); covering: " + describeCovering(need));
            } else if (reason != null && unmet.get().reason() != reason) {
                failWith(need, expectation, "it is unmet, but " + describe(unmet.get()));
            }
        }

        void ranksAbove(String higher, String lower) {
            String expectation = higher + " ranks above " + lower;
            Optional<PartnerRecommendation> a = recommendation(higher);
            Optional<PartnerRecommendation> b = recommendation(lower);
            if (a.isEmpty() || b.isEmpty()) {
                failWith(null, expectation, "both must be recommended; "
                        + (a.isEmpty() ? higher + " is not. " : "") + (b.isEmpty() ? lower + " is not." : ""));
            } else if (a.get().rank() >= b.get().rank()) {
                failWith(null, expectation, describe(a.get()) + " vs " + describe(b.get()));
            }
        }

        void notRecommended(String partner) {
            Optional<PartnerRecommendation> recommendation = recommendation(partner);
            if (recommendation.isPresent()) {
                failWith(null, "not recommended: " + partner, scenario.describePartner(partner)
                        + " must not be recommended, but is: " + describe(recommendation.get()));
            }
        }

        // ---- lookups --------------------------------------------------------------------------------------------

        private Optional<PartnerRecommendation> recommendation(String partner) {
            String id = scenario.id(partner);
            return result.recommendations().stream().filter(rec -> rec.partnerId().equals(id)).findFirst();
        }

        private Optional<NeedCoverage> cover(String need, String partner) {
            return recommendation(partner).flatMap(rec -> coverOf(rec, need));
        }

        private Optional<NeedCoverage> coverOf(PartnerRecommendation rec, String need) {
            String id = scenario.id(need);
            return rec.coveredNeeds().stream().filter(cover -> cover.needId().equals(id)).findFirst();
        }

        private Optional<ExcludedCandidate> exclusion(String need, String offering) {
            String needId = scenario.id(need);
            String offeringId = scenario.id(offering);
            return result.excludedCandidates().stream()
                    .filter(excluded -> excluded.needId().equals(needId) && excluded.offeringId().equals(offeringId))
                    .findFirst();
        }

        /** Why a partner does not cover the need: its exclusions for it, or that it is not recommended. */
        private String whyNot(String need, String partner) {
            String needId = scenario.id(need);
            String partnerId = scenario.id(partner);
            List<String> exclusions = result.excludedCandidates().stream()
                    .filter(excluded -> excluded.needId().equals(needId) && excluded.partnerId().equals(partnerId))
                    .map(excluded -> scenario.keyOf(excluded.offeringId()) + " excluded " + describe(excluded.reasons()))
                    .toList();
            String recommended = recommendation(partner).map(rec -> "It is recommended (rank " + rec.rank()
                    + ") for other needs.").orElse("It is not recommended.");
            return (exclusions.isEmpty() ? "None of its offerings is excluded for this need." : exclusions + ".")
                    + " " + recommended;
        }

        // ---- descriptions ---------------------------------------------------------------------------------------

        private String describeCovering(String need) {
            List<String> covering = result.recommendations().stream()
                    .flatMap(rec -> coverOf(rec, need).stream().map(cover -> "#" + rec.rank() + " "
                            + scenario.keyOf(rec.partnerId()) + " (score " + round(rec.score()) + ", "
                            + describe(cover) + ")"))
                    .toList();
            return covering.isEmpty() ? "nobody" : String.join("; ", covering);
        }

        private String describe(NeedCoverage cover) {
            return "offering " + scenario.keyOf(cover.offeringId()) + ", coverage " + round(cover.coverage())
                    + (cover.partial() ? " (partial)" : " (full)") + ", flags " + cover.flags();
        }

        private String describe(PartnerRecommendation rec) {
            return scenario.keyOf(rec.partnerId()) + " rank " + rec.rank() + " score " + round(rec.score())
                    + " covered weight " + round(rec.coveredPriorityWeight()) + " flags " + rec.flags();
        }

        private String describe(List<ExclusionReason> reasons) {
            return reasons.stream().map(reason -> reason.code() + " (" + reason.text() + ")")
                    .collect(Collectors.joining(", ", "[", "]"));
        }

        private String describe(UnmetNeed unmet) {
            return unmet.reason() + " (covered " + round(unmet.covered()) + ": " + unmet.detail() + ")";
        }

        private String describePlan() {
            return result.coveragePlan().partners().stream()
                    .map(planned -> scenario.keyOf(planned.partnerId()) + " +" + round(planned.addedWeight()))
                    .toList().toString();
        }

        private static String round(double value) {
            return String.valueOf(Math.round(value * 10000) / 10000.0);
        }

        private void failWith(String need, String expectation, String what) {
            throw new AssertionError("[" + scenario.name() + "] " + (need == null ? "" : "need '" + need + "': ")
                    + "expected " + expectation + " - " + what);
        }
    }
}
