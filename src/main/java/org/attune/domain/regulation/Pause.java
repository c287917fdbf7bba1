package org.attune.domain.regulation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A pause of the room: why, by whom, until when, with which exercise, and
 * once its time is up, the check-in: when it opened, who is ready, with their
 * calm (0 when they gave none), and whether the practice was told that it
 * waits for someone.
 *
 * @param checkInAt when the check-in opened; null while the pause runs
 * @param told who was told that this check-in waits for someone ({@code therapist}, {@code on_call} or
 *     {@code practice}); null while nobody was
 */
public record Pause(
        PauseReason reason,
        String by,
        Instant since,
        Instant until,
        Exercise exercise,
        Instant checkInAt,
        Map<String, Integer> ready,
        String told) {

    public Pause {
        ready = Map.copyOf(ready);
    }

    /** A pause that has just begun. */
    public static Pause begun(PauseReason reason, String by, Instant since, Instant until, Exercise exercise) {
        return new Pause(reason, by, since, until, exercise, null, Map.of(), null);
    }

    /** Whether its time is up and the room checks in. */
    public boolean checkingIn() {
        return checkInAt != null;
    }

    /** The pause's time is up: the room checks in. */
    public Pause checkIn(Instant at) {
        return new Pause(reason, by, since, until, exercise, at, ready, told);
    }

    /**
     * Someone needs more time: the break goes on until a later time, and the
     * check-in closes, to open again then; everyone checks in afresh.
     */
    public Pause extendedUntil(Instant later) {
        return new Pause(reason, by, since, later, exercise, null, Map.of(), null);
    }

    /** Whether a therapist, or the practice, was told that the check-in waits for someone. */
    public boolean practiceTold() {
        return told != null;
    }

    /** A therapist, or the practice, was told that the check-in waits for someone: who. */
    public Pause practiceWasTold(String who) {
        return new Pause(reason, by, since, until, exercise, checkInAt, ready, who);
    }

    /**
     * A ready member's calm rating; a rating of someone not (yet) ready, who is
     * asked first whether they would like more time, does not make them ready.
     */
    public Pause withCalm(String memberId, int calm) {
        return ready.containsKey(memberId) ? withReady(memberId, calm) : this;
    }

    /** A member is ready, with their calm (0: none given, which keeps a rating given before). */
    public Pause withReady(String memberId, int calm) {
        Map<String, Integer> more = new LinkedHashMap<>(ready);
        more.merge(memberId, calm, (old, given) -> given == 0 ? old : given);
        return new Pause(reason, by, since, until, exercise, checkInAt, more, told);
    }
}
