package org.smartlibrary.assessment.model;

/** DRAFT can be edited; COMPLETED is immutable (revise to change it). */
public enum AssessmentStatus {
    DRAFT,
    COMPLETED
}
