package org.smartlibrary.matching.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.UncheckedIOException;

/**
 * JSON for events and stored documents: the application's mapper (snake_case) but tolerant of unknown fields,
 * because event schemas allow additional properties (the REST API keeps refusing unknown request fields).
 */
@ApplicationScoped
public class EventJson {

    private final ObjectMapper mapper;

    @Inject
    public EventJson(ObjectMapper objectMapper) {
        this.mapper = objectMapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public JsonNode tree(String json) throws JsonProcessingException {
        return mapper.readTree(json);
    }

    public <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot read stored " + type.getSimpleName(), e);
        }
    }

    public <T> T read(JsonNode json, Class<T> type) {
        try {
            return mapper.treeToValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot read " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The value as the API writes it, read back as a JSON tree, for an event payload: quantities, gaps and shares stay
     * the plain numbers the API shows (120, not the 1.2E+2 or 120.0 a tree built straight from a BigDecimal can
     * print).
     */
    public JsonNode asWritten(Object value) {
        try {
            return mapper.readTree(write(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read back " + value.getClass().getSimpleName(), e);
        }
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }
}
