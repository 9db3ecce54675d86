package org.smartlibrary.matching.service;

import org.smartlibrary.matching.engine.AssessmentInput;
import org.smartlibrary.matching.engine.LibraryInput;
import org.smartlibrary.matching.engine.NeedInput;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns an assessment-completed payload into the engine's input. */
public final class AssessmentInputs {

    private AssessmentInputs() {
    }

    /**
     * The contract has no matching-funds field, so the library is taken to state none: offerings that require
     * co-funding are admitted with a penalty, not excluded.
     */
    public static AssessmentInput from(AssessmentCompleted completed) {
        AssessmentCompleted.Library library = completed.library();
        AssessmentCompleted.Location location = library.location();
        LibraryInput libraryInput = new LibraryInput(library.libraryId().toString(), library.region(), library.city(),
                location == null ? null : location.latitude(), location == null ? null : location.longitude());
        List<NeedInput> needs = completed.needs().stream()
                .map(need -> new NeedInput(need.needId().toString(), need.category(), need.type(), need.quantity(),
                        need.unit(), need.amount(), need.currency(), need.period(), need.horizon(), need.priority(),
                        need.currentCapacity(), need.goalId() == null ? null : need.goalId().toString()))
                .toList();
        Set<String> offers = completed.offers().stream().map(AssessmentCompleted.Offer::type).collect(Collectors.toSet());
        return new AssessmentInput(completed.assessmentId().toString(), completed.revision(), libraryInput, needs,
                offers, false);
    }
}
