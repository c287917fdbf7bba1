package org.attune.domain.room;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.member.MemberView;
import org.attune.domain.member.RoomAccess;
import org.attune.domain.member.RoomRole;
import org.attune.domain.regulation.Exercise;
import org.attune.domain.regulation.Pause;
import org.attune.domain.regulation.PauseReason;
import org.attune.domain.regulation.RegulationSettings;
import org.attune.domain.transcript.Audience;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;

/**
 * Time-outs and check-ins. Any participant may call a time-out at any time
 * during a session, and it takes effect at once; a pause for flooding lasts
 * at least 20 minutes (Gottman: the time a flooded body takes to settle), and
 * no pause lasts over 24 hours. A therapist pauses and resumes whenever they
 * choose. When the time is up, the room checks in: each participant says
 * they are ready, with an optional calm rating (1–5) that only therapists and
 * the rater see. A guided room goes on when everyone present is ready; a
 * moderated room when its therapist resumes it. While paused, only
 * therapists speak.
 */
final class Pauses {

    private final RoomState room;

    Pauses(RoomState room) {
        this.room = room;
    }

    List<RoomEvent> decide(MemberView actor, String commandId, RoomCommand.RegulationCommand command, Instant now) {
        if (command instanceof RoomCommand.RequestPause request) {
            return request(actor, commandId, request, now);
        } else if (command instanceof RoomCommand.PauseRoom pauseRoom) {
            RoomAccess.requireTherapist(actor, "pause the room");
            Sessions.requireSession(room);
            Exercise exercise = exercise(room.regulation(), pauseRoom.exercise(), pauseRoom.minutes());
            checkLength(PauseReason.THERAPIST, pauseRoom.minutes());
            return List.of(room.record(paused(
                    room.by(actor, commandId, EventKind.PAUSED, now),
                    PauseReason.THERAPIST,
                    pauseRoom.minutes(),
                    exercise,
                    now)));
        } else if (command instanceof RoomCommand.Resume) {
            RoomAccess.requireTherapist(actor, "resume the conversation");
            if (room.currentPause() == null) {
                throw new RefusedException(Refusal.INVALID_STATE, "The room is not paused.");
            }
            return List.of(room.record(room.by(actor, commandId, EventKind.RESUMED, now)));
        }
        return ready(actor, commandId, (RoomCommand.Ready) command, now);
    }

    private List<RoomEvent> request(MemberView actor, String commandId, RoomCommand.RequestPause request, Instant now) {
        if (actor.role() != RoomRole.PARTICIPANT) {
            throw new RefusedException(
                    Refusal.FORBIDDEN,
                    actor.role() == RoomRole.THERAPIST
                            ? "As a therapist, pause the room with \"pause\"."
                            : "Observers cannot pause the room.");
        }
        Sessions.requireSession(room);
        Pause pause = room.currentPause();
        if (pause != null && !pause.checkingIn()) {
            throw new RefusedException(
                    Refusal.INVALID_STATE,
                    "The room is already taking a pause; it ends " + minutesLeft(pause.until(), now) + ".");
        }
        PauseReason reason = PauseReason.fromWireName(request.reason())
                .filter(PauseReason::requestable)
                .orElseThrow(() -> new RefusedException(
                        Refusal.BAD_REQUEST, "Say why you need a pause: flooded, overwhelmed or break."));
        RegulationSettings regulation = room.regulation();
        int minutes = request.minutes() != null
                ? request.minutes()
                : Math.max(regulation.pauseMinutes(), reason.minMinutes());
        checkLength(reason, minutes);
        Exercise exercise = exercise(regulation, request.exercise(), minutes);
        return List.of(
                room.record(paused(room.by(actor, commandId, EventKind.PAUSED, now), reason, minutes, exercise, now)));
    }

