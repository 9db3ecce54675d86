package org.smartlibrary.partner.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.smartlibrary.kit.problem.ProblemException;
import org.smartlibrary.partner.model.DirectoryImport;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Import jobs, the chunks of their files and their row errors. */
@ApplicationScoped
public class DirectoryImportRepository implements PanacheRepositoryBase<DirectoryImport, UUID> {

    /** Bytes per stored chunk of an import file. */
    public static final int CHUNK_BYTES = 1024 * 1024;

    /** One refused row's error. */
    public record RowError(int seq, long line, String field, String message) {
    }

    public DirectoryImport get(UUID id) {
        DirectoryImport job = findById(id);
        if (job == null) {
            throw ProblemException.notFound("directory import", id);
        }
        return job;
    }

    /** Stores one chunk of a job's file. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void storeChunk(UUID importId, int seq, byte[] data) {
        getEntityManager().createNativeQuery("INSERT INTO directory_import_chunk (import_id, seq, data) VALUES (?1, ?2, ?3)")
                .setParameter(1, importId).setParameter(2, seq).setParameter(3, data).executeUpdate();
    }

    /** The job's file, read one chunk at a time, each in a short transaction of its own. */
    public InputStream openFile(UUID importId) {
        return new InputStream() {
            private byte[] chunk = new byte[0];
            private int position;
            private int nextSeq;
            private boolean end;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                while (position == chunk.length) {
                    if (end) {
                        return -1;
                    }
                    Optional<byte[]> next = chunk(importId, nextSeq++);
                    if (next.isEmpty()) {
                        end = true;
                        return -1;
                    }
                    chunk = next.get();
                    position = 0;
                }
                int count = Math.min(length, chunk.length - position);
                System.arraycopy(chunk, position, buffer, offset, count);
                position += count;
                return count;
            }
        };
    }

    private Optional<byte[]> chunk(UUID importId, int seq) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<byte[]> rows = getEntityManager()
                    .createNativeQuery("SELECT data FROM directory_import_chunk WHERE import_id = ?1 AND seq = ?2")
                    .setParameter(1, importId).setParameter(2, seq).getResultList();
            return rows.stream().findFirst();
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deleteFile(UUID importId) {
        getEntityManager().createNativeQuery("DELETE FROM directory_import_chunk WHERE import_id = ?1")
                .setParameter(1, importId).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void addError(UUID importId, int seq, long line, String field, String message) {
        getEntityManager().createNativeQuery("INSERT INTO directory_import_error (import_id, seq, line, field, message) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, importId).setParameter(2, seq).setParameter(3, line)
                .setParameter(4, field == null ? null : abbreviate(field, 300)).setParameter(5, abbreviate(message, 2000))
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deleteErrors(UUID importId) {
        getEntityManager().createNativeQuery("DELETE FROM directory_import_error WHERE import_id = ?1")
                .setParameter(1, importId).executeUpdate();
    }

    /** Errors after the one with this sequence number, in order, at most {@code limit}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RowError> errors(UUID importId, int afterSeq, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT seq, line, field, message "
                        + "FROM directory_import_error WHERE import_id = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3")
                .setParameter(1, importId).setParameter(2, afterSeq).setParameter(3, limit).getResultList();
        return rows.stream().map(r -> new RowError(((Number) r[0]).intValue(), ((Number) r[1]).longValue(),
                (String) r[2], (String) r[3])).toList();
    }

    /**
     * Takes the oldest job that waits (queued, or running with a lease that has passed) and leases it to this runner
     * for this long; empty when none waits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> claimNext(UUID runner, Duration lease) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager().createNativeQuery("UPDATE directory_import SET status = 'RUNNING', "
                        + "started_at = COALESCE(started_at, now()), lease_until = now() + make_interval(secs => ?1), runner = ?2 "
                        + "WHERE id = (SELECT id FROM directory_import WHERE status = 'QUEUED' "
                        + "   OR (status = 'RUNNING' AND lease_until < now()) "
                        + "   ORDER BY submitted_at, id LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id")
                .setParameter(1, (double) lease.toMillis() / 1000).setParameter(2, runner).getResultList();
        return ids.stream().findFirst();
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
