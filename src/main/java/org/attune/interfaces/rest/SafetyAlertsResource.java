package org.attune.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.attune.application.SafetyAlertService;
import org.attune.domain.room.AlertView;
import org.attune.security.Caller;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A room's safety alerts for the clinicians who answer them: the room's
 * therapists, and the practice's therapists (realm role {@code therapist}),
 * who answer for a room whose own therapist is not there, e.g. after an
 * on-call mail. Never words, never names of who raised them.
 */
@Path("/rooms/{roomId}/safety-alerts")
@Produces(MediaType.APPLICATION_JSON)
public class SafetyAlertsResource {

    /**
     * A safety alert: its sequence number in the room's log, when it was raised,
     * how many on-call contacts were told, and, once acknowledged, when, by whom
     * and how long it waited (in seconds).
     */
    public record AlertJson(
            long seq,
            Instant raisedAt,
            int onCallContactsTold,
            boolean acknowledged,
            Instant acknowledgedAt,
            String acknowledgedBy,
            Long waitedSeconds) {

        static AlertJson of(AlertView a) {
            return new AlertJson(
                    a.seq(),
                    a.raisedAt(),
                    a.level(),
                    a.acknowledged(),
                    a.acknowledgedAt(),
                    a.acknowledgedBy(),
                    a.waited().map(d -> d.toSeconds()).orElse(null));
        }
    }

    @Inject
    Caller caller;

    @Inject
    SafetyAlertService alerts;

    @GET
    @APIResponse(
            responseCode = "200",
            description = "The room's safety alerts, those waiting for an acknowledgement first, each oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AlertJson.class)))
    @APIResponse(responseCode = "403", description = "Not a therapist of the room or of the practice")
    public List<AlertJson> list(@PathParam("roomId") String roomId) {
        return alerts.alertsOf(caller, roomId).stream().map(AlertJson::of).toList();
    }

    /**
     * Acknowledges a safety alert: no further on-call contact is told, and the
     * room's therapists see {@code alert_acknowledged} live.
     */
    @POST
    @Path("/{seq}/acknowledge")
    @APIResponse(
            responseCode = "200",
            description = "The alert, acknowledged, with how long it waited",
            content = @Content(schema = @Schema(implementation = AlertJson.class)))
    @APIResponse(responseCode = "403", description = "Not a therapist of the room or of the practice")
    @APIResponse(responseCode = "404", description = "No such room, or no safety alert with that number in it")
    @APIResponse(responseCode = "409", description = "The alert was already acknowledged")
    public AlertJson acknowledge(@PathParam("roomId") String roomId, @PathParam("seq") long seq) {
        return AlertJson.of(alerts.acknowledge(caller, roomId, seq));
    }
}
