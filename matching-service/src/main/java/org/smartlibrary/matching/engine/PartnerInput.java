package org.smartlibrary.matching.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One partner of the read model, as a whole snapshot (the index replaces a partner's previous snapshot).
 *
 * @param verification  UNVERIFIED, PENDING, VERIFIED or REJECTED
 * @param lastConfirmed when the partner last confirmed its data; null if never
 * @param seeks         library offer codes the partner values in return (reciprocity)
 */
public record PartnerInput(String id, String name, String partnerType, ServiceArea serviceArea,
                           String verification, LocalDate lastConfirmed, Set<String> seeks,
                           List<OfferingInput> offerings) {

    public PartnerInput {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        serviceArea = serviceArea == null ? ServiceArea.NONE : serviceArea;
        seeks = Set.copyOf(seeks == null ? Set.of() : seeks);
        offerings = List.copyOf(offerings == null ? List.of() : offerings);
    }
}
