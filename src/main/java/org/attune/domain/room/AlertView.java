package org.attune.domain.room;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A room's safety alert as lists show it, never with words or names: its
 * sequence number, when it was raised, how many of the practice's on-call
 * contacts were told, and when and by whom it was acknowledged (null while it
 * waits).
 */
public record AlertView(long seq, Instant raisedAt, int level, Instant acknowledgedAt, String acknowledgedBy) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    /** How long it waited for an acknowledgement; empty while it still waits. */
    public Optional<Duration> waited() {
        return Optional.ofNullable(acknowledgedAt).map(at -> Duration.between(raisedAt, at));
    }
}
