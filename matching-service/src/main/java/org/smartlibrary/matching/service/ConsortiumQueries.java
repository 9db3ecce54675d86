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
import org.smartlibrary.matching.repository.RenderedDocumentRepository;
import org.smartlibrary.matching.repository.RenderedDocumentRepository.ConsortiumDocument;

import java.util.Optional;

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

    @Inject
    RenderedDocumentRepository renderedDocuments;

    @Inject
    DocumentRendering rendering;

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

    /**
     * The current document, as {@link #recommendations} writes it, from the bytes kept with the set: one statement
     * reads them with whether a re-match is queued (refresh_pending, the one value decided per read). A set without
     * bytes of this build (read for the first time, stored before bytes were kept, or kept by another build:
     * {@link DocumentRendering}) is rendered from its JSON and kept. Empty when there is nothing to serve from (no
     * set, a caller who may not read it, a newer set stored during the rendering): {@link #recommendations} then
     * answers, with its 404 or the view.
     * The reading statement runs in auto-commit, outside any JTA transaction; only a rendering runs in one.
     */
    public Optional<ReadyDocument> readyDocument(String consortium) {
        String key = ConsortiumNames.key(consortium);
        ConsortiumDocument row = key == null || !mayRead(key) ? null : renderedDocuments.ofConsortium(key).orElse(null);
        if (row == null) {
            return Optional.empty();
        }
        RenderedDocument kept = rendering.ofThisBuild(row.kept());
        RenderedDocument document = kept != null ? kept : renderAndKeep(consortium, row);
        return Optional.ofNullable(document).map(rendered -> new ReadyDocument(rendered.body(row.refreshPending()),
                Integer.toString(row.setVersion())));
    }

    /**
     * The set's document rendered as the view writes it and kept; null if another set became current meanwhile.
     */
    @Transactional
    RenderedDocument renderAndKeep(String consortium, ConsortiumDocument row) {
        ConsortiumRecommendationsView view = recommendations(consortium);
        if (view.setVersion() != row.setVersion()) {
            return null;
        }
        RenderedDocument document = rendering.render(refreshPending -> withRefreshPending(view, refreshPending));
        renderedDocuments.keepForConsortiumSet(row.setId(), rendering.toKeep(document));
        return document;
    }

    private static ConsortiumRecommendationsView withRefreshPending(ConsortiumRecommendationsView view,
                                                                    boolean refreshPending) {
        return new ConsortiumRecommendationsView(view.consortium(), view.setVersion(), view.generatedAt(),
                view.evaluatedOn(), view.trigger(), refreshPending, view.partnersMatched(), view.members(),
                view.pooledNeeds(), view.recommendations(), view.coveragePlan(), view.unmetNeeds(), view.shares(),
                view.changes());
    }

    private boolean mayRead(String consortiumKey) {
        return caller.readsAcrossTenants() || caller.hasRole(Roles.CONSORTIUM_ANALYST)
                && caller.consortiumId().map(ConsortiumNames::key).filter(consortiumKey::equals).isPresent();
    }
}
