package org.attune.domain.room;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.domain.member.MemberView;

/**
 * Where the room's safety screen before joint work stands, for the therapists
 * (a participant is told only whether they answered themselves).
 *
 * @param cleared whether a therapist opened the room for joint work
 * @param answered who has answered, by member id
 * @param notAnswered participants who have not answered yet, in the order they joined
 * @param openFlags members whose flag is open, with the sequence number of the answer that opened it
 */
public record ScreenStatus(
        boolean cleared, Set<String> answered, List<MemberView> notAnswered, Map<String, Long> openFlags) {

    public ScreenStatus {
        answered = Set.copyOf(answered);
        notAnswered = List.copyOf(notAnswered);
        openFlags = Map.copyOf(openFlags);
    }
}