    private List<RoomEvent> ready(MemberView actor, String commandId, RoomCommand.Ready ready, Instant now) {
        if (actor.role() != RoomRole.PARTICIPANT) {
            throw new RefusedException(Refusal.FORBIDDEN, "Only participants check in.");
        }
        Pause pause = room.currentPause();
        if (pause == null) {
            throw new RefusedException(Refusal.INVALID_STATE, "There is no check-in just now.");
        }
        if (!pause.checkingIn()) {
            throw new RefusedException(
                    Refusal.INVALID_STATE,
                    "The pause is not over yet. Take the time you need; the check-in opens "
                            + minutesLeft(pause.until(), now) + ".");
        }
        Integer calm = ready.calm();
        if (calm != null && (calm < 1 || calm > 5)) {
            throw new RefusedException(Refusal.BAD_REQUEST, "A calm rating is 1 (not calm yet) to 5 (calm).");
        }
        List<RoomEvent> out = new ArrayList<>();
        out.add(room.record(room.by(actor, commandId, EventKind.READY, now)));
        if (calm != null) {
            out.add(room.record(room.by(actor, null, EventKind.CALM_RATING, now)
                    .target(actor.id(), actor.name())
                    .audience(Audience.THERAPISTS_AND_TARGET)
                    .payload(new EventPayload.CalmRating(calm))));
        }
        out.addAll(resumeIfEveryoneIsReady(now));
        return out;
    }

    /** The server: the pause's time is up; the room checks in, if that pause still stands. */
    List<RoomEvent> checkIn(RoomCommand.CheckIn checkIn, Instant now) {
        Pause pause = room.currentPause();
        return pause != null && !pause.checkingIn() && pause.until().equals(checkIn.until())
                ? List.of(room.record(room.bySystem(EventKind.CHECK_IN, now)))
                : List.of();
    }

    /** A guided room goes on when every participant who is present is ready. */
    List<RoomEvent> resumeIfEveryoneIsReady(Instant now) {
        Pause pause = room.currentPause();
        if (room.mode() != RoomMode.GUIDED
                || pause == null
                || !pause.checkingIn()
                // After a threat, the conversation waits for someone from the practice.
                || pause.reason() == PauseReason.SAFETY) {
            return List.of();
        }
        List<String> everyone = room.roster().activeParticipants();
        List<String> present = everyone.stream().filter(room.roster()::isOnline).toList();
        List<String> needed = present.isEmpty() ? everyone : present;
        return !needed.isEmpty() && pause.ready().keySet().containsAll(needed)
                ? List.of(room.record(room.bySystem(EventKind.RESUMED, now)))
                : List.of();
    }

    /** Refuses anyone but a therapist while the room is paused or checking in. */
    static void requireNotPaused(RoomState room, MemberView actor, Instant now) {
        Pause pause = room.currentPause();
        if (pause == null || actor.role() == RoomRole.THERAPIST) {
            return;
        }
        throw new RefusedException(
                Refusal.PAUSED,
                pause.checkingIn()
                        ? "The room is checking in. Say whether you are ready; the conversation goes on when everyone is"
                                + (room.mode() == RoomMode.GUIDED ? "." : ", or when your therapist resumes it.")
                        : "The room is taking a pause. Breathe, and take the time you need; the check-in opens "
                                + minutesLeft(pause.until(), now) + ".");
    }

    /** A pause event: for how long, with which exercise, and why. */
    static RoomEvent.Builder paused(
            RoomEvent.Builder b, PauseReason reason, int minutes, Exercise exercise, Instant now) {
        return b.payload(new EventPayload.Paused(reason, minutes, exercise, now.plus(Duration.ofMinutes(minutes))));
    }

    /** The chosen exercise; by default a self-soothing break for long pauses, else the room's exercise. */
    static Exercise exercise(RegulationSettings regulation, String name, int minutes) {
        if (name == null) {
            return minutes >= PauseReason.FLOODED.minMinutes() ? Exercise.SELF_SOOTHING : regulation.pauseExercise();
        }
        return Exercise.fromWireName(name)
                .orElseThrow(() -> new RefusedException(
                        Refusal.BAD_REQUEST,
                        "Unknown exercise \"" + name + "\". Choose one of: " + Exercise.names() + "."));
    }

    private static void checkLength(PauseReason reason, int minutes) {
        if (minutes < reason.minMinutes()) {
            throw new RefusedException(
                    Refusal.BAD_REQUEST,
                    reason == PauseReason.FLOODED
                            ? "A pause for flooding lasts at least 20 minutes: that is how long a body takes to calm down."
                            : "A pause lasts at least a minute.");
        }
        if (minutes > RegulationSettings.MAX_PAUSE_MINUTES) {
            throw new RefusedException(Refusal.BAD_REQUEST, "A pause lasts at most 24 hours (1,440 minutes).");
        }
    }

    /** "in about a minute", "in about 12 minutes". */
    static String minutesLeft(Instant until, Instant now) {
        long minutes = Math.max(1, (Duration.between(now, until).toSeconds() + 59) / 60);
        return minutes == 1 ? "in about a minute" : "in about " + minutes + " minutes";
    }
}
