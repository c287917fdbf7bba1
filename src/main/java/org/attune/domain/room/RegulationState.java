package org.attune.domain.room;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.attune.domain.regulation.HeatTracker;
import org.attune.domain.regulation.Pause;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;

/**
 * What a room knows about regulating itself, folded from its events: the
 * pause it is taking (null for none) with its check-in, each member's
 * running heat, and the messages held back from the room that their writers
 * may still share. {@link Pauses}, {@link MessageScreening} and
 * {@link Conversation} decide from it.
 */
final class RegulationState {

    /** How many held messages a room keeps open for sharing; older ones can no longer be shared. */
    static final int HELD_REMEMBERED = 100;

    /** A message held back from the room, by its writer, that may still be shared. */
    record Held(String writerId, String text) {}

    /** A time-out is suggested to the same writer at most once in this long. */
    static final Duration SUGGEST_AGAIN_AFTER = Duration.ofMinutes(10);

    private Pause pause;
    private final Map<String, Instant> suggested = new HashMap<>();
    private final HeatTracker heat = new HeatTracker();
    private final Map<Long, Held> shareable = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Held> eldest) {
            return size() > HELD_REMEMBERED;
        }
    };

    /** The held message with this sequence number, if it may still be shared. */
    Optional<Held> shareable(long seq) {
        return Optional.ofNullable(shareable.get(seq));
    }

    /** Whether a time-out may be suggested to this writer now: none was in the last {@link #SUGGEST_AGAIN_AFTER}. */
    boolean maySuggestPauseTo(String writerId, Instant now) {
        Instant last = suggested.get(writerId);
        return last == null || !now.isBefore(last.plus(SUGGEST_AGAIN_AFTER));
    }

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
            case MESSAGE, PARAPHRASE, CLARIFYING_QUESTION -> {
                if (!RoomEvent.SYSTEM_ACTOR.equals(e.actorId())) {
                    heat.sent(e.actorId(), e.occurredAt());
                }
            }
            case SIGNALS -> heat.add(target, ((EventPayload.Signals) payload).heatPercent() / 100.0, e.occurredAt());
            case ESCALATION -> heat.reset(target, e.occurredAt());
            case REPAIR_ATTEMPT ->
                heat.set(target, ((EventPayload.Signals) payload).heatPercent() / 100.0, e.occurredAt());
            case PAUSED -> {
                EventPayload.Paused p = (EventPayload.Paused) payload;
                pause = Pause.begun(p.reason(), e.actorId(), e.occurredAt(), p.until(), p.exercise());
            }
            case HELD_MESSAGE -> {
                EventPayload.Held held = (EventPayload.Held) payload;
                if (held.shareable()) {
                    shareable.put(e.seq(), new Held(e.actorId(), held.text()));
                }
            }
            case HELD_SHARED -> shareable.remove(((EventPayload.Shared) payload).held());
            case CHECK_IN -> pause = pause == null ? null : pause.checkIn(e.occurredAt());
            case PAUSE_EXTENDED ->
                pause = pause == null ? null : pause.extendedUntil(((EventPayload.Deadline) payload).until());
            case PAUSE_SUGGESTED -> suggested.put(target, e.occurredAt());
            case CHECK_IN_WAITING ->
                pause = pause == null ? null : pause.practiceWasTold(((EventPayload.PracticeTold) payload).told());
            case READY -> pause = pause == null ? null : pause.withReady(e.actorId(), 0);
            case CALM_RATING ->
                pause = pause == null ? null : pause.withCalm(target, ((EventPayload.CalmRating) payload).calm());
            default -> {}
        }
    }
}
