package org.attune.domain.room;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.member.MemberView;
import org.attune.domain.member.RoomAccess;
import org.attune.domain.member.RoomRole;
import org.attune.domain.practice.Practice;
import org.attune.domain.practice.PracticeBook;
import org.attune.domain.practice.PracticeKind;
import org.attune.domain.transcript.Audience;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;

/**
 * Practice between sessions ({@link Practice}), folded from the room's events,
 * and the commands about it.
 *
 * <ul>
 *   <li>Therapists assign practice with a due time, and take open practice back.
 *   <li>A participant starts a sitting when no session runs and at least two
 *       participants are in the room: the session starts with the practice's
 *       protocol, and the room guides itself, as a guided room does, until the
 *       session ends; then the protocol chosen before comes back. The room must
 *       be open for joint work, and no safety flag open.
 *   <li>What participants say in a sitting is for the participants only: the
 *       therapists see each sitting in figures (how long, how many turns, how
 *       many messages each said). Each participant may share their own words
 *       of a practice with the therapists. What the safety screen holds back is
 *       held for the therapists as ever.
 *   <li>A participant may ask to be reminded by mail: a day before the practice
 *       is due, or halfway there when it is due sooner ({@link Practice#remindAt}),
 *       in the language of the connection they asked from.
 * </ul>
 */
final class Practices {

    /** How many practices may be open at once in a room. */
    static final int MAX_OPEN = 10;
    /** How many lines of their own words a participant may share of one practice. */
    static final int WORDS_KEPT = 200;

    private static final Pattern MAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final int MAX_MAIL = 254;

    /** A sitting under way: its practice, when it started, the protocol before it, and its figures so far. */
    private static final class Sitting {
        final long practice;
        final Instant startedAt;
        final String protocolBefore;
        int turns;
        final Map<String, Integer> messages = new LinkedHashMap<>();

        Sitting(long practice, Instant startedAt, String protocolBefore) {
            this.practice = practice;
            this.startedAt = startedAt;
            this.protocolBefore = protocolBefore;
        }
    }

    private final RoomState room;
    private final Map<Long, Practice> practices = new LinkedHashMap<>();
    private final Map<String, PracticeBook.Reminders> reminders = new LinkedHashMap<>();
    /** Each practice's words, by participant, not shared yet. */
    private final Map<Long, Map<String, List<String>>> words = new HashMap<>();

    private Sitting sitting;

    Practices(RoomState room) {
        this.room = room;
    }

    void fold(RoomEvent e) {
        String target = e.targetId().orElse(null);
        switch (e.kind()) {
            case PRACTICE_ASSIGNED -> assigned(e);
            case PRACTICE_CANCELLED ->
                change(
                        e.payload(EventPayload.PracticeRef.class).practice(),
                        p -> with(p, Practice.Status.CANCELLED, p.sittings(), p.shared(), p.reminded()));
            case PRACTICE_REMINDED ->
                change(
                        e.payload(EventPayload.PracticeRef.class).practice(),
                        p -> with(p, p.status(), p.sittings(), p.shared(), true));
            case PRACTICE_STARTED -> {
                sitting = new Sitting(
                        e.payload(EventPayload.PracticeRef.class).practice(),
                        e.occurredAt(),
                        room.protocol().name());
                room.roster().activeParticipants().forEach(id -> sitting.messages.put(id, 0));
            }
            case FLOOR_GRANTED -> {
                if (sitting != null) {
                    sitting.turns++;
                }
            }
            case MESSAGE, PARAPHRASE, CLARIFYING_QUESTION -> said(e);
            case PRACTICE_DONE -> done(e.payload(EventPayload.PracticeFigures.class), e.occurredAt());
            case PRACTICE_SHARED -> {
                long practice = e.payload(EventPayload.PracticeWords.class).practice();
                words.getOrDefault(practice, Map.of())
                        .getOrDefault(e.actorId(), new ArrayList<>())
                        .clear();
                change(practice, p -> {
                    List<String> shared = new ArrayList<>(p.shared());
                    if (!shared.contains(e.actorId())) {
                        shared.add(e.actorId());
                    }
                    return with(p, p.status(), p.sittings(), shared, p.reminded());
                });
            }
            case PRACTICE_REMINDERS_SET -> {
                EventPayload.ReminderAddress set = e.payload(EventPayload.ReminderAddress.class);
                if (set.address().isEmpty()) {
                    reminders.remove(e.actorId());
                } else {
                    reminders.put(e.actorId(), new PracticeBook.Reminders(set.address(), set.language()));
                }
            }
            case MEMBER_REMOVED -> reminders.remove(target);
            case SESSION_STARTED -> sitting = null;
            default -> {}
        }
    }

