package org.smartlibrary.kit.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.smartlibrary.kit.http.TextInput;
import org.smartlibrary.kit.problem.ProblemException;
import org.smartlibrary.kit.security.Caller;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * Idempotency-Key for creating POSTs: the first request runs and its response is stored in the same
 * transaction; the same key with the same body answers the stored response; the same key with another body
 * is refused with 422. The key is scoped (e.g. "POST /api/v1/assessments") so keys of different operations
 * never collide, and scoped to the caller ({@link Caller#fingerprint()}: roles and tenancy) so that a tenant who
 * sends another tenant's key and body runs the request itself — and meets its authorization checks — instead of
 * receiving the other tenant's stored response. A response answers its key for {@code slp.idempotency.retention}
 * (24 h); after that the key may be used again and {@link IdempotencyPurge} deletes the record.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 255;
    private static final int MAX_SCOPE_LENGTH = 100;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    Caller caller;

    @Inject
    IdempotencyConfig config;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public Response execute(String scope, String key, Object requestBody, Supplier<Response> action) {
        if (key == null && TextInput.sentEmpty(HEADER)) {
            throw ProblemException.invalid(HEADER, TextInput.BLANK_MESSAGE);
        }
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalid(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String hash = hash(requestBody);
        IdempotencyRecord.Id id = new IdempotencyRecord.Id(callerScope(scope), key);
        IdempotencyRecord previous = entityManager.find(IdempotencyRecord.class, id);
        Instant now = clock.instant();
        if (previous != null && expired(previous, now)) { // not purged yet, but the key may be used again
            entityManager.remove(previous);
            entityManager.flush();
            previous = null;
        }
        if (previous != null) {
            if (!previous.requestHash.equals(hash)) {
                throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused",
                        "this Idempotency-Key was already used with a different request body");
            }
            return replay(previous);
        }
        Response response = action.get();
        IdempotencyRecord record = new IdempotencyRecord();
        record.id = id;
        record.requestHash = hash;
        record.status = response.getStatus();
        record.body = json(response.getEntity());
        record.location = response.getLocation() == null ? null : response.getLocation().toString();
        record.etag = response.getHeaderString(HttpHeaders.ETAG);
        record.createdAt = now;
        entityManager.persist(record);
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (isKeyCollision(e)) {
                // a concurrent first request with the same key won; this one rolls back and writes nothing
                throw new ProblemException(409, "idempotency-key-in-use", "Idempotency-Key in use",
                        "another request with this Idempotency-Key is being processed; retry to get its response");
            }
            throw e;
        }
        return response;
    }

    private boolean expired(IdempotencyRecord record, Instant now) {
        return record.createdAt.isBefore(now.minus(config.retention()));
    }

    /** The operation's scope plus the caller's fingerprint, within the column's 100 characters. */
    private String callerScope(String scope) {
        String suffix = " @" + caller.fingerprint();
        String operation = scope.length() + suffix.length() <= MAX_SCOPE_LENGTH ? scope : sha256Hex(scope);
        return operation + suffix;
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static boolean isKeyCollision(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getConstraintName() != null
                    && violation.getConstraintName().startsWith("idempotency_record")) {
                return true;
            }
        }
        return false;
    }

    private Response replay(IdempotencyRecord previous) {
        Response.ResponseBuilder builder = Response.status(previous.status).header("Idempotent-Replayed", "true");
        if (previous.body != null) {
            builder.entity(previous.body).type(MediaType.APPLICATION_JSON);
        }
        if (previous.location != null) {
            builder.location(URI.create(previous.location));
        }
        if (previous.etag != null) {
            builder.header(HttpHeaders.ETAG, previous.etag);
        }
        return builder.build();
    }

    private String json(Object entity) {
        if (entity == null) {
            return null;
        }
        try {
            return objectMapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response is not serialisable", e);
        }
    }

    private String hash(Object requestBody) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] canonical = objectMapper.writeValueAsBytes(objectMapper.valueToTree(requestBody));
            return HexFormat.of().formatHex(digest.digest(canonical));
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
