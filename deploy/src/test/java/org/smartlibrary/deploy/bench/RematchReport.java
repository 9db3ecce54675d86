package org.smartlibrary.deploy.bench;

import org.smartlibrary.deploy.system.Workload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The report of {@link RematchThroughputIT}: {@code rematch.json} (everything, every single change) and
 * {@code rematch.md} (re-queued per change against the relevance bound, and a row per rate and the burst).
 */
final class RematchReport {

    private RematchReport() {
    }

    @SuppressWarnings("unchecked")
    static void write(Path directory, Map<String, Object> report) throws IOException {
        StringBuilder md = new StringBuilder("# Re-match throughput: partner changes per second with stored "
                + "assessments\n\n");
        md.append("Machine before: ").append(report.get("machine_before")).append("  \n");
        md.append("Machine after: ").append(report.get("machine_after")).append("  \n");
        md.append("Services: JVM options ").append(report.get("service_jvm_options"))
                .append(" (as deploy/local/start; matching's defaults: 2 worker threads, settle 2 s, max wait 60 s); "
                        + "options ").append(report.get("options")).append("  \n");
        md.append("Stored: ").append(report.get("stored")).append("; offerings added by changes: ")
                .append(report.get("offerings_added")).append("; client retries: ")
                .append(report.get("client_retries")).append("\n\n");

        Map<String, Object> single = (Map<String, Object>) report.get("one_at_a_time");
        Map<String, Double> requeued = (Map<String, Double>) single.get("requeued_per_change");
        Map<String, Double> share = (Map<String, Double>) single.get("requeued_share_of_bound");
        Map<String, Double> drain = (Map<String, Double>) single.get("drain_seconds");
        md.append("## One change at a time (each drained before the next)\n\n");
        md.append("Re-queued = PARTNER_CHANGED matches the change caused; bound = stored assessments in the partner's "
                + "region or with the partner in their current set; typed bound = in the region with a need of the "
                + "partner's types, or with the partner in their current set.\n\n");
        md.append("| changes | re-queued median | p99 | max | ÷ stored (median) | ÷ bound median / max | drain s "
                + "median / p99 (settle 2 s included) | CPU s |\n|---|---|---|---|---|---|---|---|\n");
        md.append(String.format("| %.0f | %s | %s | %s | %s | %s / %s | %s / %s | %s |%n%n", requeued.get("n"),
                requeued.get("median"), requeued.get("p99"), requeued.get("max"),
                single.get("requeued_share_of_stored_median"), share.get("median"), share.get("max"),
                drain.get("median"), drain.get("p99"), single.get("cpu_seconds")));
        md.append("| change | region | re-queued | typed bound | bound | other matches | drain s |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> change : (Iterable<Map<String, Object>>) single.get("changes")) {
            md.append(String.format("| %s | %s | %s | %s | %s | %s | %s |%n", change.get("change"), change.get("region"),
                    change.get("requeued"), change.get("typed_bound"), change.get("bound"), change.get("other_matches"),
                    change.get("drain_seconds")));
        }

        md.append("\n## Fixed rates and a burst\n\n");
        md.append("Sustained = changes ÷ (first change sent → every resulting re-match stored and the queue empty). "
                + "Lag = a stored PARTNER_CHANGED set's generated_at − the answer to its partner's newest change before "
                + "it (only re-matches that changed the set's substance store one).\n\n");
        md.append("| offered /s | changes | applied /s | drain after last s | sustained changes/s | PARTNER_CHANGED "
                + "matches per change | matches/s | match transaction / engine ms (mean) | max queued | stored sets | lag p50 s "
                + "| lag p99 s | CPU s |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Map.Entry<String, Object> e : ((Map<String, Object>) report.get("phases")).entrySet()) {
            Map<String, Object> phase = (Map<String, Object>) e.getValue();
            Map<String, Double> lag = (Map<String, Double>) phase.get("stored_set_lag_seconds");
            md.append(String.format("| %s | %s | %s | %s | %s | %s | %s | %s / %s | %s | %s | %s | %s | %s |%n",
                    phase.get("offered_per_second"), phase.get("changes"), phase.get("applied_per_second"),
                    phase.get("drain_seconds_after_last_change"), phase.get("sustained_changes_per_second"),
                    phase.get("partner_changed_matches_per_change"), phase.get("matches_per_second_until_drained"),
                    phase.get("mean_match_transaction_ms"), phase.get("mean_engine_ms"), phase.get("max_queued"), phase.get("stored_sets"), lag.getOrDefault("median", Double.NaN),
                    lag.getOrDefault("p99", Double.NaN), phase.get("cpu_seconds")));
        }
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("rematch.md"), md);
        Files.writeString(directory.resolve("rematch.json"),
                Workload.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        System.out.println("\n" + md + "\n(also in " + directory.resolve("rematch.md") + " and rematch.json)");
    }
}
