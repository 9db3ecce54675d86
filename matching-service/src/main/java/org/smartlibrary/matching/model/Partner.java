package org.smartlibrary.matching.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One partner of the read model: its latest partner-snapshot payload as received (JSON), or a removal marker that
 * keeps the version so an older snapshot arriving later is still recognised as stale.
 */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    @Column(name = "partner_id")
    public UUID partnerId;

    public long version;

    public boolean removed;

    /** The partner-snapshot payload JSON; null once removed. */
    public String snapshot;

    /** Position in the change sequence: every replica applies changes to its index in this order. */
    @Column(name = "change_seq")
    public long changeSeq;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
