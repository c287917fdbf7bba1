package org.attune.domain.turn;

import java.time.Instant;
import org.attune.domain.transcript.EventKind;

/**
 * What a turn protocol decided: an event without its place in the log yet.
 * The room gives it its sequence number, time and actor.
 *
 * @param target the member it is about, if any
 * @param until a deadline, if any
 * @param amount a number that goes with it, e.g. a turn limit in seconds
 * @param text words that go with it, e.g. the name of a dialogue step
 */
public record TurnEvent(EventKind kind, String target, Instant until, Long amount, String text) {

    public TurnEvent(EventKind kind, String target, Instant until, Long amount) {
        this(kind, target, until, amount, null);
    }

    public static TurnEvent of(EventKind kind, String target) {
        return new TurnEvent(kind, target, null, null);
    }
}
