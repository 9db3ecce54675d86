package org.smartlibrary.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.smartlibrary.assessment.config.AssessmentConfig;
import org.smartlibrary.assessment.mapping.AssessmentMapper;
import org.smartlibrary.assessment.model.Assessment;
import org.smartlibrary.assessment.model.AssessmentRevision;
import org.smartlibrary.assessment.model.Offer;
import org.smartlibrary.assessment.repository.OfferRepository;
import org.smartlibrary.assessment.rest.OfferRequest;
import org.smartlibrary.assessment.rest.OfferView;
import org.smartlibrary.assessment.taxonomy.Taxonomy;
import org.smartlibrary.kit.http.Preconditions;
import org.smartlibrary.kit.problem.ProblemException;

import java.util.List;
import java.util.UUID;

/** What the library offers partners, on the draft revision; offers of completed revisions can only be read. */
@ApplicationScoped
public class OfferService {

    @Inject
    Revisions revisions;

    @Inject
    AssessmentAccess access;

    @Inject
    OfferRepository offers;

    @Inject
    Taxonomy taxonomy;

    @Inject
    AssessmentConfig config;

    @Transactional
    public Versioned<OfferView> add(UUID assessmentId, String ifMatch, OfferRequest request) {
        AssessmentRevision revision = revisions.draftForWrite(assessmentId, ifMatch);
        if (offers.countInRevision(revision.id) >= config.maxOffers()) {
            throw ProblemException.conflict("too-many-offers", "Too many offers",
                    "a revision holds at most " + config.maxOffers() + " offers");
        }
        Offer offer = new Offer();
        offer.id = UUID.randomUUID();
        offer.revisionId = revision.id;
        offer.sortOrder = offers.nextSortOrder(revision.id);
        apply(request, offer);
        offers.persist(offer);
        revisions.touch(revision);
        offers.flush();
        return versioned(offer);
    }

    public List<OfferView> list(UUID assessmentId) {
        AssessmentRevision revision = revisions.latest(access.toRead(assessmentId));
        return offers.ofRevision(revision.id).stream().map(AssessmentMapper::offer).toList();
    }

    public Versioned<OfferView> get(UUID assessmentId, UUID offerId) {
        return versioned(find(access.toRead(assessmentId), offerId));
    }

    @Transactional
    public Versioned<OfferView> update(UUID assessmentId, UUID offerId, String ifMatch, OfferRequest request) {
        Offer offer = find(access.toChange(assessmentId), offerId);
        AssessmentRevision revision = writable(offer, ifMatch);
        apply(request, offer);
        revisions.touch(revision);
        offers.flush();
        return versioned(offer);
    }

    @Transactional
    public void delete(UUID assessmentId, UUID offerId, String ifMatch) {
        Offer offer = find(access.toChange(assessmentId), offerId);
        AssessmentRevision revision = writable(offer, ifMatch);
        offers.delete(offer);
        revisions.touch(revision);
        offers.flush();
    }

    /** An offer of any revision of the assessment (which the caller was allowed to see). */
    private Offer find(Assessment assessment, UUID offerId) {
        Offer offer = offers.findByIdOptional(offerId).orElse(null);
        if (offer == null || !revisions.revisionById(offer.revisionId).assessmentId.equals(assessment.id)) {
            throw ProblemException.notFound("offer", offerId);
        }
        return offer;
    }

    private AssessmentRevision writable(Offer offer, String ifMatch) {
        AssessmentRevision revision = revisions.revisionById(offer.revisionId);
        revisions.requireDraft(revision);
        Preconditions.checkIfMatch(ifMatch, offer.version);
        return revision;
    }

    private void apply(OfferRequest request, Offer offer) {
        if (!taxonomy.isLibraryOffer(request.type())) {
            throw ProblemException.invalid("type", "unknown library offer '" + request.type() + "'");
        }
        offer.type = request.type();
        offer.description = request.description();
    }

    private static Versioned<OfferView> versioned(Offer offer) {
        return new Versioned<>(AssessmentMapper.offer(offer), offer.version);
    }
}
