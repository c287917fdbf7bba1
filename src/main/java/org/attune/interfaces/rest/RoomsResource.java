package org.attune.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.List;
import org.attune.application.RoomService;
import org.attune.domain.room.Invitation;
import org.attune.domain.room.Room;
import org.attune.domain.room.RoomKind;
import org.attune.domain.room.RoomMode;
import org.attune.domain.room.RoomRole;
import org.attune.security.Caller;

@Path("/rooms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoomsResource {

    @Inject
    Caller caller;

    @Inject
    RoomService rooms;

    @GET
    public List<Dtos.RoomView> mine() {
        return rooms.roomsOf(caller).stream()
                .map(room -> Dtos.RoomView.of(
                        room, rooms.membership(caller, room.id()).role().wireName()))
                .toList();
    }

    @POST
    public Response open(@NotNull(message = "Send the room as JSON.") @Valid Dtos.NewRoom body, @Context UriInfo uri) {
        Room room = rooms.openRoom(
                caller,
                body.name(),
                RoomKind.fromWireName(body.kind()).orElseThrow(),
                body.mode() == null
                        ? RoomMode.MODERATED
                        : RoomMode.fromWireName(body.mode()).orElseThrow());
        return Response.created(uri.getAbsolutePathBuilder().path(room.id()).build())
                .entity(Dtos.RoomView.of(room, RoomRole.THERAPIST.wireName()))
                .build();
    }

    @GET
    @Path("/{roomId}")
    public Dtos.RoomView room(@PathParam("roomId") String roomId) {
        Room room = rooms.room(caller, roomId);
        return Dtos.RoomView.of(room, rooms.membership(caller, roomId).role().wireName());
    }

    @PATCH
    @Path("/{roomId}")
    public Dtos.RoomView change(
            @PathParam("roomId") String roomId,
            @NotNull(message = "Send the changes as JSON.") @Valid Dtos.RoomChange body) {
        Room room = rooms.changeRoom(caller, roomId, body.name(), body.requiresAdmission());
        return Dtos.RoomView.of(room, RoomRole.THERAPIST.wireName());
    }

    @POST
    @Path("/{roomId}/invitations")
    public Response invite(
            @PathParam("roomId") String roomId,
            @NotNull(message = "Send the invitation as JSON.") @Valid Dtos.NewInvitation body) {
        Duration validity =
                body.validForHours() == null ? Invitation.DEFAULT_VALIDITY : Duration.ofHours(body.validForHours());
        Invitation invitation =
                rooms.invite(caller, roomId, RoomRole.fromWireName(body.role()).orElseThrow(), validity);
        return Response.status(Response.Status.CREATED)
                .entity(Dtos.InvitationView.of(invitation))
                .build();
    }
}
