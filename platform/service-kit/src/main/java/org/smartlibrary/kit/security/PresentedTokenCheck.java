package org.smartlibrary.kit.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request that presents a bearer token gets it verified even where the operation is public: a broken, expired or
 * foreign token answers 401 instead of being silently treated as anonymous. (Authentication is lazy — proactive
 * authentication is off so that failures become problem documents — so without this a public endpoint that never
 * asks who is calling would not look at the token.)
 */
public class PresentedTokenCheck {

    @Inject
    CurrentIdentityAssociation identityAssociation;

    @ServerRequestFilter
    public Uni<Response> verifyPresentedToken(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return Uni.createFrom().nullItem();
        }
        return identityAssociation.getDeferredIdentity().replaceWith((Response) null);
    }
}
