package org.smartlibrary.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.smartlibrary.assessment.api.OfferRequest;
import org.smartlibrary.assessment.api.OfferView;
import org.smartlibrary.assessment.config.AssessmentConfig;
import org.smartlibrary.contracts.taxonomy.Taxonomy;
import org.smartlibrary.assessment.model.AssessmentRevision;
import org.smartlibrary.assessment.model.Offer;
import org.smartlibrary.assessment.repository.OfferRepository;
import org.smartlibrary.kit.problem.ProblemException;

/** What the library offers partners, on the draft revision; offers of completed revisions can only be read. */
@ApplicationScoped
public class OfferService extends RevisionItemService<Offer, OfferRequest, OfferView> {

    @Inject
    OfferRepository offers;

    @Inject
    Taxonomy taxonomy;

    @Inject
    AssessmentConfig config;

    public OfferService() {
        super("offer", "offers");
    }

    @Override
    protected OfferRepository repository() {
        return offers;
    }

    @Override
    protected int limit() {
        return config.maxOffers();
    }

    @Override
    protected Offer newItem() {
        return new Offer();
    }

    @Override
    protected void apply(OfferRequest request, Offer offer, AssessmentRevision revision) {
        if (!taxonomy.isLibraryOffer(request.type())) {
            throw ProblemException.invalid("type", "unknown library offer '" + request.type() + "'");
        }
        offer.type = request.type();
        offer.description = request.description();
    }

    @Override
    protected OfferView view(Offer offer) {
        return AssessmentMapper.offer(offer);
    }
}
