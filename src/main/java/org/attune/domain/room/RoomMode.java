package org.attune.domain.room;

import java.util.Optional;
import org.attune.domain.WireNamed;

/** Moderated: a therapist runs the room live. Guided: the protocol engine does, the therapist reviews later. */
public enum RoomMode implements WireNamed {
    MODERATED("moderated"),
    GUIDED("guided");

    private final String wireName;

    RoomMode(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static Optional<RoomMode> fromWireName(String name) {
        return WireNamed.parse(RoomMode.class, name);
    }
}
