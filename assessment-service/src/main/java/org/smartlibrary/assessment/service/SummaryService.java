package org.smartlibrary.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.smartlibrary.assessment.api.AssessmentSummary;
import org.smartlibrary.assessment.api.ConsortiumNeedsAggregate;
import org.smartlibrary.assessment.api.ConsortiumNeedsAggregate.CategoryAggregate;
import org.smartlibrary.assessment.api.ConsortiumNeedsAggregate.HorizonAggregate;
import org.smartlibrary.assessment.api.ConsortiumNeedsAggregate.TypeAggregate;
import org.smartlibrary.assessment.config.AssessmentConfig;
import org.smartlibrary.contracts.taxonomy.Taxonomy;
import org.smartlibrary.assessment.model.Assessment;
import org.smartlibrary.assessment.model.AssessmentRevision;
import org.smartlibrary.assessment.model.Need;
import org.smartlibrary.assessment.repository.GoalRepository;
import org.smartlibrary.assessment.repository.LibraryRepository;
import org.smartlibrary.assessment.repository.NeedRepository;
import org.smartlibrary.assessment.repository.OfferRepository;
import org.smartlibrary.assessment.repository.RevisionRepository;
import org.smartlibrary.kit.problem.ProblemException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Read models derived from assessments: one revision's summary and a consortium's needs. */
@ApplicationScoped
public class SummaryService {

    private static final int MAX_TOP = 50;

    @Inject
    Revisions revisions;

    @Inject
    AssessmentAccess assessmentAccess;

    @Inject
    LibraryAccess libraryAccess;

    @Inject
    RevisionRepository revisionRepository;

    @Inject
    LibraryRepository libraries;

    @Inject
    GoalRepository goals;

    @Inject
    NeedRepository needs;

    @Inject
    OfferRepository offers;

    @Inject
    Taxonomy taxonomy;

    @Inject
    AssessmentConfig config;

    /** The summary of the given revision, or of the newest one when {@code revision} is null. */
    public AssessmentSummary summary(UUID assessmentId, Integer revision, Integer top) {
        int count = top == null ? config.topNeeds() : top;
        if (count < 1 || count > MAX_TOP) {
            throw ProblemException.invalid("top", "must be between 1 and " + MAX_TOP);
        }
        Assessment assessment = assessmentAccess.toRead(assessmentId);
        AssessmentRevision selected = revision == null
                ? revisions.latest(assessment)
                : revisions.revision(assessment, revision);
        return AssessmentSummarizer.summarize(selected, (int) goals.countInRevision(selected.id),
                (int) offers.countInRevision(selected.id), needs.ofRevision(selected.id), taxonomy.categories(),
                taxonomy.horizons(), taxonomy.moneyPeriods(), count);
    }

    public ConsortiumNeedsAggregate consortiumNeeds(String consortium) {
        libraryAccess.checkConsortiumReadable(consortium);
        String name = libraries.consortiumName(consortium);
        if (name == null) {
            throw ProblemException.notFound("consortium", consortium);
        }
        Map<UUID, UUID> libraryByRevision = revisionRepository.latestCompletedInConsortium(consortium);
        List<Need> included = needs.ofRevisions(libraryByRevision.keySet());
        List<CategoryAggregate> byCategory = taxonomy.categories().stream().map(category -> {
            List<Need> matching = included.stream().filter(need -> need.category.equals(category)).toList();
            return new CategoryAggregate(category, matching.size(), libraries(matching, libraryByRevision),
                    count(matching, need -> "SHORT_TERM".equals(need.horizon)),
                    count(matching, need -> "LONG_TERM".equals(need.horizon)));
        }).toList();
        List<TypeAggregate> byType = included.stream().map(need -> need.type).distinct().sorted().map(type -> {
            List<Need> matching = included.stream().filter(need -> need.type.equals(type)).toList();
            NeedTotals totals = NeedTotals.of(matching, taxonomy.moneyPeriods());
            BigDecimal averagePriority = BigDecimal.valueOf(matching.stream().mapToInt(need -> need.priority).sum())
                    .divide(BigDecimal.valueOf(matching.size()), 2, RoundingMode.HALF_UP);
            return new TypeAggregate(type, matching.get(0).category, matching.size(),
                    libraries(matching, libraryByRevision),
                    count(matching, need -> "SHORT_TERM".equals(need.horizon)),
                    count(matching, need -> "LONG_TERM".equals(need.horizon)),
                    averagePriority, totals.money(), totals.quantities());
        }).toList();
        List<HorizonAggregate> byHorizon = taxonomy.horizons().stream().map(horizon -> {
            List<Need> matching = included.stream().filter(need -> need.horizon.equals(horizon)).toList();
            return new HorizonAggregate(horizon, matching.size(), libraries(matching, libraryByRevision));
        }).toList();
        return new ConsortiumNeedsAggregate(name, (int) libraries.countInConsortium(consortium),
                new HashSet<>(libraryByRevision.values()).size(), libraryByRevision.size(), included.size(),
                byCategory, byType, byHorizon);
    }

    private static int libraries(List<Need> matching, Map<UUID, UUID> libraryByRevision) {
        return (int) matching.stream().map(need -> libraryByRevision.get(need.revisionId)).distinct().count();
    }

    private static int count(List<Need> matching, Predicate<Need> predicate) {
        return (int) matching.stream().filter(predicate).count();
    }
}
