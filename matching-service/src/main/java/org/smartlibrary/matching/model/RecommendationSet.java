package org.smartlibrary.matching.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One version of the recommendations for one assessment revision; content and changes are JSON documents. */
@Entity
@Table(name = "recommendation_set")
public class RecommendationSet {

    @Id
    public UUID id;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    public int revision;

    @Column(name = "set_version")
    public int setVersion;

    public boolean current;

    /** ASSESSMENT_COMPLETED or PARTNER_CHANGED. */
    public String trigger;

    @Column(name = "trigger_partner_id")
    public UUID triggerPartnerId;

    @Column(name = "generated_at")
    public Instant generatedAt;

    /** The API's {@code RecommendationContent} as JSON. */
    public String content;

    /** The excluded candidates (a JSON array), kept apart: they can be many and are served page by page. */
    public String excluded;

    /** All excluded candidates of the match; {@link #excluded} keeps at most the configured number of them. */
    @Column(name = "excluded_total")
    public int excludedTotal;

    /** The API's {@code RecommendationChanges} as JSON. */
    public String changes;
}
