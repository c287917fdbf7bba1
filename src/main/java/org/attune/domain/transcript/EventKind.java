package org.attune.domain.transcript;

import org.attune.domain.WireNamed;

/** What happened in a room. The wire name is what clients see in an event's {@code kind}. */
public enum EventKind implements WireNamed {
    /** A member said something to the room. */
    MESSAGE("message"),
    /** Someone became a member of the room. */
    MEMBER_JOINED("member_joined");

    private final String wireName;

    EventKind(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
