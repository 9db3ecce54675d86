package org.smartlibrary.assessment.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One taxonomy per application, read at startup: a missing or broken file stops the service at once. */
@ApplicationScoped
public class TaxonomyProducer {

    @Produces
    @Singleton
    @Startup
    Taxonomy taxonomy() {
        return Taxonomy.load(new ObjectMapper());
    }
}
