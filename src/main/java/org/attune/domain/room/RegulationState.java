package org.attune.domain.room;

import org.attune.domain.regulation.HeatTracker;
import org.attune.domain.regulation.Pause;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;

/**
 * What a room knows about regulating itself, folded from its events: the
 * pause it is taking (null for none) with its check-in, and each member's
 * running heat. {@link Pauses} and {@link MessageScreening} decide from it.
 */
final class RegulationState {

    private Pause pause;
    private final HeatTracker heat = new HeatTracker();

    Pause pause() {
        return pause;
    }

    HeatTracker heat() {
        return heat;
    }

    void fold(RoomEvent e) {
        String target = e.targetId().orElse(null);
        EventPayload payload = e.payload();
        switch (e.kind()) {
            case SESSION_ENDED, RESUMED -> pause = null;
            case MESSAGE, PARAPHRASE -> {
                if (!RoomEvent.SYSTEM_ACTOR.equals(e.actorId())) {
                    heat.sent(e.actorId(), e.occurredAt());
                }
            }
            case SIGNALS -> heat.add(target, ((EventPayload.Signals) payload).heatPercent() / 100.0, e.occurredAt());
            case ESCALATION -> heat.reset(target, e.occurredAt());
            case PAUSED -> {
                EventPayload.Paused p = (EventPayload.Paused) payload;
                pause = Pause.begun(p.reason(), e.actorId(), e.occurredAt(), p.until(), p.exercise());
            }
            case CHECK_IN -> pause = pause == null ? null : pause.checkIn();
            case READY -> pause = pause == null ? null : pause.withReady(e.actorId(), 0);
            case CALM_RATING ->
                pause = pause == null ? null : pause.withReady(target, ((EventPayload.CalmRating) payload).calm());
            default -> {}
        }
    }
}
