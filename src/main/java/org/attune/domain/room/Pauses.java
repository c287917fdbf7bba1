package org.attune.domain.room;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.Words;
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
import org.attune.domain.turn.OpenProtocol;
import org.attune.domain.turn.TurnProtocol;

/**
 * Time-outs and check-ins. Any participant may call a time-out at any time
 * during a session, and it takes effect at once; a pause for flooding lasts
 * at least 20 minutes (Gottman: the time a flooded body takes to settle), and
 * no pause lasts over 24 hours. Whoever calls it may say when they will be
 * back ({@code back_at}): the break is not an exit, but an agreement to
 * return (Gottman &amp; Silver, <i>The Seven Principles for Making Marriage
 * Work</i>). A therapist pauses and resumes whenever they choose. When the
 * time is up, the room checks in: each participant says they are ready, with
 * an optional calm rating (1–5) that only therapists and the rater see; a
 * rating of 1 or 2 offers the rater, privately, more time. Anyone may ask for
 * more time at the check-in ({@link RoomCommand.MoreTime}): the break goes on,
 * within 24 hours in all, and the check-in opens again then.
 *
 * <p>A guided room goes on only when every participant is ready, also one who
 * walked away: a time-out ends with everyone. When its check-in has waited
 * the practice's time ({@link AlertPolicy#checkInWait}) for someone, the room
 * is told, calmly and naming nobody, that it waits for everyone and that the
 * therapist here, or the practice's on-call contact, was told. A moderated
 * room goes on when its therapist resumes it, as a therapist may in any room.
 * While paused, only therapists speak.
 */
final class Pauses {

    /** A calm rating at or below this, given with "ready", offers more time privately. */
    static final int NOT_CALM_YET = 2;

    /** The minutes of more time offered after such a rating. */
    static final int MORE_TIME_OFFERED = 10;

    private final RoomState room;

    Pauses(RoomState room) {
        this.room = room;
    }

    List<RoomEvent> decide(MemberView actor, String commandId, RoomCommand.RegulationCommand command, Instant now) {
        if (command instanceof RoomCommand.RequestPause request) {
            return request(actor, commandId, request, now);
        } else if (command instanceof RoomCommand.PauseRoom pauseRoom) {
            RoomAccess.requireTherapist(actor, "refusal.access.therapist-only.pause-room");
            Sessions.requireSession(room);
            Exercise exercise = exercise(room.regulation(), pauseRoom.exercise(), pauseRoom.minutes());
            checkLength(PauseReason.THERAPIST, pauseRoom.minutes());
            return List.of(room.record(paused(
                    room.by(actor, commandId, EventKind.PAUSED, now),
                    PauseReason.THERAPIST,
                    pauseRoom.minutes(),
                    exercise,
                    now)));
        } else if (command instanceof RoomCommand.MoreTime more) {
            return moreTime(actor, commandId, more.minutes(), now);
        } else if (command instanceof RoomCommand.Resume) {
            RoomAccess.requireTherapist(actor, "refusal.access.therapist-only.resume-conversation");
            if (room.currentPause() == null) {
                throw new RefusedException(Refusal.INVALID_STATE, "refusal.pause.room-not-paused");
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
                            ? "refusal.pause.therapist-use-pause"
                            : "refusal.pause.observers-cannot-pause");
        }
        Sessions.requireSession(room);
        Pause pause = room.currentPause();
        if (pause != null && !pause.checkingIn()) {
            throw new RefusedException(
                    Refusal.INVALID_STATE,
                    "refusal.pause.already-paused",
                    Map.of("when", minutesLeft(pause.until(), now)));
        }
        PauseReason reason = PauseReason.fromWireName(request.reason())
                .filter(PauseReason::requestable)
                .orElseThrow(() -> new RefusedException(Refusal.BAD_REQUEST, "refusal.pause.say-why-need-pause"));
        RegulationSettings regulation = room.regulation();
        if (request.backAt() != null) {
            return List.of(room.record(backAt(room.by(actor, commandId, EventKind.PAUSED, now), request, reason, now)));
        }
        int minutes = request.minutes() != null
                ? request.minutes()
                : Math.max(regulation.pauseMinutes(), reason.minMinutes());
        checkLength(reason, minutes);
        Exercise exercise = exercise(regulation, request.exercise(), minutes);
        return List.of(
                room.record(paused(room.by(actor, commandId, EventKind.PAUSED, now), reason, minutes, exercise, now)));
    }

