package org.smartlibrary.kit.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** The response given to the first request with an Idempotency-Key. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends PanacheEntityBase {

    @EmbeddedId
    public Id id;

    @Column(name = "request_hash")
    public String requestHash;

    public int status;

    public String body;

    public String location;

    public String etag;

    @Column(name = "created_at")
    public Instant createdAt;

    @Embeddable
    public record Id(String scope, @Column(name = "idem_key") String key) implements Serializable {
    }
}
