package org.smartlibrary.kit.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Builds problem+json responses; the one place that knows the media type and the instance rule. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static Response of(ProblemException exception, UriInfo uriInfo) {
        return of(exception.toProblem(instance(uriInfo)));
    }

    public static String instance(UriInfo uriInfo) {
        return uriInfo == null ? null : "/" + uriInfo.getPath().replaceFirst("^/", "");
    }
}
