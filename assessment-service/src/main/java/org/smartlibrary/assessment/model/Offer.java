package org.smartlibrary.assessment.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** What the library can give partners in return (taxonomy library offer code). */
@Entity
@Table(name = "assessment_offer")
public class Offer extends RevisionItem {

    public String type;

    public String description;
}