    private void assigned(RoomEvent e) {
        EventPayload.PracticeSet set = e.payload(EventPayload.PracticeSet.class);
        PracticeKind kind = PracticeKind.fromWireName(set.kind()).orElseThrow();
        practices.put(
                e.seq(),
                new Practice(
                        e.seq(),
                        kind,
                        set.due(),
                        e.occurredAt(),
                        e.actorId(),
                        Practice.Status.OPEN,
                        List.of(),
                        List.of(),
                        false));
    }

    /** A participant's words in a sitting: counted, and kept for them to share. */
    private void said(RoomEvent e) {
        if (sitting == null || e.audience() != Audience.PARTICIPANTS) {
            return;
        }
        sitting.messages.merge(e.actorId(), 1, Integer::sum);
        List<String> own = words.computeIfAbsent(sitting.practice, p -> new HashMap<>())
                .computeIfAbsent(e.actorId(), a -> new ArrayList<>());
        if (own.size() < WORDS_KEPT) {
            own.add(e.payload(EventPayload.Text.class).text());
        }
    }

    private void done(EventPayload.PracticeFigures figures, Instant at) {
        sitting = null;
        change(figures.practice(), p -> {
            List<Practice.Sitting> sittings = new ArrayList<>(p.sittings());
            Practice.Sitting one = new Practice.Sitting(
                    at.minusSeconds(figures.seconds()), figures.seconds(), figures.turns(), figures.messages());
            sittings.add(one);
            Practice.Status status =
                    p.status() == Practice.Status.OPEN && one.together() ? Practice.Status.DONE : p.status();
            return with(p, status, sittings, p.shared(), p.reminded());
        });
    }

    private void change(long practice, java.util.function.UnaryOperator<Practice> how) {
        practices.computeIfPresent(practice, (seq, p) -> how.apply(p));
    }

    private static Practice with(
            Practice p,
            Practice.Status status,
            List<Practice.Sitting> sittings,
            List<String> shared,
            boolean reminded) {
        return new Practice(
                p.seq(), p.kind(), p.due(), p.assignedAt(), p.assignedBy(), status, sittings, shared, reminded);
    }

    List<RoomEvent> decide(MemberView actor, String commandId, RoomCommand.PracticeCommand command, Instant now) {
        if (command instanceof RoomCommand.AssignPractice assign) {
            return assign(actor, commandId, assign, now);
        } else if (command instanceof RoomCommand.CancelPractice cancel) {
            RoomAccess.requireTherapist(actor, "refusal.access.therapist-only.take-practice-back");
            Practice p = open(cancel.practice());
            if (sitting != null && sitting.practice == p.seq()) {
                throw new RefusedException(Refusal.INVALID_STATE, "refusal.practice.practice-under-way-right");
            }
            return List.of(room.record(room.by(actor, commandId, EventKind.PRACTICE_CANCELLED, now)
                    .payload(new EventPayload.PracticeRef(p.seq(), p.kind().wireName()))));
        } else if (command instanceof RoomCommand.StartPractice start) {
            return start(actor, commandId, start, now);
        } else if (command instanceof RoomCommand.SharePractice share) {
            return share(actor, commandId, share, now);
        }
        RoomCommand.PracticeReminders asked = (RoomCommand.PracticeReminders) command;
        requireParticipant(actor, "refusal.practice.reminders-for-participants");
        String address = asked.email() == null ? "" : asked.email().strip();
        if (!address.isEmpty()
                && (address.length() > MAX_MAIL || !MAIL.matcher(address).matches())) {
            throw new RefusedException(Refusal.BAD_REQUEST, "refusal.practice.not-a-mail-address");
        }
        return List.of(room.record(room.by(actor, commandId, EventKind.PRACTICE_REMINDERS_SET, now)
                .target(actor.id(), actor.name())
                .audience(Audience.THERAPISTS_AND_TARGET)
                .payload(new EventPayload.ReminderAddress(address, asked.language()))));
    }

