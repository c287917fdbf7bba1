package org.attune.domain.regulation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A pause of the room: why, by whom, until when, with which exercise, and
 * once its time is up, the check-in: who is ready, with their calm (0 when
 * they gave none).
 */
public record Pause(
        PauseReason reason,
        String by,
        Instant since,
        Instant until,
        Exercise exercise,
        boolean checkingIn,
        Map<String, Integer> ready) {

    public Pause {
        ready = Map.copyOf(ready);
    }

    /** A pause that has just begun. */
    public static Pause begun(PauseReason reason, String by, Instant since, Instant until, Exercise exercise) {
        return new Pause(reason, by, since, until, exercise, false, Map.of());
    }

    /** The pause's time is up: the room checks in. */
    public Pause checkIn() {
        return new Pause(reason, by, since, until, exercise, true, ready);
    }

    /** A member is ready, with their calm (0: none given, which keeps a rating given before). */
    public Pause withReady(String memberId, int calm) {
        Map<String, Integer> more = new LinkedHashMap<>(ready);
        more.merge(memberId, calm, (old, given) -> given == 0 ? old : given);
        return new Pause(reason, by, since, until, exercise, checkingIn, more);
    }
}
