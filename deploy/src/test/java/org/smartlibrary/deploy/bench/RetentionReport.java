package org.smartlibrary.deploy.bench;

import org.smartlibrary.deploy.system.Workload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The report of {@link RetentionGrowthIT}: {@code retention.json} (everything, every snapshot) and
 * {@code retention.md}: per database and table the rows and bytes of each snapshot, and the growth per completion and
 * per 10^4 completions without retention (after the flow: as grown, and compacted) and with it (after the purges,
 * compacted), and the totals.
 */
final class RetentionReport {

    private static final double MIB = 1024.0 * 1024.0;

    private RetentionReport() {
    }

    /**
     * {@code snapshots}: before, after the flow (as grown), the same compacted, after the purges (as left on disk),
     * the same compacted.
     */
    static void write(Path directory, Map<String, Object> report, int completions, List<StorageSnapshot> snapshots)
            throws IOException {
        StorageSnapshot before = snapshots.get(0);
        StorageSnapshot grown = snapshots.get(1);
        StorageSnapshot grownCompacted = snapshots.get(2);
        StorageSnapshot purgedCompacted = snapshots.get(4);
        List<Map<String, Object>> rows = new ArrayList<>();
        StringBuilder md = new StringBuilder("# Storage growth per 10^4 completions, without and with retention\n\n");
        md.append("Machine before: ").append(report.get("machine_before")).append("  \n");
        md.append("Machine after: ").append(report.get("machine_after")).append("  \n");
        md.append("Services: JVM options ").append(report.get("service_jvm_options"))
                .append(" (as deploy/local/start); options ").append(report.get("options")).append("\n\n");
        md.append("Flow: ").append(report.get("flow")).append(" in ").append(report.get("flow_seconds"))
                .append(" s (").append(report.get("completions_per_second")).append(" completions/s; settled after ")
                .append(report.get("flow_settled_seconds")).append(" s); matches by trigger ")
                .append(report.get("matches")).append("; client retries ").append(report.get("client_retries"))
                .append("  \nCPU seconds during the flow: ").append(report.get("flow_cpu_seconds")).append("\n\n");
        md.append("Sets before the purge: ").append(report.get("sets_before_purge")).append("  \n");
        md.append("Purge: drained ").append(report.get("purge_seconds_from_restart"))
                .append(" s after the restart with short retention (start-up included); deleted ")
                .append(report.get("purged")).append("; CPU seconds ").append(report.get("purge_cpu_seconds"))
                .append("  \nInvariants broken: ").append(report.get("invariants_broken")).append("\n\n");

        md.append("## Growth per table\n\n");
        md.append("Bytes = `pg_total_relation_size` (heap, TOAST, maps, indexes). Per completion = (snapshot − before) ÷ "
                + completions + ". *Without retention*: after the flow with the purges off, as grown and compacted "
                + "(VACUUM FULL: the live rows); *with*: after the purges drained, compacted (as left on disk in the "
                + "JSON: a purge frees space inside the files for reuse, it does not shrink them).\n\n");
        md.append("| database.table | rows before | rows after flow | rows after purge | MiB after flow (grown / "
                + "compacted) | MiB after purge (on disk / compacted) | B/completion without (grown / compacted) "
                + "| B/completion with | MiB per 10^4 without → with |\n|---|---|---|---|---|---|---|---|---|\n");
        for (String database : before.databases().keySet()) {
            TreeSet<String> tables = new TreeSet<>();
            snapshots.forEach(s -> tables.addAll(s.databases().getOrDefault(database, Map.of()).keySet()));
            for (String table : tables) {
                double withoutGrown = perCompletion(grown.table(database, table).bytes(),
                        before.table(database, table).bytes(), completions);
                double without = perCompletion(grownCompacted.table(database, table).bytes(),
                        before.table(database, table).bytes(), completions);
                double with = perCompletion(purgedCompacted.table(database, table).bytes(),
                        before.table(database, table).bytes(), completions);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("table", database + "." + table);
                for (StorageSnapshot snapshot : snapshots) {
                    StorageSnapshot.Table t = snapshot.table(database, table);
                    row.put(snapshot.label(), Map.of("rows", t.rows(), "bytes", t.bytes(), "index_bytes",
                            t.indexBytes()));
                }
                row.put("bytes_per_completion_without_retention_grown", Stats.round(withoutGrown));
                row.put("bytes_per_completion_without_retention", Stats.round(without));
                row.put("bytes_per_completion_with_retention", Stats.round(with));
                rows.add(row);
                if (grown.table(database, table).bytes() == before.table(database, table).bytes()
                        && grown.table(database, table).rows() == before.table(database, table).rows()
                        && snapshots.get(3).table(database, table).bytes() == before.table(database, table).bytes()) {
                    continue; // unchanged by the flow: left out of the table (still in the JSON)
                }
                md.append(String.format("| %s.%s | %d | %d | %d | %s / %s | %s / %s | %.0f / %.0f | %.0f | %s → %s |%n",
                        database, table, before.table(database, table).rows(), grown.table(database, table).rows(),
                        purgedCompacted.table(database, table).rows(), mib(grown.table(database, table).bytes()),
                        mib(grownCompacted.table(database, table).bytes()),
                        mib(snapshots.get(3).table(database, table).bytes()),
                        mib(purgedCompacted.table(database, table).bytes()), withoutGrown, without, with,
                        per10k(without), per10k(with)));
            }
        }
        md.append("\n## Totals\n\n| database | MiB before | MiB after flow (grown / compacted) | MiB after purge "
                + "(on disk / compacted) | B/completion without (grown / compacted) | B/completion with "
                + "| MiB per 10^4 without → with |\n|---|---|---|---|---|---|---|\n");
        Map<String, Object> totals = new LinkedHashMap<>();
        List<String> databases = new ArrayList<>(before.databases().keySet());
        databases.add("all");
        for (String database : databases) {
            long b = total(before, database);
            double withoutGrown = perCompletion(total(grown, database), b, completions);
            double without = perCompletion(total(grownCompacted, database), b, completions);
            double with = perCompletion(total(purgedCompacted, database), b, completions);
            Map<String, Object> total = new LinkedHashMap<>();
            for (StorageSnapshot snapshot : snapshots) {
                total.put(snapshot.label(), total(snapshot, database));
            }
            total.put("bytes_per_completion_without_retention_grown", Stats.round(withoutGrown));
            total.put("bytes_per_completion_without_retention", Stats.round(without));
            total.put("bytes_per_completion_with_retention", Stats.round(with));
            total.put("mib_per_10000_completions_without_retention", Stats.round(without * 10_000 / MIB));
            total.put("mib_per_10000_completions_with_retention", Stats.round(with * 10_000 / MIB));
            totals.put(database, total);
            md.append(String.format("| %s | %s | %s / %s | %s / %s | %.0f / %.0f | %.0f | %s → %s |%n", database,
                    mib(b), mib(total(grown, database)), mib(total(grownCompacted, database)),
                    mib(total(snapshots.get(3), database)), mib(total(purgedCompacted, database)), withoutGrown,
                    without, with, per10k(without), per10k(with)));
        }
        report.put("tables", rows);
        report.put("totals", totals);
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("retention.md"), md);
        Files.writeString(directory.resolve("retention.json"),
                Workload.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        System.out.println("\n" + md + "\n(also in " + directory.resolve("retention.md") + " and retention.json)");
    }

    private static long total(StorageSnapshot snapshot, String database) {
        return database.equals("all") ? snapshot.totalBytes() : snapshot.totalBytes(database);
    }

    private static double perCompletion(long after, long before, int completions) {
        return (after - before) / (double) completions;
    }

    private static String mib(long bytes) {
        return String.format("%.2f", bytes / MIB);
    }

    private static String per10k(double bytesPerCompletion) {
        return String.format("%.1f", bytesPerCompletion * 10_000 / MIB);
    }
}
