package org.attune.domain.turn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.domain.member.RoomRole;

/** Room members by role, in the order given, as the protocols see them. */
record TestParticipants(LinkedHashMap<String, RoomRole> roles) implements Participants {

    /** A therapist, three participants and an observer. */
    static final TestParticipants FAMILY = of(
            "maya", RoomRole.THERAPIST,
            "alex", RoomRole.PARTICIPANT,
            "sam", RoomRole.PARTICIPANT,
            "jamie", RoomRole.PARTICIPANT,
            "riley", RoomRole.OBSERVER);

    RoomRole roleOf(String id) {
        return roles.get(id);
    }

    static TestParticipants of(Object... idsAndRoles) {
        LinkedHashMap<String, RoomRole> roles = new LinkedHashMap<>();
        for (int i = 0; i < idsAndRoles.length; i += 2) {
            roles.put((String) idsAndRoles[i], (RoomRole) idsAndRoles[i + 1]);
        }
        return new TestParticipants(roles);
    }

    @Override
    public Optional<RoomRole> activeRole(String memberId) {
        return Optional.ofNullable(roles.get(memberId));
    }

    @Override
    public List<String> activeParticipants() {
        return roles.entrySet().stream()
                .filter(e -> e.getValue() == RoomRole.PARTICIPANT)
                .map(Map.Entry::getKey)
                .toList();
    }
}
