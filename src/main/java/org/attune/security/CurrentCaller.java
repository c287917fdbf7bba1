package org.attune.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;

/** Produces the {@link Caller} of the current HTTP request. */
@RequestScoped
public class CurrentCaller {

    @Inject
    HttpServletRequest request;

    @Produces
    Caller caller() {
        return CallerResolver.fromPrincipal(request.getUserPrincipal())
                .orElseThrow(() -> new NotAuthorizedException("Bearer realm=\"attune\""));
    }
}
