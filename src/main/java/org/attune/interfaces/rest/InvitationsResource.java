package org.attune.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.attune.application.RoomService;
import org.attune.security.Caller;

@Path("/invitations")
@Produces(MediaType.APPLICATION_JSON)
public class InvitationsResource {

    @Inject
    Caller caller;

    @Inject
    RoomService rooms;

    @Inject
    CallLimits limits;

    /**
     * What the invitation offers, for the person holding it to decide on;
     * spends nothing. Counted like an acceptance, so that codes cannot be
     * guessed by asking.
     */
    @GET
    @Path("/{code}")
    public Dtos.InvitationOfferView offer(@PathParam("code") String code) {
        limits.count(caller, CallLimits.Call.ACCEPT);
        return Dtos.InvitationOfferView.of(rooms.offer(caller, code));
    }

    @DELETE
    @Path("/{code}")
    public Response revoke(@PathParam("code") String code) {
        rooms.revokeInvitation(caller, code);
        return Response.noContent().build();
    }

    @POST
    @Path("/{code}/accept")
    public Dtos.MembershipView accept(@PathParam("code") String code) {
        limits.count(caller, CallLimits.Call.ACCEPT);
        return Dtos.MembershipView.of(rooms.accept(caller, code));
    }
}
