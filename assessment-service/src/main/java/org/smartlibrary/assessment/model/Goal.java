package org.smartlibrary.assessment.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.UUID;

/** Why the library needs resources: a program area (taxonomy code) and a description. */
@Entity
@Table(name = "assessment_goal")
public class Goal {

    @Id
    public UUID id;

    @Column(name = "revision_id")
    public UUID revisionId;

    @Column(name = "sort_order")
    public int sortOrder;

    @Column(name = "program_area")
    public String programArea;

    public String description;

    @Version
    public long version;
}
