package org.smartlibrary.matching.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The newest completed revision of an assessment, with its assessment-completed payload as received. */
@Entity
@Table(name = "assessment")
public class Assessment {

    @Id
    @Column(name = "assessment_id")
    public UUID assessmentId;

    public int revision;

    @Column(name = "library_id")
    public UUID libraryId;

    @Column(name = "library_name")
    public String libraryName;

    public String region;

    public String city;

    /** The consortium as the payload spells it (library.consortium); null when the library names none. */
    public String consortium;

    /** {@link #consortium} in lower case: consortium names compare case-insensitively. */
    @Column(name = "consortium_key")
    public String consortiumKey;

    /** The assessment-completed payload JSON. */
    public String payload;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "received_at")
    public Instant receivedAt;
}
