package org.attune.domain.member;

import java.util.Optional;
import org.attune.domain.WireNamed;

/**
 * A member's role inside one room. Not to be confused with realm roles (see
 * {@code org.attune.security.RealmRoles}): a realm therapist is a participant
 * nowhere until invited, and a room therapist is the moderator of that room.
 */
public enum RoomRole implements WireNamed {
    /** Moderates the room; co-therapists are allowed. */
    THERAPIST("therapist"),
    /** A partner or family member in the conversation. */
    PARTICIPANT("participant"),
    /** Reads only, e.g. a clinical supervisor. */
    OBSERVER("observer");

    private final String wireName;

    RoomRole(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public boolean mayWrite() {
        return this != OBSERVER;
    }

    public boolean moderates() {
        return this == THERAPIST;
    }

    public static Optional<RoomRole> fromWireName(String name) {
        return WireNamed.parse(RoomRole.class, name);
    }
}
