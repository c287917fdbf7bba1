package org.attune.domain.room;

import java.util.Arrays;
import java.util.Optional;

/** Moderated: a therapist runs the room live. Guided: the protocol engine does, the therapist reviews later. */
public enum RoomMode {
    MODERATED("moderated"),
    GUIDED("guided");

    private final String wireName;

    RoomMode(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<RoomMode> fromWireName(String name) {
        return Arrays.stream(values()).filter(m -> m.wireName.equals(name)).findFirst();
    }
}
