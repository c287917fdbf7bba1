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

    public static Optional<RoomKind> fromWireName(String name) {
        return WireNamed.parse(RoomKind.class, name);
    }
}
