package org.smartlibrary.matching.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A completed assessment revision as the engine sees it.
 *
 * @param libraryOffers     library offer codes (SPACE, AUDIENCE_REACH, ...) used for reciprocity
 * @param hasMatchingFunds  whether the library can co-fund; offerings with MATCHING_FUNDS_REQUIRED are penalised otherwise
 */
public record AssessmentInput(String id, int revision, LibraryInput library, List<NeedInput> needs,
                              Set<String> libraryOffers, boolean hasMatchingFunds) {

    public AssessmentInput {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(library, "library");
        needs = List.copyOf(needs == null ? List.of() : needs);
        libraryOffers = Set.copyOf(libraryOffers == null ? Set.of() : libraryOffers);
        Set<String> needIds = new HashSet<>();
        for (NeedInput need : needs) {
            if (!needIds.add(need.id())) {
                throw new IllegalArgumentException("duplicate need id " + need.id());
            }
        }
    }
}
