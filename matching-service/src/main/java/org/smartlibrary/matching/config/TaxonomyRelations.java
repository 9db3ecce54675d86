package org.smartlibrary.matching.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.smartlibrary.matching.engine.TypeRelations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the engine's related-types relation from the taxonomy data file of platform/contracts. */
@ApplicationScoped
public class TaxonomyRelations {

    static final String TAXONOMY = "/contracts/taxonomy/taxonomy-v1.json";

    @Produces
    @Singleton
    TypeRelations typeRelations(ObjectMapper objectMapper) {
        try (InputStream in = TaxonomyRelations.class.getResourceAsStream(TAXONOMY)) {
            if (in == null) {
                throw new IllegalStateException("taxonomy " + TAXONOMY + " is not on the classpath");
            }
            JsonNode taxonomy = objectMapper.readTree(in);
            Map<String, List<String>> declared = new LinkedHashMap<>();
            for (JsonNode type : taxonomy.path("resource_types")) {
                List<String> related = new ArrayList<>();
                type.path("related").forEach(code -> related.add(code.asText()));
                declared.put(type.path("code").asText(), related);
            }
            return TypeRelations.of(declared);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TAXONOMY, e);
        }
    }
}
