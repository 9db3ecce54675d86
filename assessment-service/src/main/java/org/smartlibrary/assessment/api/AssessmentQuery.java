package org.smartlibrary.assessment.api;

/**
 * The filters of the assessment list as the query gives them (each may be null); the service checks them, so that
 * a bad value is a 400 naming its parameter.
 *
 * @param libraryId      {@code library_id}, a UUID
 * @param consortium     consortium name, case-insensitive
 * @param status         DRAFT or COMPLETED
 * @param category       has a need of this taxonomy category
 * @param type           has a need of this taxonomy resource type
 * @param completedAfter {@code completed_after}, an RFC 3339 date-time
 */
public record AssessmentQuery(String libraryId, String consortium, String status, String category, String type,
                              String completedAfter) {
}