    /** A time-out until the time its caller says they will be back: that time sets its length. */
    private RoomEvent.Builder backAt(
            RoomEvent.Builder b, RoomCommand.RequestPause request, PauseReason reason, Instant now) {
        if (request.minutes() != null) {
            throw new RefusedException(Refusal.BAD_REQUEST, "refusal.pause.say-either-how-many");
        }
        Instant back = request.backAt();
        if (!back.isAfter(now)) {
            throw new RefusedException(Refusal.BAD_REQUEST, "refusal.pause.choose-time-come-back");
        }
        long seconds = Duration.between(now, back).toSeconds();
        int minutes = (int) Math.min(Integer.MAX_VALUE, (seconds + 59) / 60);
        checkLength(reason, seconds < reason.minMinutes() * 60L ? 0 : minutes);
        Exercise exercise = exercise(room.regulation(), request.exercise(), minutes);
        return b.payload(new EventPayload.Paused(reason, minutes, exercise, back));
    }

    /**
     * At the check-in, someone needs more time: the break goes on until then,
     * within 24 hours from its start, and the check-in opens again. The room sees
     * that the break goes on, until when, naming nobody; therapists see who asked.
     */
    private List<RoomEvent> moreTime(MemberView actor, String commandId, int minutes, Instant now) {
        if (actor.role() != RoomRole.PARTICIPANT) {
            throw new RefusedException(
                    Refusal.FORBIDDEN,
                    actor.role() == RoomRole.THERAPIST
                            ? "refusal.pause.therapist-use-pause-again"
                            : "refusal.pause.observers-cannot-pause");
        }
        Pause pause = room.currentPause();
        if (pause == null) {
            throw new RefusedException(Refusal.INVALID_STATE, "refusal.pause.room-not-taking-break");
        }
        if (!pause.checkingIn()) {
            throw new RefusedException(
                    Refusal.INVALID_STATE,
                    "refusal.pause.break-still-going",
                    Map.of("when", minutesLeft(pause.until(), now)));
        }
        Instant until = now.plus(Duration.ofMinutes(minutes));
        if (minutes < 1 || until.isAfter(latestEnd(pause))) {
            throw new RefusedException(
                    Refusal.BAD_REQUEST,
                    "refusal.pause.more-time-range",
                    Map.of(
                            "minutes",
                            Math.max(0, Duration.between(now, latestEnd(pause)).toMinutes())));
        }
        return List.of(
                room.record(room.by(actor, commandId, EventKind.MORE_TIME, now)
                        .target(actor.id(), actor.name())
                        .audience(Audience.THERAPISTS_AND_TARGET)
                        .payload(new EventPayload.Deadline(until))),
                room.record(room.bySystem(EventKind.PAUSE_EXTENDED, now).payload(new EventPayload.Deadline(until))));
    }

    private static Instant latestEnd(Pause pause) {
        return pause.since().plus(Duration.ofMinutes(RegulationSettings.MAX_PAUSE_MINUTES));
    }

