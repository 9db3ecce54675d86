package org.smartlibrary.partner.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A directory import job: the file (kept in chunks until the job has read it), how far the job got, and what it did.
 * The counters and {@link #resumeAfterLine} change in the transaction that writes the rows they count.
 */
@Entity
@Table(name = "directory_import")
public class DirectoryImport {

    public static final String QUEUED = "QUEUED";
    public static final String RUNNING = "RUNNING";
    public static final String SUCCEEDED = "SUCCEEDED";
    public static final String FAILED = "FAILED";

    @Id
    public UUID id;

    /** NDJSON, CSV or HSDS. */
    public String format;

    @Column(name = "dry_run")
    public boolean dryRun;

    public String status;

    @Column(name = "file_bytes")
    public long fileBytes;

    @Column(name = "rows_read")
    public int rowsRead;

    public int created;

    public int updated;

    public int unchanged;

    public int refused;

    @Column(name = "error_count")
    public int errorCount;

    /** Rows starting on this line or before are done: a resumed job skips them. */
    @Column(name = "resume_after_line")
    public long resumeAfterLine;

    public String failure;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** A running job whose lease has passed is taken over (its runner stopped). */
    @Column(name = "lease_until")
    public Instant leaseUntil;

    /** The runner that holds the lease. */
    public UUID runner;

    public boolean finished() {
        return SUCCEEDED.equals(status) || FAILED.equals(status);
    }
}
