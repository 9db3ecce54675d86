package org.smartlibrary.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.smartlibrary.matching.config.MatchingConfig;
import org.smartlibrary.matching.engine.MatchLimits;
import org.smartlibrary.matching.engine.MatchingEngine;
import org.smartlibrary.matching.engine.ScoringWeights;
import org.smartlibrary.matching.engine.TypeRelations;

/** The one engine of the service, over the in-memory partner read model: libraries' and consortia's matches use it. */
@ApplicationScoped
public class MatchingEngineProducer {

    @Produces
    @Singleton
    MatchingEngine matchingEngine(PartnerReadModel readModel, TypeRelations relations, MatchingConfig config) {
        return new MatchingEngine(readModel.index(), relations, ScoringWeights.defaults(), new MatchLimits(
                config.worker().maxRecommendations(), config.worker().maxExcludedCandidates(),
                config.worker().maxPlanPartners()), config.matchSettings());
    }
}
