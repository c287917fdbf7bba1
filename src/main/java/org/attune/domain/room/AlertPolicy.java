package org.attune.domain.room;

import java.time.Duration;
import java.util.Objects;

/**
 * How the practice answers a safety alert that no therapist of the room
 * answers: how many on-call contacts it has, told one after the other, and how
 * long each has to acknowledge an alert before the next is told.
 *
 * @param onCallContacts how many on-call contacts there are; 0 for none (alerts then wait in the room and in
 *     the practice's list)
 * @param escalateAfter how long an alert waits for an acknowledgement before the next contact is told
 */
public record AlertPolicy(int onCallContacts, Duration escalateAfter) {

    /** The default wait before the next contact is told. */
    public static final Duration DEFAULT_ESCALATE_AFTER = Duration.ofMinutes(10);

    /** No on-call contacts. */
    public static final AlertPolicy NONE = new AlertPolicy(0, DEFAULT_ESCALATE_AFTER);

    public AlertPolicy {
        Objects.requireNonNull(escalateAfter, "escalateAfter");
        if (onCallContacts < 0 || escalateAfter.isNegative() || escalateAfter.isZero()) {
            throw new IllegalArgumentException("An alert policy needs 0 or more contacts and a positive wait");
        }
    }

    /** The wait in whole minutes, at least one: what the writer is told to expect. */
    public int escalateAfterMinutes() {
        return (int) Math.max(1, (escalateAfter.toSeconds() + 59) / 60);
    }
}
