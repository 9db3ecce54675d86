package org.smartlibrary.assessment.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.UUID;

/** What the library can give partners in return (taxonomy library offer code). */
@Entity
@Table(name = "assessment_offer")
public class Offer {

    @Id
    public UUID id;

    @Column(name = "revision_id")
    public UUID revisionId;

    @Column(name = "sort_order")
    public int sortOrder;

    public String type;

    public String description;

    @Version
    public long version;
}
