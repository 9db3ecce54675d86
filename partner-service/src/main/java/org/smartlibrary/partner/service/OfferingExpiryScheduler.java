package org.smartlibrary.partner.service;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.smartlibrary.partner.config.PartnerServiceConfig;

import java.util.OptionalInt;

/**
 * Runs {@link OfferingExpiry} on the Quarkus scheduler: first after {@code slp.partner.expiry.initial-delay}, then
 * every {@code slp.partner.expiry.interval}, unless {@code slp.partner.expiry.enabled} is false. A round that is
 * still running when the next one is due makes that one skip (in this replica); across replicas the expiry's
 * advisory lock lets one run at a time and the others skip.
 */
@ApplicationScoped
public class OfferingExpiryScheduler {

    private static final Logger LOG = Logger.getLogger(OfferingExpiryScheduler.class);

    @Inject
    OfferingExpiry expiry;

    @Inject
    PartnerServiceConfig config;

    @Scheduled(identity = "offering-expiry", every = "${slp.partner.expiry.interval:15m}",
            delayed = "${slp.partner.expiry.initial-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Disabled.class)
    void scheduled() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            // a failed round (e.g. database briefly down) is retried at the next interval
            LOG.warnf("offering expiry round failed, retrying in %s: %s", config.expiry().interval(), e.getMessage());
        }
    }

    /**
     * Expires everything that is due, batch after batch; returns the number of offerings expired. Stops early (0
     * when at the first batch) when another replica is expiring offerings.
     */
    public int runOnce() {
        int total = 0;
        while (true) {
            OptionalInt batch = expiry.expireBatch();
            if (batch.isEmpty()) {
                LOG.debug("another replica is expiring offerings; this round stops here");
                break;
            }
            if (batch.getAsInt() == 0) {
                break;
            }
            total += batch.getAsInt();
        }
        if (total > 0) {
            LOG.infof("expired %d offerings past their availability window", total);
        }
        return total;
    }

    /** Skips the scheduled rounds when {@code slp.partner.expiry.enabled} is false (tests run the job themselves). */
    @Singleton
    public static class Disabled implements Scheduled.SkipPredicate {

        @Inject
        PartnerServiceConfig config;

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.expiry().enabled();
        }
    }
}
