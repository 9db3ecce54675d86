package org.smartlibrary.assessment.api;

/**
 * Shared Bean Validation constants of the request records. Blank text is refused for every field by the service
 * kit ({@code TextInput}), so the records need no pattern for it.
 */
public final class Validation {

    public static final int DESCRIPTION_MAX = 2000;

    /** Free-text query parameters (names of a consortium, region or city): longer is refused with 400. */
    public static final int QUERY_TEXT_MAX = 200;

    private Validation() {
    }
}
