package org.smartlibrary.assessment.model;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.util.UUID;

/**
 * What goals, needs and offers have in common: each belongs to one revision, has its place in the revision's order
 * and a version, which its ETag is made from.
 */
@MappedSuperclass
public abstract class RevisionItem {

    @Id
    public UUID id;

    @Column(name = "revision_id")
    public UUID revisionId;

    @Column(name = "sort_order")
    public int sortOrder;

    @Version
    public long version;
}
