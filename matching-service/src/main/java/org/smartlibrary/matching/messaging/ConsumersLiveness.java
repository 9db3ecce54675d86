package org.smartlibrary.matching.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.smartlibrary.matching.config.MatchingConfig;

/** DOWN when a consumer poll thread died (e.g. on an Error): restarting the process resumes from the commits. */
@Liveness
@ApplicationScoped
public class ConsumersLiveness implements HealthCheck {

    @Inject
    MatchingConfig config;

    @Inject
    MatchingConsumers consumers;

    @Override
    public HealthCheckResponse call() {
        boolean up = !config.consumer().enabled() || consumers.running();
        return HealthCheckResponse.named("matching consumers").status(up).build();
    }
}
