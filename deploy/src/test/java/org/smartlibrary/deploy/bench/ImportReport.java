package org.smartlibrary.deploy.bench;

import org.smartlibrary.deploy.system.Workload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes the import benchmark's report: {@code import.json} (everything) and {@code import.md} (the table). */
final class ImportReport {

    /** The throughput the requirement asks of an import on the 2-core machine. */
    static final double TARGET_PARTNERS_PER_SECOND = 2000;

    private ImportReport() {
    }

    @SuppressWarnings("unchecked")
    static void write(Path out, Map<String, Object> report) throws IOException {
        List<Map<String, Object>> steps = (List<Map<String, Object>>) report.get("steps");
        StringBuilder md = new StringBuilder("# Directory import vs one-by-one REST (partner-service)\n\n");
        md.append("Commit ").append(report.get("commit")).append(". Machine before: ")
                .append(report.get("machine_before")).append("  \nMachine after: ").append(report.get("machine_after"))
                .append("\n\n");
        md.append("partner-service JVM: ").append(report.get("service_jvm_options")).append("; environment beyond the "
                + "suite's: ").append(report.get("service_environment_overrides")).append(". Options: ")
                .append(report.get("options")).append(". ").append(report.get("elapsed_seconds")).append(" s in all; "
                + "service peak RSS ").append(report.get("service_peak_rss_mib")).append(" MiB.\n\n");
        md.append("| step | partners | file MiB | wall s | partners/s | upload s | job queued / run s | created / "
                + "updated / unchanged / refused | heap peak used MiB (old gen) | heap after full GC MiB | GCs (s) | "
                + "outbox backlog at end → drained after s | CPU s: service / PostgreSQL / Kafka / machine "
                + "| check |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> step : steps) {
            boolean rest = step.containsKey("clients");
            Map<String, Object> heap = (Map<String, Object>) step.get("heap");
            Map<String, Object> cpu = (Map<String, Object>) step.get("cpu_seconds");
            md.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s | **%s** | %s | %s | %s | %s (%s) | %s "
                            + "| %s (%s) | %s → %s | %s / %s / %s / %s | %s |%n",
                    step.get("step") + (rest ? " (" + step.get("clients") + " clients)" : ""),
                    ((Number) step.get("partners")).intValue(), rest ? "—" : step.get("file_mib"),
                    step.get("wall_seconds"), step.get("partners_per_second"), rest ? "—" : step.get("upload_seconds"),
                    rest ? "—" : step.get("queued_seconds") + " / " + step.get("job_run_seconds"),
                    rest ? step.get("created") + " / — / — / " + step.get("errors") + " errors"
                            : step.get("created") + " / " + step.get("updated") + " / " + step.get("unchanged") + " / "
                            + step.get("refused"),
                    heap.get("peak_used_mib"), heap.get("peak_old_gen_used_mib"), step.get("heap_after_full_gc_mib"),
                    heap.get("gc_collections"), heap.get("gc_seconds"), step.get("outbox_backlog_at_end"),
                    step.get("outbox_drained_after_seconds"), cpu.get("service"), cpu.get("postgres"), cpu.get("kafka"),
                    cpu.get("machine_busy"), step.get("check")));
        }
        md.append('\n').append(summary(steps)).append('\n');
        md.append("""
                wall: upload start → the job read SUCCEEDED (polled every 200 ms, every second after 30 s; the runner \
                looks for queued jobs every second) for an import; first request → last answer for REST (POST the \
                partner, then POST each of its 3 offerings). job queued / run: the job's submitted_at → started_at → \
                finished_at. Heap: jstat samples of the service's heap during the step (used = survivors + eden + old \
                generation); after full GC: jcmd GC.run then GC.heap_info at the end of the step. Outbox: GET \
                /api/v1/admin/outbox when the step ended, then until its backlog was 0 (each created partner publishes \
                one partner-snapshot event through the outbox; a REST registration publishes one per request). CPU: \
                user + system seconds during the step (service JVM; PostgreSQL's postmaster and backends; the Kafka \
                broker; all cores of the machine, including other work on it).
                """);
        md.append("\nPostgreSQL during each step and its outbox drain (pg_stat_user_tables, pg_stat_database):\n\n");
        for (Map<String, Object> step : steps) {
            md.append("- ").append(step.get("step")).append(": ").append(step.get("postgres_activity")).append('\n');
        }
        Map<String, Object> jfr = (Map<String, Object>) report.get("jfr");
        if (jfr != null && !jfr.isEmpty()) {
            md.append("\n## Where the service's CPU went (JFR execution samples)\n\nRecording: ")
                    .append(jfr.get("recording")).append('\n');
            jfr.forEach((step, profile) -> {
                if (profile instanceof Map<?, ?> p) {
                    md.append("\n### ").append(step).append("\n\n");
                    p.forEach((key, value) -> md.append("- ").append(key).append(": ").append(value).append('\n'));
                }
            });
        }
        Files.createDirectories(out);
        Files.writeString(out.resolve("import.md"), md);
        Files.writeString(out.resolve("import.json"),
                Workload.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        System.out.println("\n" + md + "\n(also in " + out.resolve("import.md") + " and import.json)");
    }

    /** Import ÷ REST, the target, heap at the largest vs the smallest import. */
    private static String summary(List<Map<String, Object>> steps) {
        Map<String, Object> rest = steps.stream().filter(s -> s.containsKey("clients")).findFirst().orElse(null);
        List<Map<String, Object>> imports = steps.stream()
                .filter(s -> s.get("step").toString().startsWith("import ")).toList();
        if (imports.isEmpty()) {
            return "";
        }
        Map<String, Object> smallest = imports.get(0);
        Map<String, Object> largest = imports.get(imports.size() - 1);
        double rate = number(largest.get("partners_per_second"));
        StringBuilder summary = new StringBuilder();
        if (rest != null) {
            summary.append(String.format(Locale.ROOT, "- %s: %.0f partners/s = **%.1f×** REST one by one (%.0f "
                            + "partners/s with %s clients).%n", largest.get("step"), rate,
                    rate / number(rest.get("partners_per_second")), number(rest.get("partners_per_second")),
                    rest.get("clients")));
        }
        summary.append(String.format(Locale.ROOT, "- Target ≥ %.0f partners/s: **%s** (%.0f partners/s at %s).%n",
                TARGET_PARTNERS_PER_SECOND, rate >= TARGET_PARTNERS_PER_SECOND ? "met" : "not met", rate,
                largest.get("step")));
        if (imports.size() > 1) {
            summary.append(String.format(Locale.ROOT, "- Heap: peak used %s MiB at %s vs %s MiB at %s (old generation "
                            + "%s vs %s MiB); after a full GC %s vs %s MiB.%n",
                    heap(largest, "peak_used_mib"), largest.get("step"), heap(smallest, "peak_used_mib"),
                    smallest.get("step"), heap(largest, "peak_old_gen_used_mib"),
                    heap(smallest, "peak_old_gen_used_mib"), largest.get("heap_after_full_gc_mib"),
                    smallest.get("heap_after_full_gc_mib")));
        }
        return summary.toString();
    }

    @SuppressWarnings("unchecked")
    private static Object heap(Map<String, Object> step, String key) {
        return ((Map<String, Object>) step.get("heap")).get(key);
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
