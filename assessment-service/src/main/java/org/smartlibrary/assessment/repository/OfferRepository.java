package org.smartlibrary.assessment.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.smartlibrary.assessment.model.Offer;

@ApplicationScoped
public class OfferRepository implements RevisionItemRepository<Offer> {

    @Override
    public String entityName() {
        return "Offer";
    }
}
