package org.smartlibrary.kit.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Thrown by domain and REST code to answer with a problem document. The slug names the problem type
 * ({@code https://smartlibrary.org/problems/<slug>}).
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, null);
    }

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist");
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation", "Invalid request", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ProblemException(400, "validation", "Invalid request", detail, List.copyOf(errors));
    }

    public static ProblemException conflict(String slug, String title, String detail) {
        return new ProblemException(409, slug, title, detail);
    }

    /** Adds a member to the problem document, e.g. a link to an existing record. */
    public ProblemException with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.type(slug), title, status, getMessage(), instance, errors,
                extensions.isEmpty() ? null : Map.copyOf(extensions));
    }

    public int status() {
        return status;
    }

    /**
     * What is wrong, field by field: the problem's errors, or one error for the whole input ({@code field}) when
     * the problem names no field.
     */
    public List<Problem.FieldError> fieldErrors(String field) {
        return errors == null || errors.isEmpty() ? List.of(new Problem.FieldError(field, getMessage())) : errors;
    }
}
