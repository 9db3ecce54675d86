package org.smartlibrary.assessment.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** One numbered revision of an assessment: its title, status and (through their revision id) goals, needs, offers. */
@Entity
@Table(name = "assessment_revision")
public class AssessmentRevision {

    @Id
    public UUID id;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    public int revision;

    public String title;

    @Enumerated(EnumType.STRING)
    public AssessmentStatus status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    /** Bumped by every change of the revision or of its goals, needs and offers (the assessment's ETag). */
    @Version
    public long version;

    public boolean isDraft() {
        return status == AssessmentStatus.DRAFT;
    }
}
