package org.attune.domain.transcript;

import org.attune.domain.WireNamed;
import org.attune.domain.member.RoomRole;

/** Who may see an event: in the live channel, on `resume`, and in the transcript. */
public enum Audience implements WireNamed {
    /** Every member of the room. */
    EVERYONE("everyone"),
    /** The room's therapists only: private notes, escalation and safety signals. */
    THERAPISTS("therapists"),
    /** The therapists and the one member the event is about, e.g. a whisper. */
    THERAPISTS_AND_TARGET("therapists_and_target"),
    /**
     * The room's participants only, not its therapists: what participants say
     * while practising between sessions, unless each shares their words.
     */
    PARTICIPANTS("participants");

    private final String wireName;

    Audience(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public boolean includes(String viewerId, RoomRole viewerRole, String targetId) {
        return switch (this) {
            case EVERYONE -> true;
            case THERAPISTS -> viewerRole == RoomRole.THERAPIST;
            case THERAPISTS_AND_TARGET -> viewerRole == RoomRole.THERAPIST || viewerId.equals(targetId);
            case PARTICIPANTS -> viewerRole == RoomRole.PARTICIPANT;
        };
    }
}
