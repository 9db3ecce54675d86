package org.smartlibrary.partner.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.smartlibrary.partner.config.PartnerServiceConfig;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs {@link OfferingExpiry} at start (after a short delay) and then at a fixed interval. */
@ApplicationScoped
public class OfferingExpiryScheduler {

    private static final Logger LOG = Logger.getLogger(OfferingExpiryScheduler.class);

    @Inject
    OfferingExpiry expiry;

    @Inject
    PartnerServiceConfig config;

    private ScheduledExecutorService executor;

    void onStart(@Observes StartupEvent event) {
        if (!config.expiry().enabled()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "offering-expiry");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::runSafely, config.expiry().initialDelay().toMillis(),
                config.expiry().interval().toMillis(), TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** Expires everything that is due, batch after batch; returns the number of offerings expired. */
    public int runOnce() {
        int total = 0;
        int batch;
        do {
            batch = expiry.expireBatch();
            total += batch;
        } while (batch > 0);
        if (total > 0) {
            LOG.infof("expired %d offerings past their availability window", total);
        }
        return total;
    }

    private void runSafely() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            // a failed round (e.g. database briefly down) is retried at the next interval
            LOG.warnf("offering expiry round failed, retrying in %s: %s", config.expiry().interval(), e.getMessage());
        }
    }
}