    private List<RoomEvent> assign(MemberView actor, String commandId, RoomCommand.AssignPractice assign, Instant now) {
        RoomAccess.requireTherapist(actor, "refusal.access.therapist-only.assign-practice");
        PracticeKind kind = PracticeKind.fromWireName(assign.kind())
                .orElseThrow(() -> new RefusedException(Refusal.BAD_REQUEST, "refusal.practice.unknown-kind"));
        if (kind.familiesOnly() && room.kind() != RoomKind.FAMILY) {
            throw new RefusedException(Refusal.BAD_REQUEST, "refusal.practice.round-needs-hurts-family");
        }
        if (assign.due() == null || !assign.due().isAfter(now.plus(Duration.ofMinutes(1)))) {
            throw new RefusedException(Refusal.BAD_REQUEST, "refusal.practice.due-time-future");
        }
        if (assign.due().isAfter(now.plus(Practice.FURTHEST_DUE))) {
            throw new RefusedException(Refusal.BAD_REQUEST, "refusal.practice.practice-due-most-90");
        }
        if (practices.values().stream()
                        .filter(p -> p.status() == Practice.Status.OPEN)
                        .count()
                >= MAX_OPEN) {
            throw new RefusedException(
                    Refusal.INVALID_STATE, "refusal.practice.too-many-open", Map.of("max", MAX_OPEN));
        }
        return List.of(room.record(room.by(actor, commandId, EventKind.PRACTICE_ASSIGNED, now)
                .payload(new EventPayload.PracticeSet(kind.wireName(), assign.due()))));
    }

    private List<RoomEvent> start(MemberView actor, String commandId, RoomCommand.StartPractice start, Instant now) {
        requireParticipant(actor, "refusal.practice.for-participants");
        Practice p = find(start.practice());
        if (p.status() == Practice.Status.CANCELLED) {
            throw new RefusedException(Refusal.INVALID_STATE, "refusal.practice.therapist-took-practice-back");
        }
        if (room.sessionRunning()) {
            throw new RefusedException(Refusal.INVALID_STATE, "refusal.practice.session-running-practise-when");
        }
        Pauses.requireNotPaused(room, actor, now);
        room.gate().requireOpenForJointWork(actor, true);
        if (room.roster().activeParticipants().size() < 2) {
            throw new RefusedException(Refusal.INVALID_STATE, "refusal.practice.practice-needs-least-two");
        }
        List<RoomEvent> out = new ArrayList<>();
        out.add(room.record(room.by(actor, commandId, EventKind.SESSION_STARTED, now)));
        out.add(room.record(room.by(actor, null, EventKind.PRACTICE_STARTED, now)
                .payload(new EventPayload.PracticeRef(p.seq(), p.kind().wireName()))));
        if (!p.kind().protocol().equals(room.protocol().name())) {
            out.add(room.record(room.by(actor, null, EventKind.PROTOCOL_SET, now)
                    .payload(new EventPayload.ProtocolChosen(p.kind().protocol()))));
        }
        return out;
    }

