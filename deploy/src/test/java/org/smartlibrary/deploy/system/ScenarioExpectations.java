package org.smartlibrary.deploy.system;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Every check of a scenario's {@code expect} against what matching-service served, in one place. Reads the served
 * JSON as a client does (snake_case): {@code recommendations[].partner_id / rank / covered_needs[].need_id /
 * offering_id / partial / flags}, {@code alternatives[].need_id / partner_id}, {@code unmet_needs[].need_id / reason}
 * and the excluded candidates' {@code need_id / offering_id / reasons[].code}. Scenario keys are turned into the ids
 * the APIs returned. Collects every failure, then fails once with all of them and a digest of what was served.
 */
final class ScenarioExpectations {

    private static final Set<String> NEED_KEYS = Set.of("top", "covered_by", "not_covered_by", "full", "partial",
            "flags", "no_flags", "excluded", "alternatives", "unmet");
    private static final Set<String> TOP_KEYS = Set.of("needs", "ranking_before", "not_recommended");

    private final Scenario scenario;
    private final ScenarioDriver ids;
    private final List<JsonNode> recommendations;
    private final List<JsonNode> alternatives;
    private final List<JsonNode> unmet;
    private final List<JsonNode> excluded;
    private final List<String> failures = new ArrayList<>();
    /** Expectations not checked because the offering they name could not be created over the API. */
    final List<String> skipped = new ArrayList<>();

    ScenarioExpectations(Scenario scenario, ScenarioDriver ids, JsonNode served, List<JsonNode> excluded) {
        this.scenario = scenario;
        this.ids = ids;
        this.recommendations = Scenario.list(served.path("recommendations")).stream()
                .sorted(Comparator.comparingInt(r -> r.path("rank").asInt(Integer.MAX_VALUE))).toList();
        this.alternatives = Scenario.list(served.path("alternatives"));
        this.unmet = Scenario.list(served.path("unmet_needs"));
        this.excluded = excluded;
        if (!served.has("alternatives")) {
            failures.add("the served recommendations have no 'alternatives' field");
        }
    }

