package org.smartlibrary.assessment.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.smartlibrary.assessment.service.Versioned;
import org.smartlibrary.kit.http.Preconditions;

import java.net.URI;

/** Responses that carry the resource's ETag. */
final class ApiResponses {

    static final String ETAG_DESCRIPTION = "the version of the resource; send it as If-Match on writes";

    private ApiResponses() {
    }

    static Response ok(Versioned<?> resource) {
        return Response.ok(resource.body()).header(HttpHeaders.ETAG, Preconditions.etagHeader(resource.version())).build();
    }

    static Response created(String location, Versioned<?> resource) {
        return Response.created(URI.create(location)).entity(resource.body())
                .header(HttpHeaders.ETAG, Preconditions.etagHeader(resource.version())).build();
    }
}
