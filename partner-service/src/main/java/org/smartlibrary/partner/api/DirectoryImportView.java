package org.smartlibrary.partner.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A directory import job as the API shows it: every property always present, null where it says so. */
@Schema(name = "DirectoryImport", description = "A directory import job and its progress. In a dry run the counters "
        + "say what the import would do; nothing of the directory changes.")
public record DirectoryImportView(
        UUID id,
        @Schema(enumeration = {"NDJSON", "CSV", "HSDS"}) String format,
        boolean dryRun,
        @Schema(enumeration = {"QUEUED", "RUNNING", "SUCCEEDED", "FAILED"},
                description = "QUEUED until a runner takes it, RUNNING, then SUCCEEDED (every row was read; refused "
                        + "rows are listed under errors) or FAILED (the file could not be read to its end; see failure)")
        String status,
        @Schema(description = "size of the uploaded file") long fileBytes,
        @Schema(description = "records read so far (a CSV partner with several offering rows is one record)")
        int rowsRead,
        @Schema(description = "partners created") int created,
        @Schema(description = "partners that existed (same external_id or org_registry_id) and changed") int updated,
        @Schema(description = "partners that existed and that the row did not change") int unchanged,
        @Schema(description = "rows refused: nothing of them was written") int refused,
        @Schema(description = "number of row errors (a refused row has one or more)") int errorCount,
        @Schema(nullable = true, description = "why a FAILED job stopped") String failure,
        Instant submittedAt,
        @Schema(nullable = true) Instant startedAt,
        @Schema(nullable = true) Instant finishedAt,
        @Schema(description = "the paged list of row errors") String errors) {
}
