package org.attune.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.attune.application.RetentionService;
import org.attune.security.Caller;

/** A person's erasure request (GDPR Art. 17): they leave every room; their part is erased or held. */
@Path("/me/erasure")
@Produces(MediaType.APPLICATION_JSON)
public class ErasureResource {

    @Inject
    Caller caller;

    @Inject
    RetentionService retention;

    /** The person confirms that they mean it: erasure cannot be undone. */
    public record ErasureRequestBody(
            @NotNull(message = "refusal.validation.erasure-confirm")
            @AssertTrue(message = "refusal.validation.erasure-confirm")
            Boolean confirm) {}

    /** What became of the person's part of one room. */
    public record RoomOutcomeView(String roomId, String roomName, boolean erased, Instant heldUntil, String why) {
        static RoomOutcomeView of(RetentionService.RoomOutcome o) {
            return new RoomOutcomeView(o.roomId(), o.roomName(), o.erased(), o.heldUntil(), o.why());
        }
    }

    /** The answer to an erasure request: the person has left every room; each room's part is erased or held. */
    public record ErasureView(Instant requestedAt, boolean complete, List<RoomOutcomeView> rooms) {}

    /**
     * The caller asks for their data to be erased. They leave every room at
     * once; what no retention hold keeps is erased now, the rest when its hold
     * ends. 202: accepted, with what was erased and what is held until when.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response requestErasure(
            @NotNull(message = "refusal.validation.erasure-confirm-json") @Valid ErasureRequestBody body) {
        RetentionService.Receipt receipt = retention.requestErasure(caller);
        List<RoomOutcomeView> rooms =
                receipt.rooms().stream().map(RoomOutcomeView::of).toList();
        return Response.accepted(
                        new ErasureView(receipt.requestedAt(), rooms.stream().allMatch(RoomOutcomeView::erased), rooms))
                .build();
    }
}
