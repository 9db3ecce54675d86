package org.smartlibrary.assessment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits that keep one revision (and therefore every list inside it and every event) bounded. */
@ConfigMapping(prefix = "slp.assessment")
public interface AssessmentConfig {

    @WithDefault("50")
    int maxGoals();

    @WithDefault("200")
    int maxNeeds();

    @WithDefault("50")
    int maxOffers();

    /** How many needs the summary lists as "what you need most" unless the caller asks for another number. */
    @WithDefault("5")
    int topNeeds();
}
