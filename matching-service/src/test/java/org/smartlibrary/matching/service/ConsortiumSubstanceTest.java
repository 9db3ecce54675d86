package org.smartlibrary.matching.service;

import org.junit.jupiter.api.Test;
import org.smartlibrary.matching.api.ConsortiumChanges;
import org.smartlibrary.matching.api.ConsortiumRecommendationContent;
import org.smartlibrary.matching.api.ConsortiumRecommendationContent.Contribution;
import org.smartlibrary.matching.api.ConsortiumRecommendationContent.Member;
import org.smartlibrary.matching.api.ConsortiumRecommendationContent.PooledCover;
import org.smartlibrary.matching.api.ConsortiumRecommendationContent.PooledExplanationItem;
import org.smartlibrary.matching.api.ConsortiumRecommendationContent.PooledNeed;
import org.smartlibrary.matching.api.ConsortiumRecommendationContent.PooledRecommendation;
import org.smartlibrary.matching.api.ConsortiumRecommendationContent.PooledUnmetNeed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consortium set is stored again only when what it says changed (members, pooled totals, partners, covers, plan,
 * unmet needs), and its changes name what a consortium analyst would look for.
 */
class ConsortiumSubstanceTest {

    private static final String KEY = "TECHNOLOGY.SOFTWARE|unit:licenses";
    private static final UUID LIBRARY_A = UUID.randomUUID();
    private static final UUID LIBRARY_B = UUID.randomUUID();
    private static final UUID ASSESSMENT_A = UUID.randomUUID();
    private static final UUID ASSESSMENT_B = UUID.randomUUID();
    private static final UUID PARTNER = UUID.randomUUID();
    private static final UUID OFFERING = UUID.randomUUID();

    @Test
    void otherScoresTextsAndDateAreTheSameSubstance() {
        ConsortiumRecommendationContent today = met(1, 70, 0.9, "full cover", LocalDate.of(2027, 1, 11));
        ConsortiumRecommendationContent later = met(1, 70, 0.7, "reworded", LocalDate.of(2027, 2, 11));

        assertThat(ConsortiumSubstance.of(later)).isEqualTo(ConsortiumSubstance.of(today));
    }

    @Test
    void aMembersNewRevisionOrAnotherPooledTotalIsAnotherSubstance() {
        ConsortiumRecommendationContent before = met(1, 70, 0.9, "full cover", LocalDate.of(2027, 1, 11));

        assertThat(ConsortiumSubstance.of(met(2, 70, 0.9, "full cover", LocalDate.of(2027, 1, 11))))
                .isNotEqualTo(ConsortiumSubstance.of(before));
        assertThat(ConsortiumSubstance.of(met(1, 90, 0.9, "full cover", LocalDate.of(2027, 1, 11))))
                .isNotEqualTo(ConsortiumSubstance.of(before));
    }

    @Test
    void changesNameTheRevisedMemberTheNewTotalAndTheNeedNewlyMet() {
        ConsortiumRecommendationContent before = unmet(30);
        ConsortiumRecommendationContent after = met(2, 70, 0.9, "full cover", LocalDate.of(2027, 1, 11));

        ConsortiumChanges changes = ConsortiumChangeDetector.compare(1, before, after);

        assertThat(changes.comparedWithSetVersion()).isEqualTo(1);
        assertThat(changes.membersRevised()).extracting(ConsortiumChanges.MemberChange::libraryId)
                .containsExactly(LIBRARY_A);
        assertThat(changes.membersRevised().get(0).previousRevision()).isEqualTo(1);
        assertThat(changes.membersRevised().get(0).revision()).isEqualTo(2);
        assertThat(changes.pooledNeedsChanged()).singleElement().satisfies(change -> {
            assertThat(change.previousTotal()).isEqualByComparingTo("80");
            assertThat(change.total()).isEqualByComparingTo("120");
        });
        assertThat(changes.needsNewlyMet()).containsExactly(KEY);
        assertThat(changes.needsNewlyUnmet()).isEmpty();
        assertThat(changes.partnersAdded()).extracting(change -> change.partnerId()).containsExactly(PARTNER);

        ConsortiumChanges back = ConsortiumChangeDetector.compare(2, after, before);
        assertThat(back.needsNewlyUnmet()).containsExactly(KEY);
        assertThat(back.partnersRemoved()).extracting(change -> change.partnerId()).containsExactly(PARTNER);
    }

    @Test
    void theFirstSetHasEveryMemberJoined() {
        ConsortiumChanges changes = ConsortiumChangeDetector.compare(null, null, unmet(30));

        assertThat(changes.comparedWithSetVersion()).isNull();
        assertThat(changes.membersJoined()).extracting(ConsortiumChanges.MemberChange::libraryId)
                .containsExactly(LIBRARY_A, LIBRARY_B);
        assertThat(changes.needsNewlyUnmet()).containsExactly(KEY);
    }

    /** A (revision 1 or 2, gap {@code gapA}) and B (gap 50) pooled; the partner covers the pool wholly. */
    private static ConsortiumRecommendationContent met(int revisionA, int gapA, double score, String text,
                                                       LocalDate day) {
        PooledRecommendation partner = new PooledRecommendation(1, PARTNER, "Cascade Learning Software",
                "PRIVATE_COMPANY", "VERIFIED", score, 1, score, List.of(),
                List.of(new PooledCover(KEY, "TECHNOLOGY.SOFTWARE", 4, OFFERING, "TECHNOLOGY.SOFTWARE", 1, false,
                        score, List.of())),
                List.of(new PooledExplanationItem("CAPACITY", 1, 0.3, text, KEY)));
        return content(revisionA, gapA, day, List.of(partner), List.of());
    }

    /** A (revision 1, gap {@code gapA}) and B (gap 50) pooled, below every minimum order: nothing covers it. */
    private static ConsortiumRecommendationContent unmet(int gapA) {
        return content(1, gapA, LocalDate.of(2027, 1, 11), List.of(), List.of(new PooledUnmetNeed(KEY,
                "TECHNOLOGY.SOFTWARE", 4, "CONDITIONS_NOT_MET", 0, "below the minimum order")));
    }

    private static ConsortiumRecommendationContent content(int revisionA, int gapA, LocalDate day,
                                                           List<PooledRecommendation> partners,
                                                           List<PooledUnmetNeed> unmet) {
        List<Member> members = List.of(new Member(LIBRARY_A, "A", ASSESSMENT_A, revisionA),
                new Member(LIBRARY_B, "B", ASSESSMENT_B, 1));
        PooledNeed need = new PooledNeed(KEY, "TECHNOLOGY.SOFTWARE", BigDecimal.valueOf(gapA + 50L), "licenses", null,
                null, null, "SHORT_TERM", 4, 2, List.of(
                new Contribution(LIBRARY_A, "A", ASSESSMENT_A, UUID.randomUUID(), BigDecimal.valueOf(gapA)),
                new Contribution(LIBRARY_B, "B", ASSESSMENT_B, UUID.randomUUID(), BigDecimal.valueOf(50))));
        return new ConsortiumRecommendationContent(partners.size(), day, members, List.of(need), partners,
                new ConsortiumRecommendationContent.PooledCoveragePlan(List.of(), List.of(), 0, 4, 0), unmet,
                List.of());
    }
}
