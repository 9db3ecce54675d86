package org.smartlibrary.partner.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.smartlibrary.contracts.taxonomy.Taxonomy;
import org.smartlibrary.kit.http.RequestLimits;
import org.smartlibrary.kit.paging.Cursor;
import org.smartlibrary.kit.paging.Page;
import org.smartlibrary.kit.paging.PageRequest;
import org.smartlibrary.kit.problem.ProblemException;
import org.smartlibrary.partner.api.DirectoryImportError;
import org.smartlibrary.partner.api.DirectoryImportView;
import org.smartlibrary.partner.model.DirectoryImport;
import org.smartlibrary.partner.repository.DirectoryImportRepository;
import org.smartlibrary.partner.service.directory.DirectoryFormat;
import org.smartlibrary.partner.service.directory.MalformedDirectoryFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Accepts directory files as import jobs and shows their progress. A file is received into a temporary file (counted
 * against the size limit), checked as a whole for its format, and only then stored with its job in one transaction:
 * a file that is too large or not of its format leaves nothing behind. {@link DirectoryImportRunner} does the rest.
 */
@ApplicationScoped
public class DirectoryImports {

    public static final String PATH = "/api/v1/directory/imports";

    @Inject
    DirectoryImportRepository imports;

    @Inject
    DirectoryImportRunner runner;

    @Inject
    Taxonomy taxonomy;

    @Inject
    Clock clock;

    @ConfigProperty(name = "slp.http.max-upload-bytes")
    long maxFileBytes;

    /** Receives, checks and stores the file; the job is QUEUED and a runner starts on it at once. */
    public DirectoryImportView submit(DirectoryFormat format, boolean dryRun, InputStream body, String submittedBy) {
        Path file = null;
        try {
            file = Files.createTempFile("directory-import-", "." + format.name().toLowerCase());
            long bytes = receive(body, file);
            format.check(file, taxonomy);
            Path stored = file;
            DirectoryImportView queued = QuarkusTransaction.requiringNew()
                    .call(() -> store(format, dryRun, stored, bytes, submittedBy));
            runner.startSoon();
            return queued;
        } catch (MalformedDirectoryFile malformed) {
            throw new ProblemException(400, "malformed-directory-file", "Malformed directory file",
                    malformed.getMessage() + "; nothing was imported");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file; the operating system cleans it up
                }
            }
        }
    }

    private long receive(InputStream body, Path file) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            int read;
            while ((read = body.read(buffer)) > 0) {
                total += read;
                if (total > maxFileBytes) {
                    throw RequestLimits.tooLarge(-1, maxFileBytes);
                }
                out.write(buffer, 0, read);
            }
        }
        return total;
    }

    private DirectoryImportView store(DirectoryFormat format, boolean dryRun, Path file, long bytes,
                                      String submittedBy) throws IOException {
        DirectoryImport job = new DirectoryImport();
        job.id = UUID.randomUUID();
        job.format = format.name();
        job.dryRun = dryRun;
        job.status = DirectoryImport.QUEUED;
        job.fileBytes = bytes;
        job.submittedBy = submittedBy;
        job.submittedAt = clock.instant();
        imports.persist(job);
        imports.flush();
        try (InputStream in = Files.newInputStream(file)) {
            int seq = 0;
            byte[] chunk;
            while ((chunk = in.readNBytes(DirectoryImportRepository.CHUNK_BYTES)).length > 0) {
                imports.storeChunk(job.id, seq++, chunk);
            }
        }
        return view(job);
    }

    @Transactional
    public DirectoryImportView get(UUID id) {
        return view(imports.get(id));
    }

    /** The job's row errors in file order, one page. */
    @Transactional
    public Page<DirectoryImportError> errors(UUID id, String limit, String cursor) {
        imports.get(id);
        PageRequest page = PageRequest.parse(limit, cursor);
        int after = page.first() ? 0 : afterSeq(page.cursor());
        List<DirectoryImportRepository.RowError> rows = imports.errors(id, after, page.fetchSize());
        return Page.of(rows, page, e -> Cursor.encode(String.valueOf(e.seq())),
                e -> new DirectoryImportError(e.line(), e.field(), e.message()));
    }

    private static int afterSeq(String cursor) {
        try {
            return Integer.parseInt(Cursor.decode(cursor, 1).get(0));
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("cursor", "is not a cursor returned by this list; start again without it");
        }
    }

    static DirectoryImportView view(DirectoryImport job) {
        return new DirectoryImportView(job.id, job.format, job.dryRun, job.status, job.fileBytes, job.rowsRead,
                job.created, job.updated, job.unchanged, job.refused, job.errorCount, job.failure, job.submittedAt,
                job.startedAt, job.finishedAt, PATH + "/" + job.id + "/errors");
    }
}
