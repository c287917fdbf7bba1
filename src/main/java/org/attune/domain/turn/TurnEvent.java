package org.attune.domain.turn;

import org.attune.domain.transcript.Audience;
import org.attune.domain.transcript.EventCodec;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;

/**
 * What a turn protocol decided: an event without its place in the log yet.
 * The room gives it its sequence number, time and actor.
 *
 * @param target the member it is about, if any
 * @param payload what it says, of the type its kind carries
 * @param audience who may see it: everyone, unless it is private (a calm rating, an invitation to take time)
 */
public record TurnEvent(EventKind kind, String target, EventPayload payload, Audience audience) {

    /** An event for everyone in the room. */
    public TurnEvent(EventKind kind, String target, EventPayload payload) {
        this(kind, target, payload, Audience.EVERYONE);
    }

    /** An event that says no more than its kind and target (a grant without a deadline among them). */
    public static TurnEvent of(EventKind kind, String target) {
        return new TurnEvent(
                kind,
                target,
                EventCodec.typeOf(kind) == EventPayload.Deadline.class
                        ? new EventPayload.Deadline(null)
                        : EventPayload.None.INSTANCE);
    }
}
