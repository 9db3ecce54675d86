package org.smartlibrary.matching.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.smartlibrary.kit.outbox.Outbox;
import org.smartlibrary.kit.outbox.OutboxEvent;
import org.smartlibrary.matching.api.ConsortiumRecommendationContent;
import org.smartlibrary.matching.api.RecommendationChanges;
import org.smartlibrary.matching.api.RecommendationContent;
import org.smartlibrary.matching.config.EventJson;
import org.smartlibrary.matching.engine.AssessmentInput;
import org.smartlibrary.matching.engine.MatchResult;
import org.smartlibrary.matching.engine.NeedInput;
import org.smartlibrary.matching.engine.OfferingDemand;
import org.smartlibrary.matching.engine.MatchingEngine;
import org.smartlibrary.matching.events.RecommendationsReady;
import org.smartlibrary.matching.model.Assessment;
import org.smartlibrary.matching.model.RecommendationSet;
import org.smartlibrary.matching.repository.AssessmentRepository;
import org.smartlibrary.matching.repository.ConsortiumRecommendationSetRepository;
import org.smartlibrary.matching.repository.MatchRequests;
import org.smartlibrary.matching.repository.OfferingAsks;
import org.smartlibrary.matching.repository.RecommendationSetRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Matches the stored revision of one assessment against the in-memory read model on today's date (UTC, from the
 * injected {@link Clock}) and stores the result as a new recommendation set version, with what changed, and
 * publishes recommendations-ready through the outbox, all in the caller's transaction. A re-match of the same
 * revision stores a new version only when the {@link RecommendationSubstance} changed: another day, drifting scores
 * or reworded texts alone keep the current set.
 */
@Startup
@ApplicationScoped
public class RecommendationMatcher {

    public static final String TOPIC = "recommendations-ready";
    /** 1.1: flags, alternatives and evaluated_on; 1.2: the plan's asks, balanced choices, routes via consortium. */
    public static final String SCHEMA_VERSION = "1.2";
    static final String MATCH_TIMER = "slp.matching.match.duration";

    @Inject
    AssessmentRepository assessments;

    @Inject
    RecommendationSetRepository sets;

    @Inject
    EventJson json;

    @Inject
    Outbox outbox;

    @Inject
    MeterRegistry registry;

    @Inject
    Clock clock;

    @Inject
    MatchingEngine engine;

    @Inject
    CapacityDemand capacity;

    @Inject
    ConsortiumRecommendationSetRepository consortiumSets;

    @PostConstruct
    void init() {
        registry.timer(MATCH_TIMER, "trigger", MatchRequests.ASSESSMENT_COMPLETED);
        registry.timer(MATCH_TIMER, "trigger", MatchRequests.PARTNER_CHANGED);
        registry.timer(MATCH_TIMER, "trigger", MatchRequests.CAPACITY_CONTENTION);
        registry.timer(MATCH_TIMER, "trigger", MatchRequests.CONSORTIUM_CHANGED);
    }

    /** Returns the stored set, or empty when the assessment is gone or nothing changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<RecommendationSet> match(UUID assessmentId, String trigger, UUID partnerId) {
        Assessment assessment = assessments.findById(assessmentId);
        if (assessment == null) {
            return Optional.empty();
        }
        AssessmentCompleted completed = json.read(assessment.payload, AssessmentCompleted.class);
        AssessmentInput input = AssessmentInputs.from(completed);
        OfferingDemand demand = capacity.ofOthers(List.of(assessment.libraryId),
                input.needs().stream().map(NeedInput::type).collect(Collectors.toSet()));
        Timer.Sample sample = Timer.start(registry);
        MatchResult result = engine.match(input, LocalDate.now(clock), demand);
        sample.stop(registry.timer(MATCH_TIMER, "trigger", trigger));
        RecommendationContent own = RecommendationViews.content(result);
        RecommendationContent content = own.withViaConsortium(routes(assessment, own));
        String contentJson = json.write(content);
        // what the plan asks is recorded even when the set is kept: its substance, and so its plan, is the same
        capacity.record(OfferingAsks.assessmentOwner(assessmentId), PlanAsks.of(result, input));

        Optional<RecommendationSet> previous = sets.current(assessmentId);
        RecommendationContent previousContent = previous
                .map(set -> json.read(set.content, RecommendationContent.class)).orElse(null);
        boolean sameRevision = previous.isPresent() && previous.get().revision == assessment.revision;
        if (sameRevision && RecommendationSubstance.of(previousContent).equals(RecommendationSubstance.of(content))) {
            return Optional.empty();
        }
        RecommendationChanges changes = ChangeDetector.compare(
                previous.map(set -> set.revision).orElse(null), previous.map(set -> set.setVersion).orElse(null),
                previousContent, content);

        sets.retireCurrent(assessmentId);

        RecommendationSet set = new RecommendationSet();
        set.id = UUID.randomUUID();
        set.assessmentId = assessmentId;
        set.revision = assessment.revision;
        set.setVersion = sameRevision ? previous.get().setVersion + 1 : sets.nextVersion(assessmentId, assessment.revision);
        set.current = true;
        set.trigger = trigger;
        set.triggerPartnerId = partnerId;
        set.generatedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        set.content = contentJson;
        set.excluded = json.write(RecommendationViews.excluded(result));
        set.excludedTotal = Math.toIntExact(result.excludedTotal());
        set.changes = json.write(changes);
        sets.persist(set);
        sets.flush();
        sets.addRecommendedPartners(set.id, assessmentId, content.recommendations().stream()
                .map(recommendation -> new RecommendationSetRepository.RankedPartner(recommendation.partnerId(),
                        recommendation.rank(), recommendation.score()))
                .toList());

        outbox.publish(new OutboxEvent(TOPIC, TOPIC, SCHEMA_VERSION, assessmentId, json.asWritten(
                new RecommendationsReady(assessmentId, set.revision, set.setVersion, set.generatedAt,
                        content.evaluatedOn(), assessment.libraryId, trigger, content.partnersMatched(),
                        content.recommendations(), content.coveragePlan(), content.unmetNeeds(),
                        content.alternatives(), content.viaConsortium(), changes))));
        return Optional.of(set);
    }

    /** The partners the library reaches only through its consortium's current pooled set; none without one. */
    private List<RecommendationContent.ConsortiumRoute> routes(Assessment assessment, RecommendationContent own) {
        if (assessment.consortiumKey == null) {
            return List.of();
        }
        return consortiumSets.current(assessment.consortiumKey)
                .map(set -> ConsortiumRoutes.of(set.consortium, set.setVersion,
                        json.read(set.content, ConsortiumRecommendationContent.class), assessment.assessmentId, own))
                .orElse(List.of());
    }
}
