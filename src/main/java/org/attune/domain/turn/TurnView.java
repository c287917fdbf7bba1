package org.attune.domain.turn;

import java.time.Instant;
import java.util.List;

/**
 * Where a protocol stands, as the room's members see it. Fields that do not
 * apply to a protocol are null (or empty lists).
 *
 * @param holder who holds the floor (the speaker, the sender, whose turn it is)
 * @param partner who listens and answers: the listener, the receiver
 * @param phase the protocol's phase, e.g. {@code paraphrasing}
 * @param step the dialogue step and its sentence stem, if the protocol has steps
 * @param stepBy whose step it is
 * @param deadline when the current turn ends
 * @param queue raised hands, in order
 * @param order who speaks next in a round or a repair, in order
 * @param limitSeconds how long a turn may last, 0 for no limit
 */
public record TurnView(
        String holder,
        String partner,
        String phase,
        ConversationStep step,
        String stepBy,
        Instant deadline,
        List<String> queue,
        List<String> order,
        Integer limitSeconds) {

    public TurnView {
        queue = queue == null ? List.of() : List.copyOf(queue);
        order = order == null ? List.of() : List.copyOf(order);
    }

    static final TurnView NOBODY = new TurnView(null, null, null, null, null, null, null, null, null);
}
