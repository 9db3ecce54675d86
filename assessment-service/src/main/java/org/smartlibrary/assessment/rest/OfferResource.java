package org.smartlibrary.assessment.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.smartlibrary.assessment.api.OfferRequest;
import org.smartlibrary.assessment.api.OfferView;
import org.smartlibrary.assessment.service.OfferService;
import org.smartlibrary.assessment.service.RevisionItemService;

/** Offers of an assessment: listed and added on the newest revision, changed only while it is a draft. */
@Path("/api/v1/assessments/{assessmentId}/offers")
@Tag(name = "Offers")
@Produces(MediaType.APPLICATION_JSON)
public class OfferResource extends RevisionItemResource<OfferRequest, OfferView> {

    @Inject
    OfferService offers;

    public OfferResource() {
        super(RevisionItemKind.OFFERS);
    }

    @Override
    protected RevisionItemService<?, OfferRequest, OfferView> items() {
        return offers;
    }
}
