package org.attune.domain.turn;

import java.time.Instant;
import java.util.List;
import org.attune.domain.Refusal;
import org.attune.domain.member.RoomRole;
import org.attune.domain.transcript.RoomEvent;

/** Anyone may speak; the therapist moderates. There is no floor to hold. */
public record OpenProtocol() implements TurnProtocol {

    public static final String NAME = "open";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void checkSay(String memberId, RoomRole role) {}

    @Override
    public List<TurnEvent> decide(String actorId, TurnCommand command, Participants participants, Instant now) {
        if (TurnProtocol.isTimer(command)) {
            return List.of();
        }
        throw TurnProtocol.refused(Refusal.INVALID_STATE, "refusal.open.open-conversation-anyone-may");
    }

    @Override
    public TurnProtocol apply(RoomEvent event) {
        return this;
    }
}
