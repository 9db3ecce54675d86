package org.smartlibrary.kit.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.smartlibrary.kit.http.TextInput;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Maps every exception that can leave a resource to an RFC 9457 problem document. Never a stack trace:
 * unexpected errors are logged with an id that the problem repeats.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String RETRY_AFTER_SECONDS = "5";
    /** A concurrent update is over at once: read again and retry after a second. */
    public static final String CONCURRENT_UPDATE_RETRY_AFTER_SECONDS = "1";
    /** The detail of a 406 (also the example in the OpenAPI documents). */
    public static final String NOT_ACCEPTABLE_DETAIL = "send Accept: application/json (or */*), or a media type the "
            + "operation lists, such as text/csv for reports; errors are application/problem+json";
    /** The detail of a 415 (also the example in the OpenAPI documents). */
    public static final String UNSUPPORTED_MEDIA_TYPE_DETAIL = "send the body as application/json (or a media type "
            + "the operation lists, such as a directory file's)";

    @Context
    UriInfo uriInfo;

    @Inject
    ObjectMapper objectMapper;

    @ServerExceptionMapper
    public Response problem(ProblemException exception) {
        return ProblemResponses.of(exception, uriInfo);
    }

    /** No token, or a token that fails verification (signature, issuer, expiry). */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthenticated(RuntimeException exception) {
        Response problem = ProblemResponses.of(new ProblemException(401, "unauthorized", "Unauthorized",
                "send a valid bearer token in the Authorization header").toProblem(ProblemResponses.instance(uriInfo)));
        return Response.fromResponse(problem).header("WWW-Authenticate", "Bearer").build();
    }

    /** A valid token whose roles do not allow this operation. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception) {
        return ProblemResponses.of(new ProblemException(403, "forbidden", "Forbidden",
                "your role does not allow this operation"), uriInfo);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException exception) {
        return ProblemResponses.of(ProblemException.invalid(fieldErrors(exception.getConstraintViolations(),
                this::jsonName)), uriInfo);
    }

    /**
     * Bean Validation violations as field errors named as in JSON ({@code jsonName} turns a Java property name into
     * its JSON name), sorted by field and message: what a 400 lists, also for input that is not a request body.
     */
    public static List<Problem.FieldError> fieldErrors(Collection<? extends ConstraintViolation<?>> violations,
                                                       UnaryOperator<String> jsonName) {
        return violations.stream()
                .map(violation -> new Problem.FieldError(fieldName(violation, jsonName), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .collect(Collectors.toList());
    }

    @ServerExceptionMapper({JsonProcessingException.class})
    public Response unreadableJson(JsonProcessingException exception) {
        return ProblemResponses.of(unreadable(exception), uriInfo);
    }

    /** Declared separately: Quarkus ships its own (non-problem) mapper for this more specific type. */
    @ServerExceptionMapper({MismatchedInputException.class})
    public Response mismatchedInput(MismatchedInputException exception) {
        return ProblemResponses.of(unreadable(exception), uriInfo);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException exception) {
        Response problem = ProblemResponses.of(new ProblemException(409, "concurrent-update", "Concurrent update",
                "the resource was changed by another request; read it again and retry"), uriInfo);
        return Response.fromResponse(problem).header("Retry-After", CONCURRENT_UPDATE_RETRY_AFTER_SECONDS).build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception) {
        Throwable cause = exception.getCause();
        if (cause instanceof JsonProcessingException json) {
            return ProblemResponses.of(unreadable(json), uriInfo);
        }
        if (cause instanceof ProblemException problem) {
            return ProblemResponses.of(problem, uriInfo);
        }
        int status = exception.getResponse().getStatus();
        Response.StatusType statusType = exception.getResponse().getStatusInfo();
        String slug = switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
        String detail = switch (status) {
            case 404 -> "no resource at this path";
            case 405 -> "this method is not allowed on this path";
            case 406 -> NOT_ACCEPTABLE_DETAIL;
            case 415 -> UNSUPPORTED_MEDIA_TYPE_DETAIL;
            default -> exception.getMessage();
        };
        Response problem = ProblemResponses.of(new ProblemException(status, slug, statusType.getReasonPhrase(), detail)
                .toProblem(ProblemResponses.instance(uriInfo)));
        if (status == 405 && exception.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(problem).header("Allow", exception.getResponse().getHeaderString("Allow")).build();
        }
        return problem;
    }

    @ServerExceptionMapper(priority = Integer.MAX_VALUE)
    public Response unexpected(Throwable exception) {
        if (exception instanceof ProblemException problem) {
            return problem(problem);
        }
        if (DatabaseUnavailable.causedIt(exception)) {
            LOG.warnf("database unavailable: %s", exception.getMessage());
            Response problem = ProblemResponses.of(new ProblemException(503, "service-unavailable",
                    "Service unavailable", "the database cannot be reached right now; retry shortly")
                    .toProblem(ProblemResponses.instance(uriInfo)));
            return Response.fromResponse(problem).header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        String incident = java.util.UUID.randomUUID().toString();
        LOG.errorf(exception, "unexpected error, incident %s", incident);
        return ProblemResponses.of(new ProblemException(500, "internal", "Internal error",
                "the request could not be completed; incident " + incident).toProblem(ProblemResponses.instance(uriInfo)));
    }

    /**
     * The 400 problem for JSON that cannot be read: the field and what is wrong with it (an unknown field, a value of
     * the wrong type or format, an empty string, NUL), or malformed JSON with its line and column.
     */
    public static ProblemException unreadable(JsonProcessingException exception) {
        if (exception instanceof TextInput.NulCharacterException nul) {
            return ProblemException.invalid(jsonPath(nul), "must not contain the NUL character (U+0000)");
        }
        if (exception instanceof TextInput.BlankTextException blank) {
            return ProblemException.invalid(jsonPath(blank), TextInput.BLANK_MESSAGE);
        }
        if (exception instanceof UnrecognizedPropertyException unknown) {
            return ProblemException.invalid(jsonPath(unknown), "unknown field");
        }
        if (exception instanceof JsonMappingException mapping && readBlankText(mapping)) {
            return ProblemException.invalid(jsonPath(mapping), TextInput.BLANK_MESSAGE);
        }
        if (exception instanceof InvalidFormatException format) {
            return ProblemException.invalid(jsonPath(format),
                    "cannot read value '" + format.getValue() + "' as " + format.getTargetType().getSimpleName());
        }
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return ProblemException.invalid(jsonPath(mapping), "has the wrong JSON type or format");
        }
        String location = exception.getLocation() == null ? ""
                : " at line " + exception.getLocation().getLineNr() + ", column " + exception.getLocation().getColumnNr();
        String what = exception instanceof JsonParseException ? "malformed JSON" : "unreadable JSON";
        return new ProblemException(400, "malformed-json", "Malformed JSON", "the body is " + what + location);
    }

    /** Whether the value being read was an empty or blank JSON string (an id, date, code or number sent as ""). */
    private static boolean readBlankText(JsonMappingException exception) {
        if (exception instanceof InvalidFormatException format && format.getValue() instanceof String text) {
            return text.isEmpty() || TextInput.isBlank(text);
        }
        // Jackson's refusal of an empty (or, trimmed, blank) string for an id, date or code; the parser is closed by now
        String message = exception.getOriginalMessage();
        return message != null && message.startsWith("Cannot coerce empty String");
    }

    private static String jsonPath(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** A Java property name as it appears in JSON (e.g. currentCapacity is current_capacity under SNAKE_CASE). */
    private String jsonName(String propertyName) {
        PropertyNamingStrategy strategy = objectMapper.getPropertyNamingStrategy();
        return strategy instanceof PropertyNamingStrategies.NamingBase naming ? naming.translate(propertyName) : propertyName;
    }

    /**
     * Drops the method and parameter nodes of a bean-validation path: "create.body.needs[0].quantity" becomes
     * "needs[0].quantity", with property names as they appear in JSON; a violation on a query parameter is named
     * after the parameter.
     */
    private static String fieldName(ConstraintViolation<?> violation, UnaryOperator<String> jsonName) {
        StringBuilder name = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> {
                }
                case CONTAINER_ELEMENT -> {
                    if (node.getIndex() != null) {
                        name.append('[').append(node.getIndex()).append(']');
                    }
                }
                default -> {
                    if (node.getIndex() != null && !name.isEmpty()) {
                        name.append('[').append(node.getIndex()).append(']');
                    }
                    if (node.getName() != null) {
                        if (!name.isEmpty()) {
                            name.append('.');
                        }
                        name.append(jsonName.apply(node.getName()));
                    }
                }
            }
        }
        if (!name.isEmpty()) {
            return name.toString();
        }
        return parameter == null ? "body" : parameter;
    }
}
