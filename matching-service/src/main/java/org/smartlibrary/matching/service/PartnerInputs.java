package org.smartlibrary.matching.service;

import com.fasterxml.jackson.databind.JsonNode;
import org.smartlibrary.matching.engine.OfferingCondition;
import org.smartlibrary.matching.engine.OfferingInput;
import org.smartlibrary.matching.engine.PartnerInput;
import org.smartlibrary.matching.engine.ServiceArea;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns a partner-snapshot payload into the engine's input. */
public final class PartnerInputs {

    private PartnerInputs() {
    }

    public static PartnerInput from(PartnerSnapshot snapshot) {
        PartnerSnapshot.ServiceArea area = snapshot.serviceArea();
        ServiceArea serviceArea = area == null ? null : new ServiceArea(area.remote(), area.national(),
                area.regions() == null ? Set.of() : Set.copyOf(area.regions()),
                area.cities() == null ? Set.of() : Set.copyOf(area.cities()));
        List<OfferingInput> offerings = snapshot.offerings().stream().map(PartnerInputs::offering).toList();
        return new PartnerInput(snapshot.partnerId().toString(), snapshot.name(), snapshot.partnerType(), serviceArea,
                snapshot.verification(), snapshot.lastConfirmedAt(), Set.copyOf(snapshot.seeks()), offerings);
    }

    private static OfferingInput offering(PartnerSnapshot.Offering offering) {
        List<OfferingCondition> conditions = offering.conditions() == null ? List.of()
                : offering.conditions().stream()
                        .map(condition -> new OfferingCondition(condition.code(), values(condition.value()),
                                condition.description()))
                        .toList();
        return new OfferingInput(offering.offeringId().toString(), offering.category(), offering.type(),
                offering.quantity(), offering.unit(), offering.amount(), offering.currency(), offering.period(),
                offering.availableFrom(), offering.availableUntil(), offering.horizon(), conditions,
                offering.minOrder() == null ? null : offering.minOrder().value(), offering.minJointLibraries(),
                offering.status());
    }

    /** A condition's optional parameter as text values: an array gives one value per element. */
    private static List<String> values(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return List.of();
        }
        if (value.isArray()) {
            List<String> values = new ArrayList<>();
            value.forEach(element -> values.add(element.asText()));
            return values;
        }
        return List.of(value.asText());
    }
}
