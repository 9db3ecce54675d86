package org.smartlibrary.partner.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.List;

/** Stores an offering's conditions as one JSON text column: they are always read with the offering, never queried. */
@Converter
public class OfferingConditionsConverter implements AttributeConverter<List<OfferingCondition>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<OfferingCondition>> LIST = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<OfferingCondition> conditions) {
        try {
            return JSON.writeValueAsString(conditions == null ? List.of() : conditions);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("conditions are not serialisable", e);
        }
    }

    @Override
    public List<OfferingCondition> convertToEntityAttribute(String column) {
        try {
            return column == null ? List.of() : JSON.readValue(column, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored conditions are not JSON", e);
        }
    }
}
