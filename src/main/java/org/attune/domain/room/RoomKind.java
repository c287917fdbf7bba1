package org.attune.domain.room;

import java.util.Optional;
import org.attune.domain.WireNamed;

/** Who a room is for: one couple, or one family. */
public enum RoomKind implements WireNamed {
    COUPLE("couple"),
    FAMILY("family");

    private final String wireName;

    RoomKind(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /**
     * Whether each participant answers the safety screen before joint work and
     * a therapist opens the room for it: every kind of room Attune has, couples
     * and families alike.
     */
    public boolean requiresSafetyScreen() {
        return this == COUPLE || this == FAMILY;
    }

    public static Optional<RoomKind> fromWireName(String name) {
        return WireNamed.parse(RoomKind.class, name);
    }
}
