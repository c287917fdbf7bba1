package org.attune.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.List;
import org.attune.application.RoomService;
import org.attune.application.TranscriptService;
import org.attune.domain.Language;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.member.RoomRole;
import org.attune.domain.room.Invitation;
import org.attune.domain.room.Room;
import org.attune.domain.room.RoomKind;
import org.attune.domain.room.RoomMode;
import org.attune.security.Caller;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/rooms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoomsResource {

    @Inject
    Caller caller;

    @Inject
    RoomService rooms;

    @Inject
    TranscriptService transcripts;

    @Inject
    CallLimits limits;

    @GET
    public List<Dtos.RoomView> mine() {
        return rooms.roomsOf(caller).stream()
                .map(mine ->
                        Dtos.RoomView.of(mine.room(), mine.membership().role().wireName()))
                .toList();
    }

    @POST
    public Response open(
            @NotNull(message = "refusal.validation.room-json") @Valid Dtos.NewRoom body, @Context UriInfo uri) {
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
            @NotNull(message = "refusal.validation.changes-json") @Valid Dtos.RoomChange body) {
        Room room = rooms.changeRoom(
                caller,
                roomId,
                body.name(),
                body.requiresAdmission(),
                new RoomService.RegulationChange(
                        body.pauseMinutes(), body.pauseExercise(), body.escalationThreshold(), body.crisisRegion()));
        return Dtos.RoomView.of(room, RoomRole.THERAPIST.wireName());
    }

    @DELETE
    @Path("/{roomId}")
    public Response delete(@PathParam("roomId") String roomId) {
        rooms.deleteRoom(caller, roomId);
        return Response.noContent().build();
    }

    @GET
    @Path("/{roomId}/invitations")
    public List<Dtos.InvitationView> invitations(@PathParam("roomId") String roomId) {
        return rooms.openInvitations(caller, roomId).stream()
                .map(Dtos.InvitationView::of)
                .toList();
    }

    @GET
    @Path("/{roomId}/transcript")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @APIResponse(
            responseCode = "200",
            description =
                    "What the caller may see of the room's record: events with structured payloads, and who spoke",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = Dtos.TranscriptView.class)),
                @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))
            })
    public Response transcript(
            @PathParam("roomId") String roomId,
            @Parameter(description = "json (the default), text or html") @QueryParam("format") String format,
            @Parameter(description = RequestLanguage.DESCRIPTION) @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        String chosen = format == null ? "json" : format;
        if (!List.of("json", "text", "html").contains(chosen)) {
            throw new RefusedException(Refusal.BAD_REQUEST, "refusal.transcript.format-json-text-html");
        }
        // The session summaries are drawn in the text and HTML transcripts only.
        TranscriptService.Transcript t = transcripts.read(caller, roomId, !"json".equals(chosen));
        // The readable transcripts are written in the reader's language; the JSON holds codes and people's words.
        Language language = RequestLanguage.of(lang, headers);
        return switch (chosen) {
            case "text" ->
                Response.ok(TranscriptRenderer.text(t, language), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                        .header(HttpHeaders.CONTENT_LANGUAGE, language.wireName())
                        .build();
            case "html" ->
                Response.ok(TranscriptRenderer.html(t, language), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                        .header(HttpHeaders.CONTENT_LANGUAGE, language.wireName())
                        .build();
            default ->
                Response.ok(
                                new Dtos.TranscriptView(
                                        t.room().id(),
                                        t.room().name(),
                                        t.events().stream().map(EventView::of).toList(),
                                        t.participation().stream()
                                                .map(Dtos.ParticipationView::of)
                                                .toList()),
                                MediaType.APPLICATION_JSON_TYPE)
                        .build();
        };
    }

    @GET
    @Path("/{roomId}/audit")
    public List<Dtos.AuditView> audit(@PathParam("roomId") String roomId) {
        return transcripts.auditOf(caller, roomId).stream()
                .map(Dtos.AuditView::of)
                .toList();
    }

    @POST
    @Path("/{roomId}/invitations")
    public Response invite(
            @PathParam("roomId") String roomId,
            @NotNull(message = "refusal.validation.invitation-json") @Valid Dtos.NewInvitation body) {
        limits.count(caller, CallLimits.Call.INVITE);
        Duration validity =
                body.validForHours() == null ? Invitation.DEFAULT_VALIDITY : Duration.ofHours(body.validForHours());
        Invitation invitation =
                rooms.invite(caller, roomId, RoomRole.fromWireName(body.role()).orElseThrow(), validity);
        return Response.status(Response.Status.CREATED)
                .entity(Dtos.InvitationView.of(invitation))
                .build();
    }
}
