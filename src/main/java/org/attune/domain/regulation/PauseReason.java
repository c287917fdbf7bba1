package org.attune.domain.regulation;

import java.util.Optional;
import org.attune.domain.WireNamed;

/** Why a room pauses. */
public enum PauseReason implements WireNamed {
    /** Someone's body is flooded: heart racing, hard to think. Gottman: at least 20 minutes to calm down. */
    FLOODED("flooded", 20),
    /** Someone feels overwhelmed and needs a moment. */
    OVERWHELMED("overwhelmed", 1),
    /** Someone would like a short break. */
    BREAK("break", 1),
    /** A therapist paused the room. */
    THERAPIST("therapist", 1),
    /** The conversation heated up in a guided room and the room paused itself. */
    ESCALATION("escalation", 1),
    /**
     * Words in the room raised a safety concern that needs the therapist first (a
     * threat). Shown to everyone as a pause like any other, naming nobody; a
     * therapist resumes it.
     */
    SAFETY("safety", 1);

    private final String wireName;
    private final int minMinutes;

    PauseReason(String wireName, int minMinutes) {
        this.wireName = wireName;
        this.minMinutes = minMinutes;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /** The shortest pause for this reason, in minutes. */
    public int minMinutes() {
        return minMinutes;
    }

    /** Whether a participant may give this reason (the others are the system's and the therapist's). */
    public boolean requestable() {
        return this == FLOODED || this == OVERWHELMED || this == BREAK;
    }

    public static Optional<PauseReason> fromWireName(String name) {
        return WireNamed.parse(PauseReason.class, name);
    }
}
