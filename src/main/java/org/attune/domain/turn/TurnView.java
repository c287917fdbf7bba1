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
 * @param appointment Imago: the time the partner named for the dialogue, if any
 * @param again whether the step is asked for again (Imago: after "not quite")
 * @param reminder a word for everyone while the protocol runs, e.g. speaker-listener's "no problem solving"
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
        Integer limitSeconds,
        Instant appointment,
        boolean again,
        String reminder) {

    public TurnView {
        queue = queue == null ? List.of() : List.copyOf(queue);
        order = order == null ? List.of() : List.copyOf(order);
    }

    public TurnView(
            String holder,
            String partner,
            String phase,
            ConversationStep step,
            String stepBy,
            Instant deadline,
            List<String> queue,
            List<String> order,
            Integer limitSeconds) {
        this(holder, partner, phase, step, stepBy, deadline, queue, order, limitSeconds, null, false, null);
    }

    static final TurnView NOBODY = new TurnView(null, null, null, null, null, null, null, null, null);
}
