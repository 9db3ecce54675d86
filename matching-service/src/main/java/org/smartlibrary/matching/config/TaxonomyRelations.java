package org.smartlibrary.matching.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.smartlibrary.contracts.taxonomy.Taxonomy;
import org.smartlibrary.matching.engine.TypeRelations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the engine's related-types relation from the taxonomy. */
@ApplicationScoped
public class TaxonomyRelations {

    @Produces
    @Singleton
    TypeRelations typeRelations(Taxonomy taxonomy) {
        Map<String, List<String>> declared = new LinkedHashMap<>();
        taxonomy.resourceTypes().values().forEach(type -> declared.put(type.code(), type.related()));
        return TypeRelations.of(declared);
    }
}
