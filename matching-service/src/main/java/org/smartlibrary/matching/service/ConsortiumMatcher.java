package org.smartlibrary.matching.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.smartlibrary.kit.outbox.Outbox;
import org.smartlibrary.kit.outbox.OutboxEvent;
import org.smartlibrary.matching.api.ConsortiumChanges;
import org.smartlibrary.matching.api.ConsortiumRecommendationContent;
import org.smartlibrary.matching.api.RecommendationContent;
import org.smartlibrary.matching.config.EventJson;
import org.smartlibrary.matching.engine.AssessmentInput;
import org.smartlibrary.matching.engine.ConsortiumPool;
import org.smartlibrary.matching.engine.MatchingEngine;
import org.smartlibrary.matching.engine.OfferingDemand;
import org.smartlibrary.matching.engine.PooledMatchResult;
import org.smartlibrary.matching.events.ConsortiumRecommendationsReady;
import org.smartlibrary.matching.model.Assessment;
import org.smartlibrary.matching.model.ConsortiumRecommendationSet;
import org.smartlibrary.matching.model.RecommendationSet;
import org.smartlibrary.matching.repository.AssessmentRepository;
import org.smartlibrary.matching.repository.ConsortiumRecommendationSetRepository;
import org.smartlibrary.matching.repository.MatchRequests;
import org.smartlibrary.matching.repository.OfferingAsks;
import org.smartlibrary.matching.repository.RecommendationSetRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

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
    /** 1.1: the plan's asks and balanced choices. */
    public static final String SCHEMA_VERSION = "1.1";
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

    @Inject
    CapacityDemand capacity;

    @Inject
    MatchRequests matchRequests;

    @Inject
    RecommendationSetRepository librarySets;


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
        String owner = OfferingAsks.consortiumOwner(consortiumKey);
        if (members.isEmpty()) {
            consortium = previous.get().consortium;
            content = ConsortiumViews.withoutMembers();
            capacity.forget(owner);
        } else {
            consortium = spelling(members);
            content = pooledContent(consortium, members, trigger, owner);
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
        sets.addRecommendedPartners(set.id, consortiumKey, content.recommendations().stream()
                .map(ConsortiumRecommendationContent.PooledRecommendation::partnerId).toList());
        ConsortiumRecommendationsReady ready = new ConsortiumRecommendationsReady(consortium, set.setVersion,
                set.generatedAt, content.evaluatedOn(), trigger, content.partnersMatched(), content.members(),
                content.pooledNeeds(), content.recommendations(), content.coveragePlan(), content.unmetNeeds(),
                content.shares(), changes);
        outbox.publish(new OutboxEvent(TOPIC, TOPIC, SCHEMA_VERSION, ConsortiumNames.aggregateId(consortiumKey),
                json.asWritten(ready)));
        // the members' own sets show what they reach only through the consortium: bring those that changed up to date
        matchRequests.requestSettled(routesChanged(consortium, set.setVersion, previousContent, content),
                MatchRequests.CONSORTIUM_CHANGED);
        return Optional.of(set);
    }

    /**
     * Pools and matches the members; what the other libraries (not the members: their own sets are other routes to
     * the same needs) ask of the offerings weighs on the plan, and what the pooled plan asks is recorded.
     */
    private ConsortiumRecommendationContent pooledContent(String consortium, List<Assessment> members,
                                                          String trigger, String owner) {
        Map<UUID, Assessment> byLibrary = new LinkedHashMap<>();
        members.forEach(member -> byLibrary.put(member.libraryId, member));
        List<AssessmentInput> inputs = members.stream()
                .map(member -> AssessmentInputs.from(json.read(member.payload, AssessmentCompleted.class)))
                .toList();
        ConsortiumPool pool = ConsortiumPool.of(consortium, inputs);
        OfferingDemand demand = capacity.ofOthers(byLibrary.keySet(),
                pool.needs().stream().map(need -> need.need().type()).collect(Collectors.toSet()));
        Timer.Sample sample = Timer.start(registry);
        PooledMatchResult result = engine.matchPool(pool, LocalDate.now(clock), demand);
        sample.stop(registry.timer(MATCH_TIMER, "trigger", trigger));
        capacity.record(owner, PlanAsks.of(result));
        return ConsortiumViews.content(result, byLibrary);
    }

    /**
     * The member assessments of both versions (joined, stayed or left) whose current own set shows other routes
     * through the consortium than this version gives them.
     */
    private Set<UUID> routesChanged(String consortium, int setVersion, ConsortiumRecommendationContent previous,
                                    ConsortiumRecommendationContent next) {
        Set<UUID> members = new TreeSet<>();
        for (ConsortiumRecommendationContent content : Arrays.asList(previous, next)) {
            if (content != null) {
                content.members().forEach(member -> members.add(member.assessmentId()));
            }
        }
        Set<UUID> stillMembers = new TreeSet<>();
        next.members().forEach(member -> stillMembers.add(member.assessmentId()));
        Set<UUID> changed = new TreeSet<>();
        for (UUID assessmentId : members) {
            Optional<RecommendationSet> own = librarySets.current(assessmentId);
            if (own.isEmpty()) {
                continue;
            }
            RecommendationContent ownContent = json.read(own.get().content, RecommendationContent.class);
            List<RecommendationContent.ConsortiumRoute> routes = stillMembers.contains(assessmentId)
                    ? ConsortiumRoutes.of(consortium, setVersion, next, assessmentId, ownContent) : List.of();
            if (!ConsortiumRoutes.sameRoutes(routes, ownContent.viaConsortium())) {
                changed.add(assessmentId);
            }
        }
        return changed;
    }

    /** The consortium as the most recently completed member assessment spells it. */
    private static String spelling(List<Assessment> members) {
        return members.stream()
                .max(Comparator.comparing((Assessment member) -> member.completedAt)
                        .thenComparing(member -> member.assessmentId))
                .map(member -> member.consortium).orElseThrow();
    }
}
