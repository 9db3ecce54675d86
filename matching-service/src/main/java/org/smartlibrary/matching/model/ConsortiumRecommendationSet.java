package org.smartlibrary.matching.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One version of a consortium's pooled recommendations; content and changes are JSON documents. */
@Entity
@Table(name = "consortium_recommendation_set")
public class ConsortiumRecommendationSet {

    @Id
    public UUID id;

    /** The consortium name in lower case (names compare case-insensitively). */
    @Column(name = "consortium_key")
    public String consortiumKey;

    /** The consortium as its members' assessments spell it. */
    public String consortium;

    @Column(name = "set_version")
    public int setVersion;

    public boolean current;

    /** ASSESSMENT_COMPLETED or PARTNER_CHANGED. */
    public String trigger;

    @Column(name = "generated_at")
    public Instant generatedAt;

    /** The API's {@code ConsortiumRecommendationContent} as JSON. */
    public String content;

    /** The API's {@code ConsortiumChanges} as JSON. */
    public String changes;
}
