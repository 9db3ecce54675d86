package org.smartlibrary.kit.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One pending record of the outbox; the id is the event id. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(insertable = false, updatable = false)
    public Long seq;

    public String topic;

    @Column(name = "message_key")
    public String messageKey;

    @Column(name = "event_type")
    public String eventType;

    /** The whole envelope as JSON; null for a tombstone. */
    public String payload;

    @Column(name = "created_at")
    public Instant createdAt;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "parked_at")
    public Instant parkedAt;
}
