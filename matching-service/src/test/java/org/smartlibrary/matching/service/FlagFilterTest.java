package org.smartlibrary.matching.service;

import org.junit.jupiter.api.Test;
import org.smartlibrary.kit.problem.Problem;
import org.smartlibrary.kit.problem.ProblemException;
import org.smartlibrary.matching.api.MatchFlag;
import org.smartlibrary.matching.api.RecommendationContent.Recommendation;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FlagFilterTest {

    private static final Recommendation PARTIAL_STALE = recommendation(1, MatchFlag.PARTIAL_COVER, MatchFlag.STALE_LISTING);
    private static final Recommendation UNVERIFIED = recommendation(2, MatchFlag.UNVERIFIED);
    private static final Recommendation NONE = recommendation(3);
    private static final List<Recommendation> ALL = List.of(PARTIAL_STALE, UNVERIFIED, NONE);

    @Test
    void noParametersKeepEverything() {
        assertThat(FlagFilter.parse(null, null)).isEqualTo(FlagFilter.NONE);
        assertThat(FlagFilter.parse(List.of(), Arrays.asList("", " ", null))).isEqualTo(FlagFilter.NONE);
        assertThat(FlagFilter.NONE.apply(ALL)).isSameAs(ALL);
    }

    @Test
    void flagKeepsThoseCarryingEveryGivenFlag() {
        assertThat(FlagFilter.parse(List.of("PARTIAL_COVER"), null).apply(ALL)).containsExactly(PARTIAL_STALE);
        assertThat(FlagFilter.parse(List.of("PARTIAL_COVER", "STALE_LISTING"), null).apply(ALL))
                .containsExactly(PARTIAL_STALE);
        assertThat(FlagFilter.parse(List.of("PARTIAL_COVER", "UNVERIFIED"), null).apply(ALL)).isEmpty();
        assertThat(FlagFilter.parse(List.of(" UNVERIFIED "), null).apply(ALL)).containsExactly(UNVERIFIED);
    }

    @Test
    void excludeFlagDropsThoseCarryingAnyGivenFlag() {
        assertThat(FlagFilter.parse(null, List.of("UNVERIFIED")).apply(ALL)).containsExactly(PARTIAL_STALE, NONE);
        assertThat(FlagFilter.parse(null, List.of("UNVERIFIED", "STALE_LISTING")).apply(ALL)).containsExactly(NONE);
        assertThat(FlagFilter.parse(List.of("STALE_LISTING"), List.of("UNVERIFIED")).apply(ALL))
                .containsExactly(PARTIAL_STALE);
    }

    @Test
    void unknownCodesAreA400NamingEachParameter() {
        ProblemException problem = catchThrowableOfType(ProblemException.class,
                () -> FlagFilter.parse(List.of("PARTIAL_COVER", "BOGUS"), List.of("stale_listing")));

        assertThat(problem.status()).isEqualTo(400);
        Problem document = problem.toProblem("/api/v1/assessments/x/recommendations");
        assertThat(document.errors()).extracting(Problem.FieldError::field).containsExactly("flag", "exclude_flag");
        assertThat(document.errors().get(0).message()).contains("BOGUS", "PARTIAL_COVER", "CAPACITY_NOT_STATED");
        assertThat(document.errors().get(1).message()).contains("stale_listing");
    }

    private static Recommendation recommendation(int rank, MatchFlag... flags) {
        return new Recommendation(rank, UUID.randomUUID(), "Partner " + rank, "IT_COMPANY", "VERIFIED", 0.5, 0.5, 0.5,
                List.of(flags), List.of(), List.of());
    }
}