    private List<RoomEvent> share(MemberView actor, String commandId, RoomCommand.SharePractice share, Instant now) {
        requireParticipant(actor, "refusal.practice.only-participants-share");
        Practice p = find(share.practice());
        List<String> own = words.getOrDefault(p.seq(), Map.of()).getOrDefault(actor.id(), List.of());
        if (own.isEmpty()) {
            throw new RefusedException(
                    Refusal.INVALID_STATE,
                    p.shared().contains(actor.id())
                            ? "refusal.practice.already-shared"
                            : "refusal.practice.nothing-to-share");
        }
        return List.of(room.record(room.by(actor, commandId, EventKind.PRACTICE_SHARED, now)
                .target(actor.id(), actor.name())
                .audience(Audience.THERAPISTS_AND_TARGET)
                .payload(new EventPayload.PracticeWords(p.seq(), own))));
    }

    /** The session ended: a practice sitting under way is recorded in figures, and the protocol before it comes back. */
    List<RoomEvent> sessionEnded(Instant now) {
        if (sitting == null) {
            return List.of();
        }
        Practice p = practices.get(sitting.practice);
        String before = sitting.protocolBefore;
        List<RoomEvent> out = new ArrayList<>();
        out.add(room.record(room.bySystem(EventKind.PRACTICE_DONE, now)
                .payload(new EventPayload.PracticeFigures(
                        p.seq(),
                        p.kind().wireName(),
                        Duration.between(sitting.startedAt, now).toSeconds(),
                        sitting.turns,
                        sitting.messages))));
        if (!before.equals(room.protocol().name())) {
            out.add(room.record(
                    room.bySystem(EventKind.PROTOCOL_SET, now).payload(new EventPayload.ProtocolChosen(before))));
        }
        return out;
    }

    /** The server: a practice is due soon; those who asked are reminded, once, while it is open and not yet due. */
    List<RoomEvent> remind(RoomCommand.RemindPractice remind, Instant now) {
        Practice p = practices.get(remind.practice());
        if (p == null
                || p.status() != Practice.Status.OPEN
                || p.reminded()
                || reminders.isEmpty()
                || now.isBefore(p.remindAt())
                || !now.isBefore(p.due())) {
            return List.of();
        }
        return List.of(room.record(room.bySystem(EventKind.PRACTICE_REMINDED, now)
                .payload(new EventPayload.PracticeRef(p.seq(), p.kind().wireName()))));
    }

    /** When each open practice's reminder is due, while someone asked for reminders. */
    List<RoomState.Timer> timers() {
        if (reminders.isEmpty()) {
            return List.of();
        }
        return practices.values().stream()
                .filter(p -> p.status() == Practice.Status.OPEN && !p.reminded())
                .map(p -> new RoomState.Timer(p.remindAt(), new RoomCommand.RemindPractice(p.seq())))
                .toList();
    }

    /** Whether a practice sitting is under way: the room guides itself, and participants' words stay theirs. */
    boolean sitting() {
        return sitting != null;
    }

    PracticeBook book() {
        return new PracticeBook(List.copyOf(practices.values()), reminders, sitting == null ? 0 : sitting.practice);
    }

    /** The practice with this number, or a refusal. */
    private Practice find(long seq) {
        Practice p = practices.get(seq);
        if (p == null) {
            throw new RefusedException(Refusal.NOT_FOUND, "refusal.practice.no-practice-number-room");
        }
        return p;
    }

    private Practice open(long seq) {
        Practice p = find(seq);
        if (p.status() != Practice.Status.OPEN) {
            throw new RefusedException(Refusal.INVALID_STATE, "refusal.practice.practice-no-longer-open");
        }
        return p;
    }

    private static void requireParticipant(MemberView actor, String why) {
        if (actor.role() != RoomRole.PARTICIPANT) {
            throw new RefusedException(Refusal.FORBIDDEN, why);
        }
    }
}
