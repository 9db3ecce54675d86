package org.smartlibrary.assessment.service;

import org.smartlibrary.kit.paging.Cursor;
import org.smartlibrary.kit.problem.ProblemException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * Parses query parameters given as text, so that a bad value is a 400 naming the parameter (JAX-RS would answer
 * 404 for a query parameter it cannot convert).
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public static UUID uuid(String name, String value) {
        if (text(value) == null) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "is not a UUID");
        }
    }

    public static Integer integer(String name, String value) {
        if (text(value) == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "is not an integer");
        }
    }

    public static Instant dateTime(String name, String value) {
        if (text(value) == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "is not an RFC 3339 date-time such as 2025-03-14T09:30:00Z");
        }
    }

    /** A keyset cursor made of (created_at, id). */
    public record TimeAndId(Instant createdAt, UUID id) {

        public static TimeAndId decode(String cursor) {
            if (cursor == null) {
                return null;
            }
            List<String> values = Cursor.decode(cursor, 2);
            try {
                return new TimeAndId(Instant.parse(values.get(0)), UUID.fromString(values.get(1)));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw ProblemException.invalid("cursor", "is not a cursor returned by this list; start again without it");
            }
        }

        public static String encode(Instant createdAt, UUID id) {
            return Cursor.encode(createdAt.toString(), id.toString());
        }
    }
}
