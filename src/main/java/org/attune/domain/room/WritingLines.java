package org.attune.domain.room;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.attune.domain.transcript.RoomEvent;

/**
 * Who the others in one room are shown as writing, and until when (see
 * {@link Writing}). Held in memory only, by the one thread that runs the room;
 * a restart forgets it, and the pages clear their lines by themselves.
 *
 * <ul>
 *   <li>A sign of writing is passed on at most once per {@link Writing#AT_MOST_EVERY} per person; one
 *       sooner is dropped, quietly.
 *   <li>A line ends when its writer says they stopped, when anything they do is committed (their message
 *       above all), when they could no longer say it (the turn moved on, the room paused, a mute, the
 *       session ended), when they leave, or by itself after {@link Writing#SHOWN_FOR}.
 * </ul>
 */
public final class WritingLines {

    /** Until when each writer is shown. */
    private final Map<String, Instant> shownUntil = new LinkedHashMap<>();
    /** When each writer's last sign of writing was passed on. */
    private final Map<String, Instant> lastPassedOn = new LinkedHashMap<>();

    /**
     * A member writes: until when the others are to show it, or empty when a
     * sign of theirs was passed on less than {@link Writing#AT_MOST_EVERY} ago.
     */
    public Optional<Instant> writes(String memberId, Instant now) {
        Instant last = lastPassedOn.get(memberId);
        if (last != null && now.isBefore(last.plus(Writing.AT_MOST_EVERY))) {
            return Optional.empty();
        }
        lastPassedOn.put(memberId, now);
        Instant until = now.plus(Writing.SHOWN_FOR);
        shownUntil.put(memberId, until);
        return Optional.of(until);
    }

    /** A member stopped, or left: whether the others still show them writing, and must be told. */
    public boolean stops(String memberId, Instant now) {
        Instant until = shownUntil.remove(memberId);
        return until != null && now.isBefore(until);
    }

    /**
     * The writers whose lines the committed events end: theirs among them, or
     * who may no longer write; they are no longer shown. Lines past their time
     * are let go without telling anyone: the pages cleared them already.
     *
     * @param mayStillWrite whether a member could be shown as writing now
     */
    public List<String> endedBy(List<RoomEvent> events, Predicate<String> mayStillWrite, Instant now) {
        shownUntil.values().removeIf(until -> !now.isBefore(until));
        List<String> ended = new ArrayList<>();
        shownUntil.keySet().removeIf(writer -> {
            boolean ends = events.stream().anyMatch(e -> e.actorId().equals(writer)) || !mayStillWrite.test(writer);
            if (ends) {
                ended.add(writer);
            }
            return ends;
        });
        return ended;
    }

    /** Whether anyone is shown as writing. */
    public boolean isEmpty() {
        return shownUntil.isEmpty();
    }
}
