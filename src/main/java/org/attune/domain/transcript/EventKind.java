package org.attune.domain.transcript;

/** What happened in a room. The wire name is what clients see in an event's {@code kind}. */
public enum EventKind {
    /** A member said something to the room. */
    MESSAGE("message"),
    /** Someone became a member of the room. */
    MEMBER_JOINED("member_joined");

    private final String wireName;

    EventKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
