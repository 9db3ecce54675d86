package org.smartlibrary.matching.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Feedback of library staff on one recommended partner; decline reason and note stay private to the library. */
@Entity
@Table(name = "match_feedback")
public class FeedbackRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Column(name = "partner_id")
    public UUID partnerId;

    public int revision;

    @Column(name = "set_version")
    public int setVersion;

    public String outcome;

    @Column(name = "decline_reason")
    public String declineReason;

    public String note;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
