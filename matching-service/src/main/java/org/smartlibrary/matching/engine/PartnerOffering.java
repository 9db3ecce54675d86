package org.smartlibrary.matching.engine;

import java.util.Objects;

/** An offering together with the partner snapshot it was indexed from. */
public record PartnerOffering(PartnerInput partner, OfferingInput offering) {

    public PartnerOffering {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(offering, "offering");
    }
}
