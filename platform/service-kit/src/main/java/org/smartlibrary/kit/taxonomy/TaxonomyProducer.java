package org.smartlibrary.kit.taxonomy;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.smartlibrary.contracts.taxonomy.Taxonomy;

/** One taxonomy per application, read at startup: a missing or broken file stops the service at once. */
@ApplicationScoped
public class TaxonomyProducer {

    @Produces
    @Singleton
    @Startup
    Taxonomy taxonomy() {
        return Taxonomy.load();
    }
}
