package org.attune.domain.turn;

import java.util.List;
import java.util.Optional;
import org.attune.domain.member.RoomRole;

/** What a turn protocol may ask of the room about its members. */
public interface Participants {

    /** The role of an active member, or empty when there is no such active member. */
    Optional<RoomRole> activeRole(String memberId);

    /** The active participants, in the order they joined. */
    List<String> activeParticipants();

    /**
     * The active participants, who has spoken least in this session first
     * (fewest words, then fewest turns; ties in the order they joined).
     */
    default List<String> leastSpokenFirst() {
        return activeParticipants();
    }
}
