package org.smartlibrary.matching.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Feedback of library staff on one recommended partner; decline reason and note stay private to the library. */
@Entity
@Table(name = "match_feedback")
public class MatchFeedback {

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
