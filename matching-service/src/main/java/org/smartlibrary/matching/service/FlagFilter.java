package org.smartlibrary.matching.service;

import org.smartlibrary.kit.problem.Problem;
import org.smartlibrary.kit.problem.ProblemException;
import org.smartlibrary.matching.api.MatchFlag;
import org.smartlibrary.matching.api.RecommendationContent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which recommendations a read keeps, by their flags: those carrying every {@code flag} and none of the
 * {@code exclude_flag} values. The kept recommendations keep their ranks; no filter keeps them all.
 */
public record FlagFilter(Set<MatchFlag> required, Set<MatchFlag> excluded) {

    public static final String FLAG = "flag";
    public static final String EXCLUDE_FLAG = "exclude_flag";
    public static final FlagFilter NONE = new FlagFilter(Set.of(), Set.of());

    private static final String KNOWN = Arrays.stream(MatchFlag.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    public FlagFilter {
        required = Set.copyOf(required);
        excluded = Set.copyOf(excluded);
    }

    /**
     * From the raw repeatable query parameters (blank values are ignored). An unknown code is a 400 problem naming
     * the parameter, like the other query parameters of the service (and not the framework's 404 for an
     * unconvertible parameter).
     */
    public static FlagFilter parse(List<String> flag, List<String> excludeFlag) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<MatchFlag> required = codes(FLAG, flag, errors);
        Set<MatchFlag> excluded = codes(EXCLUDE_FLAG, excludeFlag, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return required.isEmpty() && excluded.isEmpty() ? NONE : new FlagFilter(required, excluded);
    }

    public boolean keeps(RecommendationContent.Recommendation recommendation) {
        return recommendation.flags().containsAll(required)
                && recommendation.flags().stream().noneMatch(excluded::contains);
    }

    public List<RecommendationContent.Recommendation> apply(List<RecommendationContent.Recommendation> recommendations) {
        return this.equals(NONE) ? recommendations : recommendations.stream().filter(this::keeps).toList();
    }

    private static Set<MatchFlag> codes(String parameter, List<String> values, List<Problem.FieldError> errors) {
        Set<MatchFlag> codes = EnumSet.noneOf(MatchFlag.class);
        if (values == null) {
            return codes;
        }
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                codes.add(MatchFlag.valueOf(value.trim()));
            } catch (IllegalArgumentException unknown) {
                errors.add(new Problem.FieldError(parameter, "unknown flag '" + value.trim() + "'; one of " + KNOWN));
            }
        }
        return codes;
    }
}
