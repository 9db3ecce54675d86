package org.smartlibrary.assessment.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Why the library needs resources: a program area (taxonomy code) and a description. */
@Entity
@Table(name = "assessment_goal")
public class Goal extends RevisionItem {

    @Column(name = "program_area")
    public String programArea;

    public String description;
}
