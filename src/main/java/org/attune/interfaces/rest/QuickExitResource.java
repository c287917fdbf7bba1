package org.attune.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.attune.domain.Words;
import org.attune.interfaces.web.SignOut;

/**
 * "Leave quickly" signs the person out as it leaves: the page sends this as a
 * beacon while it goes to the neutral site, so that whoever picks up the
 * device next finds Attune signed out, here and at Keycloak, and Back or a
 * new tab shows no room. No body; 204.
 */
@Path("/me/quick-exit")
public class QuickExitResource {

    @Inject
    SignOut signOut;

    @Context
    HttpServletRequest request;

    @POST
    public Response leftQuickly() throws ServletException {
        signOut.endEverywhere(request, Words.phrase("farewell.left-quickly"));
        return Response.noContent().build();
    }
}
