package org.smartlibrary.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.smartlibrary.kit.problem.ProblemException;
import org.smartlibrary.kit.security.Caller;
import org.smartlibrary.kit.security.Roles;
import org.smartlibrary.matching.api.ConsortiumChanges;
import org.smartlibrary.matching.api.ConsortiumRecommendationContent;
import org.smartlibrary.matching.api.ConsortiumRecommendationsView;
import org.smartlibrary.matching.config.EventJson;
import org.smartlibrary.matching.model.ConsortiumRecommendationSet;
import org.smartlibrary.matching.repository.ConsortiumMatchRequests;
import org.smartlibrary.matching.repository.ConsortiumRecommendationSetRepository;

/**
 * Reads a consortium's pooled recommendations: for its analysts (the consortium of their token, compared
 * case-insensitively as consortium names are everywhere), portals and platform administrators. Anyone else gets the
 * 404 of a consortium without recommendations, so names do not reveal which consortia exist.
 */
@ApplicationScoped
public class ConsortiumQueries {

    @Inject
    ConsortiumRecommendationSetRepository sets;

    @Inject
    ConsortiumMatchRequests requests;

    @Inject
    EventJson json;

    @Inject
    Caller caller;

    @Transactional
    public ConsortiumRecommendationsView recommendations(String consortium) {
        String key = ConsortiumNames.key(consortium);
        ConsortiumRecommendationSet set = key == null || !mayRead(key) ? null : sets.current(key).orElse(null);
        if (set == null) {
            throw new ProblemException(404, "not-found", "Not found", "no recommendations for consortium '"
                    + consortium + "': none of its member libraries' completed assessments has been matched (yet)");
        }
        ConsortiumRecommendationContent content = json.read(set.content, ConsortiumRecommendationContent.class);
        return new ConsortiumRecommendationsView(set.consortium, set.setVersion, set.generatedAt,
                content.evaluatedOn(), set.trigger, requests.pending(key), content.partnersMatched(),
                content.members(), content.pooledNeeds(), content.recommendations(), content.coveragePlan(),
                content.unmetNeeds(), content.shares(), json.read(set.changes, ConsortiumChanges.class));
    }

    private boolean mayRead(String consortiumKey) {
        return caller.readsAcrossTenants() || caller.hasRole(Roles.CONSORTIUM_ANALYST)
                && caller.consortiumId().map(ConsortiumNames::key).filter(consortiumKey::equals).isPresent();
    }
}
