package org.smartlibrary.matching.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartlibrary.matching.engine.Fixtures.MENTORING;
import static org.smartlibrary.matching.engine.Fixtures.PROGRAM;
import static org.smartlibrary.matching.engine.Fixtures.SOFTWARE;
import static org.smartlibrary.matching.engine.Fixtures.TODAY;
import static org.smartlibrary.matching.engine.Fixtures.assessment;
import static org.smartlibrary.matching.engine.Fixtures.engine;
import static org.smartlibrary.matching.engine.Fixtures.library;
import static org.smartlibrary.matching.engine.Fixtures.need;
import static org.smartlibrary.matching.engine.Fixtures.offering;
import static org.smartlibrary.matching.engine.Fixtures.partner;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a consortium analyst reads in a pooled match: the texts speak of the consortium and its members ("a
 * consortium member offers", "the members' main region", "every member that needs it"), never of "the library" —
 * while one library's match of the same member keeps its own wording.
 *
 * <p>The consortium: lib-1 in Springfield and lib-2 in Capital City (both North), lib-3 in Shelbyville (South); the
 * members' main region is North, and its first library lib-1.
 */
class PooledTextsTest {

    /** Any phrase that speaks of one library as the applicant. */
    private static final Pattern ONE_LIBRARY = Pattern.compile(
            "the library|library's|library (is|has|offers|needs|does)|the assessment states");

    @Test
    void reciprocitySpeaksOfWhatAConsortiumMemberOffers() {
        PartnerInput seeksSpace = partner("space").name("Makers").national().seeks("SPACE")
                .offering(offering("kits", SOFTWARE).quantity("500", "seats")).build();
        PartnerInput seeksVisibility = partner("visible").name("Sponsor").national().seeks("VISIBILITY", "SPACE")
                .offering(offering("licences", SOFTWARE).quantity("500", "seats")).build();
        AssessmentInput withoutSpace = member("lib-1", "North", "Springfield", seats("30")).build();
        AssessmentInput withSpace = member("lib-2", "North", "Capital City", seats("30")).offers("SPACE").build();
        MatchingEngine engine = engine(OfferingIndex.of(List.of(seeksSpace)));

        PooledMatchResult pooled = engine.matchPool(ConsortiumPool.of("c", List.of(withoutSpace, withSpace)), TODAY);
        assertEquals("partner seeks SPACE, which a consortium member offers",
                partnerText(pooled.result(), Criterion.RECIPROCITY));

        PooledMatchResult nobodyOffers = engine(OfferingIndex.of(List.of(seeksVisibility)))
                .matchPool(ConsortiumPool.of("c", List.of(withoutSpace)), TODAY);
        assertEquals("partner seeks SPACE, VISIBILITY; no consortium member offers any of these",
                partnerText(nobodyOffers.result(), Criterion.RECIPROCITY));

        assertEquals("partner seeks SPACE, which the library offers",
                partnerText(engine.match(withSpace, TODAY), Criterion.RECIPROCITY), "one library's text is unchanged");
        assertEquals("partner seeks SPACE; the library offers none of these",
                partnerText(engine.match(withoutSpace, TODAY), Criterion.RECIPROCITY));
    }

    @Test
    void geographySpeaksOfTheMembersMainRegionAndNamesTheMemberWhoseCityItIs() {
        PartnerInput cityAndRegion = partner("local").name("Local Licences")
                .area(new ServiceArea(false, false, Set.of("North"), Set.of("Springfield")))
                .offering(offering("licences", SOFTWARE).quantity("500", "seats")).build();
        PartnerInput regionOnly = partner("regional").name("Regional Licences").regions("North")
                .offering(offering("licences", SOFTWARE).quantity("500", "seats")).build();
        ConsortiumPool pool = ConsortiumPool.of("c", List.of(
                member("lib-1", "North", "Springfield", seats("30")).build(),
                member("lib-2", "North", "Capital City", seats("30")).build()));

        assertEquals("serves member lib-1's city Springfield in the members' main region North",
                partnerText(engine(OfferingIndex.of(List.of(cityAndRegion))).matchPool(pool, TODAY).result(),
                        Criterion.GEOGRAPHY));
        assertEquals("serves the members' main region North",
                partnerText(engine(OfferingIndex.of(List.of(regionOnly))).matchPool(pool, TODAY).result(),
                        Criterion.GEOGRAPHY));

        AssessmentInput alone = member("lib-1", "North", "Springfield", seats("30")).build();
        assertEquals("serves the library's city Springfield", partnerText(
                engine(OfferingIndex.of(List.of(cityAndRegion))).match(alone, TODAY), Criterion.GEOGRAPHY));
        assertEquals("serves the library's region North", partnerText(
                engine(OfferingIndex.of(List.of(regionOnly))).match(alone, TODAY), Criterion.GEOGRAPHY));
    }

    @Test
    void conditionsSpeakOfTheMembersFundsAndAudience() {
        PartnerInput coFunder = partner("fund").name("Co-Fund").national()
                .offering(offering("grant", PROGRAM).money("100000", "EUR").condition("MATCHING_FUNDS_REQUIRED", "0.5"))
                .build();
        PartnerInput audience = partner("media").name("Media Partner").national()
                .offering(offering("grant", PROGRAM).money("100000", "EUR").condition("MIN_AUDIENCE", "500")).build();
        AssessmentInput plain = member("lib-1", "North", "Springfield", grant("10000")).build();
        AssessmentInput fundedWithReach = member("lib-2", "North", "Capital City", grant("10000"))
                .matchingFunds().offers("AUDIENCE_REACH").build();
        ConsortiumPool oneHasBoth = ConsortiumPool.of("c", List.of(plain, fundedWithReach));
        ConsortiumPool neitherHas = ConsortiumPool.of("c", List.of(plain));

        assertEquals("MATCHING_FUNDS_REQUIRED (50% co-funding): a consortium member has matching funds",
                conditionsText(engine(OfferingIndex.of(List.of(coFunder))).matchPool(oneHasBoth, TODAY).result()));
        assertEquals("MATCHING_FUNDS_REQUIRED (50% co-funding): no member's assessment states matching funds",
                conditionsText(engine(OfferingIndex.of(List.of(coFunder))).matchPool(neitherHas, TODAY).result()));
        assertEquals("MIN_AUDIENCE at least 500: a consortium member offers AUDIENCE_REACH, confirm the figure",
                conditionsText(engine(OfferingIndex.of(List.of(audience))).matchPool(oneHasBoth, TODAY).result()));
        assertEquals("MIN_AUDIENCE at least 500: no consortium member offers AUDIENCE_REACH",
                conditionsText(engine(OfferingIndex.of(List.of(audience))).matchPool(neitherHas, TODAY).result()));

        assertEquals("MATCHING_FUNDS_REQUIRED (50% co-funding): the library has matching funds",
                conditionsText(engine(OfferingIndex.of(List.of(coFunder))).match(fundedWithReach, TODAY)));
        assertEquals("MATCHING_FUNDS_REQUIRED (50% co-funding): the assessment states no matching funds",
                conditionsText(engine(OfferingIndex.of(List.of(coFunder))).match(plain, TODAY)));
        assertEquals("MIN_AUDIENCE at least 500: the library offers AUDIENCE_REACH, confirm the figure",
                conditionsText(engine(OfferingIndex.of(List.of(audience))).match(fundedWithReach, TODAY)));
        assertEquals("MIN_AUDIENCE at least 500: the library does not offer AUDIENCE_REACH",
                conditionsText(engine(OfferingIndex.of(List.of(audience))).match(plain, TODAY)));
    }

    @Test
    void aRegionRuleMetByTheOnlyMemberApplyingNamesThatMember() {
        PartnerInput northernFund = partner("fund").name("Northern Fund").national()
                .offering(offering("north-grant", PROGRAM).money("100000", "EUR").condition("REGION_ONLY", "North"))
                .build();
        MatchingEngine engine = engine(OfferingIndex.of(List.of(northernFund)));
        AssessmentInput springfield = member("lib-1", "North", "Springfield", grant("10000")).build();
        // the southern member asks for mentors only: lib-1 applies for the grant alone
        ConsortiumPool pool = ConsortiumPool.of("c", List.of(springfield,
                member("lib-3", "South", "Shelbyville", need("mentors", MENTORING).quantity("5", "mentors").build())
                        .build()));

        assertEquals("REGION_ONLY North: member lib-1, the only one applying, is in it",
                conditionsText(engine.matchPool(pool, TODAY).result()));
        assertEquals("REGION_ONLY North: library is in North", conditionsText(engine.match(springfield, TODAY)));
    }

    @Test
    void capacityComparesTheOfferingWithThePooledNeed() {
        PartnerInput large = partner("large").name("Large Licences").regions("North")
                .offering(offering("licences", SOFTWARE).quantity("500", "seats")).build();
        PartnerInput small = partner("small").name("Small Licences").regions("North")
                .offering(offering("licences", SOFTWARE).quantity("90", "seats")).build();
        List<AssessmentInput> members = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            members.add(member("lib-" + i, "North", "Town " + i, seats("30")).build());
        }
        ConsortiumPool pool = ConsortiumPool.of("c", members);

        assertEquals("capacity 500 ≥ pooled need 120 seats: full cover",
                capacityText(engine(OfferingIndex.of(List.of(large))).matchPool(pool, TODAY).result()));
        assertEquals("capacity 90 of pooled need 120 seats → partial 75%",
                capacityText(engine(OfferingIndex.of(List.of(small))).matchPool(pool, TODAY).result()));

        assertEquals("capacity 500 ≥ need 30 seats: full cover",
                capacityText(engine(OfferingIndex.of(List.of(large))).match(members.get(0), TODAY)));
    }

    @Test
    void anUnmetPooledNeedIsExplainedForTheMembersThatNeedIt() {
        PartnerInput northOnly = partner("north").name("North Licences").regions("North")
                .offering(offering("licences", SOFTWARE).quantity("500", "seats")).build();
        PartnerInput bigOrders = partner("big").name("Big Orders").national()
                .offering(offering("site-licence", SOFTWARE).quantity("500", "seats").minOrder("100")).build();
        AssessmentInput springfield = member("lib-1", "North", "Springfield", seats("30"),
                need("mentors", MENTORING).quantity("5", "mentors").build()).build();
        AssessmentInput shelbyville = member("lib-3", "South", "Shelbyville", seats("30")).build();
        ConsortiumPool pool = ConsortiumPool.of("c", List.of(springfield, shelbyville));

        PooledMatchResult outside = engine(OfferingIndex.of(List.of(northOnly))).matchPool(pool, TODAY);
        assertEquals(List.of(
                        "no active offering of type HUMAN.MENTORING in the members' area",
                        "1 active offering(s) of type TECHNOLOGY.SOFTWARE exist, but none serves every member "
                                + "that needs it"),
                details(outside.result()));

        PooledMatchResult tooSmall = engine(OfferingIndex.of(List.of(bigOrders))).matchPool(pool, TODAY);
        assertEquals("1 offering(s) of type TECHNOLOGY.SOFTWARE exist, but their conditions exclude the consortium: "
                        + "minimum order 100 seats; the consortium pools 60 seats from 2 libraries",
                details(tooSmall.result()).get(1));

        assertEquals(List.of(
                        "1 active offering(s) of type TECHNOLOGY.SOFTWARE exist, but none serves the library's area",
                        "no active offering of type HUMAN.MENTORING in the library's area"),
                details(engine(OfferingIndex.of(List.of(northOnly))).match(
                        member("lib-3", "South", "Shelbyville", seats("30"),
                                need("mentors", MENTORING).quantity("5", "mentors").build()).build(), TODAY)),
                "one library's texts are unchanged");
        assertEquals("1 offering(s) of type TECHNOLOGY.SOFTWARE exist, but their conditions exclude the library: "
                        + "minimum order 100 seats; the library needs 30 seats",
                details(engine(OfferingIndex.of(List.of(bigOrders))).match(shelbyville, TODAY)).get(0));

        // a pooled money need is told apart from a library's need just the same
        PooledMatchResult noFunder = engine(OfferingIndex.of(List.of())).matchPool(ConsortiumPool.of("c", List.of(
                member("lib-1", "North", "Springfield", grant("10000")).build(),
                member("lib-2", "North", "Capital City", grant("5000")).build())), TODAY);
        assertEquals(List.of("no active offering of type FINANCIAL.PROGRAM in the members' area"),
                details(noFunder.result()));
    }

    @Test
    void noTextOfAPooledMatchSpeaksOfOneLibrary() {
        PartnerInput[] directory = {
                partner("space").name("Makers").national().seeks("SPACE", "VISIBILITY")
                        .offering(offering("kits", SOFTWARE).quantity("50", "seats"))
                        .offering(offering("fund", PROGRAM).money("100000", "EUR")
                                .condition("MATCHING_FUNDS_REQUIRED", "0.5").condition("MIN_AUDIENCE", "500")
                                .condition("REGION_ONLY", "North", "South").condition("NONPROFIT_ONLY")
                                .condition("CUSTOM", "x")).build(),
                partner("local").name("Local Licences").cities("Springfield", "Capital City", "Shelbyville")
                        .offering(offering("licences", SOFTWARE).quantity("20", "seats")).build(),
                partner("north").name("North Only").regions("North")
                        .offering(offering("north-licences", SOFTWARE).quantity("500", "seats"))
                        .offering(offering("north-mentors", MENTORING).quantity("20", "mentors")).build(),
                partner("big").name("Big Orders").national()
                        .offering(offering("site-licence", SOFTWARE).quantity("500", "seats").minOrder("1000"))
                        .offering(offering("joint", PROGRAM).money("50000", "EUR").minJointLibraries(5))
                        .offering(offering("southern", PROGRAM).money("50000", "EUR").condition("REGION_ONLY", "East"))
                        .build(),
                partner("related").name("Related Ideas").national()
                        .offering(offering("ai", "TECHNOLOGY.AI_DATA").quantity("10", "seats")).build()};
        ConsortiumPool pool = ConsortiumPool.of("c", List.of(
                member("lib-1", "North", "Springfield", seats("30"), grant("10000"),
                        need("mentors", MENTORING).quantity("5", "mentors").build()).build(),
                member("lib-2", "North", "Capital City", seats("40"), grant("20000")).build(),
                member("lib-3", "South", "Shelbyville", seats("50"), grant("5000")).build()));
        OfferingDemand others = OfferingDemand.of(Map.of(
                "kits", new OfferingDemand.Asked(new BigDecimal("45"), 2),
                "licences", new OfferingDemand.Asked(new BigDecimal("5"), 1)));

        PooledMatchResult pooled = engine(OfferingIndex.of(List.of(directory))).matchPool(pool, TODAY, others);

        List<String> texts = allTexts(pooled.result());
        assertTrue(texts.size() > 20, "a rich match: " + texts);
        assertTrue(pooled.result().recommendations().stream().anyMatch(r -> r.flags().contains(Flag.OVERSUBSCRIBED)),
                "oversubscribed covers are explained too");
        assertFalse(pooled.result().unmetNeeds().isEmpty(), "unmet needs are explained too");
        assertFalse(pooled.result().excludedCandidates().isEmpty(), "exclusions are explained too");
        for (String text : texts) {
            assertFalse(ONE_LIBRARY.matcher(text).find(), "speaks of one library: " + text);
        }
    }

    // --- helpers

    /** A member library's completed assessment ("a-" + library id), to be completed and built. */
    private static Fixtures.AssessmentBuilder member(String libraryId, String region, String city,
                                                     NeedInput... needs) {
        return assessment(needs).id("a-" + libraryId).library(library(libraryId, region, city));
    }

    private static NeedInput seats(String quantity) {
        return need("seats", SOFTWARE).quantity(quantity, "seats").build();
    }

    private static NeedInput grant(String amount) {
        return need("grant", PROGRAM).money(amount, "EUR").build();
    }

    /** The partner-level text of this criterion in the first recommendation. */
    private static String partnerText(MatchResult result, Criterion criterion) {
        return result.recommendations().get(0).explanation().items().stream()
                .filter(item -> item.criterion() == criterion && item.needId() == null)
                .findFirst().orElseThrow().text();
    }

    private static String conditionsText(MatchResult result) {
        return needText(result, Criterion.CONDITIONS);
    }

    private static String capacityText(MatchResult result) {
        return needText(result, Criterion.CAPACITY);
    }

    /** The text of this criterion for the first recommendation's first covered need. */
    private static String needText(MatchResult result, Criterion criterion) {
        return result.recommendations().get(0).coveredNeeds().get(0).explanation().find(criterion).orElseThrow()
                .text();
    }

    /** The unmet needs' details, in the plan's order (highest priority first, then pool key). */
    private static List<String> details(MatchResult result) {
        return result.unmetNeeds().stream().map(UnmetNeed::detail).toList();
    }

    /** Every text a match produces for its reader. */
    private static List<String> allTexts(MatchResult result) {
        List<String> texts = new ArrayList<>();
        for (PartnerRecommendation recommendation : result.recommendations()) {
            recommendation.explanation().items().forEach(item -> texts.add(item.text()));
            for (NeedCoverage cover : recommendation.coveredNeeds()) {
                cover.explanation().items().forEach(item -> texts.add(item.text()));
            }
        }
        result.coveragePlan().partners().stream().filter(planned -> planned.balancedInsteadOf() != null)
                .forEach(planned -> texts.add(planned.balancedInsteadOf().text()));
        result.unmetNeeds().forEach(unmet -> texts.add(unmet.detail()));
        result.alternatives().forEach(alternative -> texts.add(alternative.text()));
        result.excludedCandidates().forEach(excluded -> excluded.reasons()
                .forEach(reason -> texts.add(reason.text())));
        return texts;
    }
}
