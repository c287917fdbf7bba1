package org.attune.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.attune.application.TranscriptService;
import org.attune.domain.Language;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.summary.SessionSummary;
import org.attune.security.Caller;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Each sitting of a room seen whole, for its therapists: in figures, and as a
 * picture. Ruptures (escalations, time-outs, safety pauses) are linked to the
 * repairs that closed them, so the time to repair can be followed from one
 * session to the next.
 */
@Path("/rooms/{roomId}/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {

    static final String SVG = "image/svg+xml";

    @Inject
    Caller caller;

    @Inject
    TranscriptService transcripts;

    /** One member's share of a sitting. */
    public record TalkView(String member, String name, int turns, int messages, int words, long talkSeconds) {}

    /** A rupture and, when one closed it, its repair. */
    public record RuptureView(
            long seq,
            Instant at,
            List<String> kinds,
            String repairedBy,
            Long repairSeq,
            Instant repairedAt,
            Long secondsToRepair) {}

    /** A pause, from its start to the resume (null: the sitting ended first). */
    public record PauseView(Instant at, Instant resumedAt, String reason) {}

    /** A safety alert of the sitting and how long it waited for a clinician. */
    public record AlertView(long seq, Instant at, String member, Instant acknowledgedAt, long waitedSeconds) {}

    /** The heat of one message, in percent. */
    public record HeatView(Instant at, String member, int percent) {}

    /**
     * One sitting seen whole; {@code chart} is the address of its picture;
     * {@code practice} the kind of practice a sitting between sessions was, else null.
     */
    public record SessionView(
            int number,
            String practice,
            Instant startedAt,
            Instant endedAt,
            long seconds,
            List<TalkView> talk,
            List<HeatView> heat,
            List<PauseView> pauses,
            List<RuptureView> ruptures,
            int repaired,
            Long medianSecondsToRepair,
            List<AlertView> alerts,
            int positive,
            int negative,
            String summary,
            String chart) {}

    /** A room's sittings, oldest first. */
    @GET
    @APIResponse(
            responseCode = "200",
            description = "The room's sessions, oldest first, in figures; for its therapists only",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SessionView.class)))
    public List<SessionView> sessions(
            @PathParam("roomId") String roomId,
            @Parameter(description = RequestLanguage.DESCRIPTION + " (for each session's summary)") @QueryParam("lang")
                    String lang,
            @Context HttpHeaders headers) {
        TranscriptService.Transcript t = transcripts.sessions(caller, roomId);
        Language language = RequestLanguage.of(lang, headers);
        return t.sessions().stream().map(s -> view(t, s, language)).toList();
    }

    /** One sitting as a picture: the heat over time, pauses, ruptures linked to repairs, alerts, who spoke. */
    @GET
    @Path("/{number}/chart")
    @Produces(SVG)
    @APIResponse(
            responseCode = "200",
            description = "The session as an SVG picture with a description in words; for the room's therapists only",
            content = @Content(mediaType = SVG, schema = @Schema(type = SchemaType.STRING)))
    public Response chart(
            @PathParam("roomId") String roomId,
            @PathParam("number") int number,
            @Parameter(description = RequestLanguage.DESCRIPTION) @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        TranscriptService.Transcript t = transcripts.sessions(caller, roomId);
        SessionSummary s = t.sessions().stream()
                .filter(x -> x.number() == number)
                .findFirst()
                .orElseThrow(() -> new RefusedException(
                        Refusal.NOT_FOUND, "refusal.session.no-such-session", Map.of("number", number)));
        Language language = RequestLanguage.of(lang, headers);
        return Response.ok(SessionChart.svg(s, t::nameOf, t.readAt(), language), SVG + ";charset=utf-8")
                .header("Cache-Control", "no-store")
                .header(HttpHeaders.CONTENT_LANGUAGE, language.wireName())
                .build();
    }

    private static SessionView view(TranscriptService.Transcript t, SessionSummary s, Language language) {
        Instant now = t.readAt();
        return new SessionView(
                s.number(),
                s.practice(),
                s.startedAt(),
                s.endedAt(),
                s.length(now).toSeconds(),
                s.talk().stream()
                        .map(x -> new TalkView(
                                x.memberId(),
                                t.nameOf(x.memberId()),
                                x.turns(),
                                x.messages(),
                                x.words(),
                                x.talkTime().toSeconds()))
                        .toList(),
                s.heat().stream()
                        .map(h -> new HeatView(h.at(), h.memberId(), h.percent()))
                        .toList(),
                s.pauses().stream()
                        .map(p -> new PauseView(p.at(), p.resumedAt(), p.reason()))
                        .toList(),
                s.ruptures().stream()
                        .map(r -> new RuptureView(
                                r.seq(),
                                r.at(),
                                r.kinds().stream()
                                        .map(SessionSummary.RuptureKind::wireName)
                                        .toList(),
                                r.repaired() ? r.repairedBy().wireName() : null,
                                r.repaired() ? r.repairSeq() : null,
                                r.repairedAt(),
                                r.timeToRepair().map(Duration::toSeconds).orElse(null)))
                        .toList(),
                (int) s.repaired(),
                s.medianTimeToRepair().map(Duration::toSeconds).orElse(null),
                s.alerts().stream()
                        .map(a -> new AlertView(
                                a.seq(),
                                a.at(),
                                a.memberId(),
                                a.acknowledgedAt(),
                                a.waited(now).toSeconds()))
                        .toList(),
                s.positive(),
                s.negative(),
                SessionChart.describe(s, t::nameOf, now, language),
                "/api/rooms/" + t.room().id() + "/sessions/" + s.number() + "/chart");
    }
}
