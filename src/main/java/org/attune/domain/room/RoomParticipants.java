package org.attune.domain.room;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.attune.domain.member.RoomRole;
import org.attune.domain.member.Roster;
import org.attune.domain.transcript.TalkStats;
import org.attune.domain.turn.Participants;

/** A room's members as the turn protocols see them: who is in the room, in what role, and who has spoken least. */
final class RoomParticipants implements Participants {

    private final Roster roster;
    private final Supplier<TalkStats> talk;

    RoomParticipants(Roster roster, Supplier<TalkStats> talk) {
        this.roster = roster;
        this.talk = talk;
    }

    @Override
    public Optional<RoomRole> activeRole(String memberId) {
        return roster.activeRole(memberId);
    }

    @Override
    public List<String> activeParticipants() {
        return roster.activeParticipants();
    }

    @Override
    public List<String> leastSpokenFirst() {
        TalkStats stats = talk.get();
        return activeParticipants().stream()
                .sorted(Comparator.comparingInt(
                                (String id) -> stats.recorded(id).words())
                        .thenComparingInt(id -> stats.recorded(id).turns()))
                .toList();
    }
}
