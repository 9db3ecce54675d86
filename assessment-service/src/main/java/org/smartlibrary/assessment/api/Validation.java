package org.smartlibrary.assessment.api;

/** Shared Bean Validation constants of the request records. */
public final class Validation {

    /** Optional text: absent is fine, but present text must not be blank. */
    public static final String NOT_BLANK = "(?s).*\\S.*";
    public static final String NOT_BLANK_MESSAGE = "must not be blank";

    public static final int DESCRIPTION_MAX = 2000;

    /** Free-text query parameters (names of a consortium, region or city): longer is refused with 400. */
    public static final int QUERY_TEXT_MAX = 200;

    private Validation() {
    }
}
