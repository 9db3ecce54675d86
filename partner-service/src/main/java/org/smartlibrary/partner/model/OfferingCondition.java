package org.smartlibrary.partner.model;

import com.fasterxml.jackson.databind.JsonNode;

/** An eligibility condition of an offering; value is the optional parameter the taxonomy describes per code. */
public record OfferingCondition(String code, String description, JsonNode value) {

    /** No value is null, also when stored JSON reads it back as a JSON null: one condition has one representation. */
    public OfferingCondition {
        value = value == null || value.isNull() ? null : value;
    }
}
