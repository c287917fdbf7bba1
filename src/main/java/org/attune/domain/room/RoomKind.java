package org.attune.domain.room;

import java.util.Arrays;
import java.util.Optional;

/** Who a room is for: one couple, or one family. */
public enum RoomKind {
    COUPLE("couple"),
    FAMILY("family");

    private final String wireName;

    RoomKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<RoomKind> fromWireName(String name) {
        return Arrays.stream(values()).filter(k -> k.wireName.equals(name)).findFirst();
    }
}