    private List<RoomEvent> ready(MemberView actor, String commandId, RoomCommand.Ready ready, Instant now) {
        if (actor.role() != RoomRole.PARTICIPANT) {
            throw new RefusedException(Refusal.FORBIDDEN, "refusal.check-in.only-participants");
        }
        Pause pause = room.currentPause();
        if (pause == null) {
            throw new RefusedException(Refusal.INVALID_STATE, "refusal.check-in.none-now");
        }
        if (!pause.checkingIn()) {
            throw new RefusedException(
                    Refusal.INVALID_STATE,
                    "refusal.check-in.pause-not-over",
                    Map.of("when", minutesLeft(pause.until(), now)));
        }
        Integer calm = ready.calm();
        if (calm != null && (calm < 1 || calm > 5)) {
            throw new RefusedException(Refusal.BAD_REQUEST, "refusal.check-in.calm-rating-range");
        }
        // Ready, but not calm yet: asked first, privately, whether they would like more
        // time. They are not counted ready (and the room does not go on) until they answer.
        boolean offer = calm != null
                && calm <= NOT_CALM_YET
                && !now.plus(Duration.ofMinutes(MORE_TIME_OFFERED)).isAfter(latestEnd(pause));
        List<RoomEvent> out = new ArrayList<>();
        if (!offer) {
            out.add(room.record(room.by(actor, commandId, EventKind.READY, now)));
        }
        if (calm != null) {
            out.add(room.record(room.by(actor, offer ? commandId : null, EventKind.CALM_RATING, now)
                    .target(actor.id(), actor.name())
                    .audience(Audience.THERAPISTS_AND_TARGET)
                    .payload(new EventPayload.CalmRating(calm))));
        }
        if (offer) {
            out.add(room.record(room.bySystem(EventKind.MORE_TIME_OFFERED, now)
                    .target(actor.id(), actor.name())
                    .audience(Audience.THERAPISTS_AND_TARGET)
                    .payload(new EventPayload.MoreTimeOffered(MORE_TIME_OFFERED))));
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

    /**
     * What the server does next by itself during a pause: open the check-in
     * when its time is up; then, in a guided room, tell a therapist or the
     * practice once if the check-in is still waiting for someone after the
     * practice's time.
     */
    Optional<RoomState.Timer> timer(Pause pause) {
        if (!pause.checkingIn()) {
            return Optional.of(new RoomState.Timer(pause.until(), new RoomCommand.CheckIn(pause.until())));
        }
        return waitsForEveryone(pause) && !pause.practiceTold()
                ? Optional.of(new RoomState.Timer(
                        pause.checkInAt().plus(room.alerts().policy().checkInWait()),
                        new RoomCommand.CheckInWaited(pause.checkInAt())))
                : Optional.empty();
    }

    /**
     * The server: the check-in has waited its time. If it still waits for
     * someone (the same check-in, not told yet), the room is told that it waits
     * for everyone and who was told: the therapist who is here, else the
     * practice's first on-call contact (by mail, after the commit), else the
     * practice. Once per check-in, whenever the timer fires.
     */
    List<RoomEvent> checkInWaited(RoomCommand.CheckInWaited waited, Instant now) {
        Pause pause = room.currentPause();
        if (pause == null
                || !pause.checkingIn()
                || pause.practiceTold()
                || !waitsForEveryone(pause)
                || !pause.checkInAt().equals(waited.openedAt())
                || now.isBefore(pause.checkInAt().plus(room.alerts().policy().checkInWait()))) {
            return List.of();
        }
        String told = room.alerts().therapistOnline()
                ? EventPayload.PracticeTold.THERAPIST
                : room.alerts().policy().onCallContacts() > 0
                        ? EventPayload.PracticeTold.ON_CALL
                        : EventPayload.PracticeTold.PRACTICE;
        return List.of(room.record(
                room.bySystem(EventKind.CHECK_IN_WAITING, now).payload(new EventPayload.PracticeTold(told))));
    }

    /** A guided room's check-in waits for everyone; after a threat, the room waits for a therapist instead. */
    private boolean waitsForEveryone(Pause pause) {
        return room.guides() && pause.reason() != PauseReason.SAFETY;
    }

    /** A guided room goes on when every participant is ready, also one who walked away during the pause. */
    List<RoomEvent> resumeIfEveryoneIsReady(Instant now) {
        Pause pause = room.currentPause();
        if (pause == null || !pause.checkingIn() || !waitsForEveryone(pause)) {
            return List.of();
        }
        List<String> everyone = room.roster().activeParticipants();
        return !everyone.isEmpty() && pause.ready().keySet().containsAll(everyone)
                ? List.of(room.record(room.bySystem(EventKind.RESUMED, now)))
                : List.of();
    }

    /** Refuses anyone but a therapist while the room is paused or checking in. */
    static void requireNotPaused(RoomState room, MemberView actor, Instant now) {
        Pause pause = room.currentPause();
        if (pause == null || actor.role() == RoomRole.THERAPIST) {
            return;
        }
        if (pause.checkingIn()) {
            throw new RefusedException(
                    Refusal.PAUSED,
                    room.guides() ? "refusal.pause.checking-in.guided" : "refusal.pause.checking-in.moderated");
        }
        throw new RefusedException(
                Refusal.PAUSED, "refusal.pause.taking-a-pause", Map.of("when", minutesLeft(pause.until(), now)));
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
                        "refusal.pause.unknown-exercise",
                        Map.of("exercise", name, "exercises", Exercise.names())));
    }

    private static void checkLength(PauseReason reason, int minutes) {
        if (minutes < reason.minMinutes()) {
            throw new RefusedException(
                    Refusal.BAD_REQUEST,
                    reason == PauseReason.FLOODED ? "refusal.pause.flooding-too-short" : "refusal.pause.too-short");
        }
        if (minutes > RegulationSettings.MAX_PAUSE_MINUTES) {
            throw new RefusedException(Refusal.BAD_REQUEST, "refusal.pause.pause-lasts-most-24");
        }
    }

    /** "in about a minute", "in about 12 minutes", in the listener's language. */
    static Words.Phrase minutesLeft(Instant until, Instant now) {
        long minutes = Math.max(1, (Duration.between(now, until).toSeconds() + 59) / 60);
        return minutes == 1
                ? Words.phrase("refusal.time.in-about-a-minute")
                : Words.phrase("refusal.time.in-about-minutes", Map.of("minutes", minutes));
    }

    /** A protocol chosen while the room is paused starts paused too: its turn clocks wait for the resume. */
    TurnProtocol chosenDuringPause(RoomEvent set) {
        Pause pause = room.regulating().pause();
        String chosenName = set.payload(EventPayload.ProtocolChosen.class).protocol();
        TurnProtocol chosen = TurnProtocol.named(chosenName == null ? OpenProtocol.NAME : chosenName);
        return pause == null
                ? chosen
                : chosen.apply(room.bySystem(EventKind.PAUSED, set.occurredAt())
                        .payload(new EventPayload.Paused(pause.reason(), 0, pause.exercise(), pause.until()))
                        .build());
    }
}
