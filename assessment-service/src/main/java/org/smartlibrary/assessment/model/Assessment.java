package org.smartlibrary.assessment.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * The stable identity of a library's needs assessment across its revisions. Its id is the event key and the
 * aggregate id of assessment-completed; the revisions hold the content.
 */
@Entity
@Table(name = "assessment")
public class Assessment {

    @Id
    public UUID id;

    @Column(name = "library_id")
    public UUID libraryId;

    /** The number of the newest revision; bumping it (with the version) serialises concurrent revisions. */
    @Column(name = "latest_revision")
    public int latestRevision;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;
}
