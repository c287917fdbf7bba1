package org.attune.domain.room;

import java.time.Duration;
import java.util.Objects;

/**
 * How the practice answers what no therapist of the room answers: a safety
 * alert (how many on-call contacts it has, told one after the other, and how
 * long each has to acknowledge an alert before the next is told), and a guided
 * room's check-in that waits for someone who has not come back (how long it
 * waits before a therapist, or the first on-call contact, is told).
 *
 * @param onCallContacts how many on-call contacts there are; 0 for none (alerts then wait in the room and in
 *     the practice's list)
 * @param escalateAfter how long an alert waits for an acknowledgement before the next contact is told
 * @param checkInWait how long a guided room's check-in waits for everyone before the practice is told
 */
public record AlertPolicy(int onCallContacts, Duration escalateAfter, Duration checkInWait) {

    /** The default wait before the next contact is told. */
    public static final Duration DEFAULT_ESCALATE_AFTER = Duration.ofMinutes(10);

    /** The default wait of a check-in for everyone, after it opens, before the practice is told. */
    public static final Duration DEFAULT_CHECK_IN_WAIT = Duration.ofMinutes(15);

    /** No on-call contacts. */
    public static final AlertPolicy NONE = new AlertPolicy(0, DEFAULT_ESCALATE_AFTER);

    public AlertPolicy {
        Objects.requireNonNull(escalateAfter, "escalateAfter");
        Objects.requireNonNull(checkInWait, "checkInWait");
        if (onCallContacts < 0 || escalateAfter.isNegative() || escalateAfter.isZero()) {
            throw new IllegalArgumentException("An alert policy needs 0 or more contacts and a positive wait");
        }
        if (checkInWait.isNegative() || checkInWait.isZero()) {
            throw new IllegalArgumentException("A check-in waits for a positive time before the practice is told");
        }
    }

    /** A policy with the default wait of a check-in. */
    public AlertPolicy(int onCallContacts, Duration escalateAfter) {
        this(onCallContacts, escalateAfter, DEFAULT_CHECK_IN_WAIT);
    }

    /** The wait in whole minutes, at least one: what the writer is told to expect. */
    public int escalateAfterMinutes() {
        return (int) Math.max(1, (escalateAfter.toSeconds() + 59) / 60);
    }
}
