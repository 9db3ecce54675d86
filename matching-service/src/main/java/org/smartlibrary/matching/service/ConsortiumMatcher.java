package org.smartlibrary.matching.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.smartlibrary.kit.outbox.Outbox;
import org.smartlibrary.kit.outbox.OutboxEvent;
import org.smartlibrary.matching.api.ConsortiumChanges;
import org.smartlibrary.matching.api.ConsortiumRecommendationContent;
import org.smartlibrary.matching.config.EventJson;
import org.smartlibrary.matching.engine.AssessmentInput;
import org.smartlibrary.matching.engine.ConsortiumPool;
import org.smartlibrary.matching.engine.MatchingEngine;
import org.smartlibrary.matching.engine.PooledMatchResult;
import org.smartlibrary.matching.events.ConsortiumRecommendationsReady;
import org.smartlibrary.matching.model.Assessment;
import org.smartlibrary.matching.model.ConsortiumRecommendationSet;
import org.smartlibrary.matching.repository.AssessmentRepository;
import org.smartlibrary.matching.repository.ConsortiumRecommendationSetRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Matches a consortium's pooled needs on today's date (UTC, from the injected {@link Clock}): the members are the
 * libraries whose most recently completed stored assessment names the consortium, one assessment each; the engine
 * pools their needs ({@link ConsortiumPool#of}) and matches the pool with the gates and criteria of a library's match.
 * The result is stored as a new consortium set version only when its {@link ConsortiumSubstance} changed, with what
 * changed, and published as consortium-recommendations-ready through the outbox, all in the caller's transaction.
 * <p>
 * When the last member left (every library's latest assessment names another consortium or none), a set without
 * members and needs is stored once, so readers of the API and of the event learn that nothing is pooled any more; a
 * consortium that never had a set stores nothing.
 */
@ApplicationScoped
public class ConsortiumMatcher {

    public static final String TOPIC = "consortium-recommendations-ready";
    public static final String SCHEMA_VERSION = "1.0";
    static final String MATCH_TIMER = "slp.matching.consortium.match.duration";

    @Inject
    AssessmentRepository assessments;

    @Inject
    ConsortiumRecommendationSetRepository sets;

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


    /** Returns the stored set, or empty when nothing changed (or the consortium never had members). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ConsortiumRecommendationSet> match(String consortiumKey, String trigger) {
        List<Assessment> members = assessments.currentMembers(consortiumKey);
        Optional<ConsortiumRecommendationSet> previous = sets.current(consortiumKey);
        if (members.isEmpty() && previous.isEmpty()) {
            return Optional.empty();
        }
        String consortium;
        ConsortiumRecommendationContent content;
        if (members.isEmpty()) {
            consortium = previous.get().consortium;
            content = ConsortiumViews.withoutMembers();
        } else {
            consortium = spelling(members);
            content = pooledContent(consortium, members, trigger);
        }
        ConsortiumRecommendationContent previousContent = previous
                .map(set -> json.read(set.content, ConsortiumRecommendationContent.class)).orElse(null);
        if (previousContent != null
                && ConsortiumSubstance.of(previousContent).equals(ConsortiumSubstance.of(content))) {
            return Optional.empty();
        }
        ConsortiumChanges changes = ConsortiumChangeDetector.compare(previous.map(set -> set.setVersion).orElse(null),
                previousContent, content);

        sets.retireCurrent(consortiumKey);
        ConsortiumRecommendationSet set = new ConsortiumRecommendationSet();
        set.id = UUID.randomUUID();
        set.consortiumKey = consortiumKey;
        set.consortium = consortium;
        set.setVersion = sets.nextVersion(consortiumKey);
        set.current = true;
        set.trigger = trigger;
        set.generatedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        set.content = json.write(content);
        set.changes = json.write(changes);
        sets.persist(set);
        sets.flush();
        for (ConsortiumRecommendationContent.PooledRecommendation recommendation : content.recommendations()) {
            sets.addRecommendedPartner(set.id, recommendation.partnerId(), consortiumKey);
        }
        ConsortiumRecommendationsReady ready = new ConsortiumRecommendationsReady(consortium, set.setVersion,
                set.generatedAt, content.evaluatedOn(), trigger, content.partnersMatched(), content.members(),
                content.pooledNeeds(), content.recommendations(), content.coveragePlan(), content.unmetNeeds(),
                content.shares(), changes);
        outbox.publish(new OutboxEvent(TOPIC, TOPIC, SCHEMA_VERSION, ConsortiumNames.aggregateId(consortiumKey),
                asWritten(ready)));
        return Optional.of(set);
    }

    /**
     * The payload as the API writes it, read back as a JSON tree: quantities, gaps and shares stay plain numbers (120,
     * not the 1.2E+2 a tree built straight from a BigDecimal would print).
     */
    private JsonNode asWritten(ConsortiumRecommendationsReady ready) {
        try {
            return json.tree(json.write(ready));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read back the consortium-recommendations-ready payload", e);
        }
    }

    private ConsortiumRecommendationContent pooledContent(String consortium, List<Assessment> members,
                                                          String trigger) {
        Map<UUID, Assessment> byLibrary = new LinkedHashMap<>();
        members.forEach(member -> byLibrary.put(member.libraryId, member));
        List<AssessmentInput> inputs = members.stream()
                .map(member -> AssessmentInputs.from(json.read(member.payload, AssessmentCompleted.class)))
                .toList();
        Timer.Sample sample = Timer.start(registry);
        PooledMatchResult result = engine.matchPool(ConsortiumPool.of(consortium, inputs), LocalDate.now(clock));
        sample.stop(registry.timer(MATCH_TIMER, "trigger", trigger));
        return ConsortiumViews.content(result, byLibrary);
    }

    /** The consortium as the most recently completed member assessment spells it. */
    private static String spelling(List<Assessment> members) {
        return members.stream()
                .max(Comparator.comparing((Assessment member) -> member.completedAt)
                        .thenComparing(member -> member.assessmentId))
                .map(member -> member.consortium).orElseThrow();
    }
}