    /** Checks every expectation; throws one AssertionError listing all failures. */
    void verify() {
        JsonNode expect = scenario.expect();
        unknownKeys("expect", expect, TOP_KEYS);
        for (Iterator<Map.Entry<String, JsonNode>> needs = expect.path("needs").fields(); needs.hasNext(); ) {
            Map.Entry<String, JsonNode> need = needs.next();
            checkNeed(need.getKey(), need.getValue());
        }
        for (JsonNode pair : Scenario.list(expect.path("ranking_before"))) {
            String above = pair.get(0).asText();
            String below = pair.get(1).asText();
            Integer aboveRank = rank(above);
            Integer belowRank = rank(below);
            if (aboveRank == null || belowRank == null) {
                fail("ranking_before [" + above + ", " + below + "]: not both recommended (ranks " + aboveRank + ", "
                        + belowRank + ")");
            } else if (aboveRank >= belowRank) {
                fail("ranking_before [" + above + ", " + below + "]: " + above + " is rank " + aboveRank + ", "
                        + below + " rank " + belowRank);
            }
        }
        for (JsonNode partner : Scenario.list(expect.path("not_recommended"))) {
            if (rank(partner.asText()) != null) {
                fail("not_recommended: " + partner.asText() + " is recommended at rank " + rank(partner.asText()));
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("scenario " + scenario.name + ": " + failures.size()
                    + " expectation(s) not met by the served recommendations:\n  - " + String.join("\n  - ", failures)
                    + "\n" + digest() + "\nstory: " + scenario.story());
        }
    }

    private void checkNeed(String needKey, JsonNode expected) {
        String where = "needs." + needKey;
        unknownKeys(where, expected, NEED_KEYS);
        String needId = ids.needIds.get(needKey);
        if (needId == null) {
            fail(where + ": no such need in the scenario");
            return;
        }
        if (expected.hasNonNull("top")) {
            String top = expected.get("top").asText();
            String servedTop = recommendations.stream().filter(r -> cover(r, needId) != null)
                    .map(r -> r.path("partner_id").asText()).findFirst().orElse(null);
            if (!partnerId(top).equals(servedTop)) {
                fail(where + ".top: expected " + top + ", served " + (servedTop == null ? "nobody covers it" : key(servedTop)));
            }
        }
        if (expected.has("covered_by")) {
            List<JsonNode> coveredBy = Scenario.list(expected.get("covered_by"));
            for (JsonNode partner : coveredBy) {
                if (coverOf(partner.asText(), needId) == null) {
                    fail(where + ".covered_by: " + partner.asText() + " does not cover it" + notRecommended(partner.asText()));
                }
            }
            if (coveredBy.isEmpty()) {
                List<String> covering = recommendations.stream().filter(r -> cover(r, needId) != null)
                        .map(r -> key(r.path("partner_id").asText())).toList();
                if (!covering.isEmpty()) {
                    fail(where + ".covered_by []: nobody should cover it, served covers by " + covering);
                }
            }
        }
        for (JsonNode partner : Scenario.list(expected.path("not_covered_by"))) {
            if (coverOf(partner.asText(), needId) != null) {
                fail(where + ".not_covered_by: " + partner.asText() + " covers it: " + coverOf(partner.asText(), needId));
            }
        }
        checkPartial(where + ".full", expected.path("full"), needId, false);
        checkPartial(where + ".partial", expected.path("partial"), needId, true);
        for (Iterator<Map.Entry<String, JsonNode>> flags = expected.path("flags").fields(); flags.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = flags.next();
            JsonNode cover = coverOf(entry.getKey(), needId);
            if (cover == null) {
                fail(where + ".flags." + entry.getKey() + ": no cover of this need to carry the flags");
                continue;
            }
            Set<String> served = texts(cover.path("flags"));
            for (JsonNode flag : entry.getValue()) {
                if (!served.contains(flag.asText())) {
                    fail(where + ".flags." + entry.getKey() + ": " + flag.asText() + " missing, cover flags " + served);
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> flags = expected.path("no_flags").fields(); flags.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = flags.next();
            JsonNode cover = coverOf(entry.getKey(), needId);
            if (cover == null) {
                fail(where + ".no_flags." + entry.getKey() + ": no cover of this need" + notRecommended(entry.getKey()));
                continue;
            }
            Set<String> served = texts(cover.path("flags"));
            for (JsonNode flag : entry.getValue()) {
                if (served.contains(flag.asText())) {
                    fail(where + ".no_flags." + entry.getKey() + ": " + flag.asText() + " is on the cover " + served);
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> offerings = expected.path("excluded").fields(); offerings.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = offerings.next();
            String offeringId = ids.offeringIds.get(entry.getKey());
            if (offeringId == null) {
                skipped.add(where + ".excluded." + entry.getKey() + " (offering not created over the API)");
                continue;
            }
            List<JsonNode> items = excluded.stream().filter(e -> needId.equals(e.path("need_id").asText())
                    && offeringId.equals(e.path("offering_id").asText())).toList();
            if (items.isEmpty()) {
                fail(where + ".excluded." + entry.getKey() + ": not among the excluded candidates of this need"
                        + coveredInstead(offeringId, needId));
                continue;
            }
            Set<String> codes = new LinkedHashSet<>();
            items.forEach(item -> item.path("reasons").forEach(reason -> codes.add(reason.path("code").asText())));
            for (JsonNode code : entry.getValue()) {
                if (!codes.contains(code.asText())) {
                    fail(where + ".excluded." + entry.getKey() + ": reason " + code.asText() + " missing, served "
                            + codes + " " + items.get(0).path("reasons"));
                }
            }
        }
        for (JsonNode partner : Scenario.list(expected.path("alternatives"))) {
            String partnerId = partnerId(partner.asText());
            boolean listed = alternatives.stream().anyMatch(a -> needId.equals(a.path("need_id").asText())
                    && partnerId.equals(a.path("partner_id").asText()));
            if (!listed) {
                fail(where + ".alternatives: " + partner.asText() + " is not listed; served for this need "
                        + alternatives.stream().filter(a -> needId.equals(a.path("need_id").asText()))
                        .map(a -> key(a.path("partner_id").asText())).toList());
            }
        }
        if (expected.has("unmet")) {
            JsonNode servedUnmet = unmet.stream().filter(u -> needId.equals(u.path("need_id").asText())).findFirst()
                    .orElse(null);
            if (expected.get("unmet").isNull()) {
                if (servedUnmet != null) {
                    fail(where + ".unmet null: served as unmet " + servedUnmet);
                }
            } else if (servedUnmet == null) {
                fail(where + ".unmet: expected " + expected.get("unmet").asText() + ", not in unmet_needs");
            } else if (!expected.get("unmet").asText().equals(servedUnmet.path("reason").asText())) {
                fail(where + ".unmet: expected " + expected.get("unmet").asText() + ", served " + servedUnmet);
            }
        }
    }

    private void checkPartial(String where, JsonNode partners, String needId, boolean partial) {
        for (JsonNode partner : Scenario.list(partners)) {
            JsonNode cover = coverOf(partner.asText(), needId);
            if (cover == null) {
                fail(where + ": " + partner.asText() + " does not cover it" + notRecommended(partner.asText()));
            } else if (cover.path("partial").asBoolean() != partial) {
                fail(where + ": " + partner.asText() + "'s cover is " + (partial ? "full" : "partial") + ": " + cover);
            }
        }
    }

    private void unknownKeys(String where, JsonNode node, Set<String> known) {
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                fail(where + "." + name + ": expectation key unknown to this reader (not checked)");
            }
        });
    }

    private JsonNode coverOf(String partnerKey, String needId) {
        String partnerId = partnerId(partnerKey);
        return recommendations.stream().filter(r -> partnerId.equals(r.path("partner_id").asText()))
                .map(r -> cover(r, needId)).filter(c -> c != null).findFirst().orElse(null);
    }

    private static JsonNode cover(JsonNode recommendation, String needId) {
        for (JsonNode covered : recommendation.path("covered_needs")) {
            if (needId.equals(covered.path("need_id").asText())) {
                return covered;
            }
        }
        return null;
    }

    private Integer rank(String partnerKey) {
        String partnerId = partnerId(partnerKey);
        return recommendations.stream().filter(r -> partnerId.equals(r.path("partner_id").asText()))
                .map(r -> r.path("rank").asInt()).findFirst().orElse(null);
    }

    private String partnerId(String partnerKey) {
        String id = ids.partnerIds.get(partnerKey);
        if (id == null) {
            throw new AssertionError("scenario " + scenario.name + ": expectations name an unknown partner " + partnerKey);
        }
        return id;
    }

    private String notRecommended(String partnerKey) {
        return rank(partnerKey) == null ? " (not recommended at all" + exclusionsOf(partnerKey) + ")" : "";
    }

    private String exclusionsOf(String partnerKey) {
        String partnerId = partnerId(partnerKey);
        List<String> reasons = excluded.stream().filter(e -> partnerId.equals(e.path("partner_id").asText()))
                .map(e -> key(e.path("offering_id").asText()) + "→" + key(e.path("need_id").asText()) + " "
                        + texts(e.path("reasons"), r -> r.path("code").asText())).toList();
        return reasons.isEmpty() ? "" : "; excluded: " + reasons;
    }

    private String coveredInstead(String offeringId, String needId) {
        for (JsonNode recommendation : recommendations) {
            JsonNode cover = cover(recommendation, needId);
            if (cover != null && offeringId.equals(cover.path("offering_id").asText())) {
                return " (it covers the need instead: " + cover + ")";
            }
        }
        return "";
    }

    private String key(String id) {
        return ids.keyOf(id);
    }

    private void fail(String message) {
        failures.add(message);
    }

    private static Set<String> texts(JsonNode array) {
        return texts(array, JsonNode::asText);
    }

    private static Set<String> texts(JsonNode array, Function<JsonNode, String> text) {
        Set<String> values = new LinkedHashSet<>();
        array.forEach(item -> values.add(text.apply(item)));
        return values;
    }

    /** What was served, with scenario keys instead of ids: for failure messages and the test log. */
    String digest() {
        StringBuilder out = new StringBuilder("served for scenario ").append(scenario.name).append(":\n");
        for (JsonNode r : recommendations) {
            out.append("  #").append(r.path("rank").asText()).append(' ').append(key(r.path("partner_id").asText()))
                    .append(" score ").append(r.path("score").asText()).append(" flags ")
                    .append(texts(r.path("flags"))).append('\n');
            for (JsonNode c : r.path("covered_needs")) {
                out.append("      covers ").append(key(c.path("need_id").asText())).append(" with ")
                        .append(key(c.path("offering_id").asText())).append(" coverage ")
                        .append(c.path("coverage").asText()).append(c.path("partial").asBoolean() ? " partial" : " full")
                        .append(" flags ").append(texts(c.path("flags"))).append('\n');
            }
        }
        for (JsonNode a : alternatives) {
            out.append("  alternative for ").append(key(a.path("need_id").asText())).append(": ")
                    .append(key(a.path("partner_id").asText())).append(" / ").append(key(a.path("offering_id").asText()))
                    .append('\n');
        }
        for (JsonNode u : unmet) {
            out.append("  unmet ").append(key(u.path("need_id").asText())).append(' ').append(u.path("reason").asText())
                    .append(" covered ").append(u.path("covered").asText()).append('\n');
        }
        for (JsonNode e : excluded) {
            out.append("  excluded ").append(key(e.path("offering_id").asText())).append(" for ")
                    .append(key(e.path("need_id").asText())).append(' ')
                    .append(texts(e.path("reasons"), x -> x.path("code").asText())).append('\n');
        }
        return out.toString();
    }
}
