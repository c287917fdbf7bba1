package org.attune.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.attune.application.RetentionService;
import org.attune.security.Caller;

/** What a room's record holds and why, for its therapists and the practice's administrators. */
@Path("/rooms/{roomId}/records")
@Produces(MediaType.APPLICATION_JSON)
public class RoomRecordsResource {

    @Inject
    Caller caller;

    @Inject
    RetentionService retention;

    /** A person's part of the room that an erasure request is waiting for. */
    public record HeldPartView(String name, Instant requestedAt, Instant heldUntil, String why) {}

    /** How long the room's record is kept, and whose erasure it holds back. */
    public record RoomRecordsView(
            String region, int retentionYears, boolean clinicalRecord, Instant keptUntil, List<HeldPartView> held) {}

    /** What the room's record holds and why; for its therapists and the practice's administrators. */
    @GET
    public RoomRecordsView records(@PathParam("roomId") String roomId) {
        RetentionService.RoomRecords r = retention.recordsOf(caller, roomId);
        return new RoomRecordsView(
                r.region(),
                r.years(),
                r.clinical(),
                r.keptUntil(),
                r.heldForErasure().stream()
                        .map(h -> new HeldPartView(h.name(), h.requestedAt(), h.heldUntil(), h.why()))
                        .toList());
    }
}
