package org.attune.domain.room;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.domain.member.MemberView;

/**
 * Where the room's safety screen before joint work stands, for the therapists
 * (a participant is told only whether they answered themselves).
 *
 * @param cleared whether a therapist opened the room for joint work (and no flagged answer came since)
 * @param everOpened whether a therapist ever opened it: what participants are told, since a room closed
 *     again for review would tell a partner that someone's answer raised a flag
 * @param answered who has answered, by member id
 * @param notAnswered participants who have not answered yet, in the order they joined
 * @param openFlags members whose flag is open, with the sequence number of the answer that opened it
 */
public record ScreenStatus(
        boolean cleared,
        boolean everOpened,
        Set<String> answered,
        List<MemberView> notAnswered,
        Map<String, Long> openFlags) {

    public ScreenStatus {
        answered = Set.copyOf(answered);
        notAnswered = List.copyOf(notAnswered);
        openFlags = Map.copyOf(openFlags);
    }
}
