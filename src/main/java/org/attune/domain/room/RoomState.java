package org.attune.domain.room;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.regulation.CrisisResources;
import org.attune.domain.regulation.EscalationDetector;
import org.attune.domain.regulation.Evidence;
import org.attune.domain.regulation.Exercise;
import org.attune.domain.regulation.HeatTracker;
import org.attune.domain.regulation.PauseReason;
import org.attune.domain.regulation.SafetyScreen;
import org.attune.domain.regulation.Signal;
import org.attune.domain.transcript.Audience;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.RoomEvent;
import org.attune.domain.transcript.TalkStats;
import org.attune.domain.turn.OpenProtocol;
import org.attune.domain.turn.Participants;
import org.attune.domain.turn.TurnCommand;
import org.attune.domain.turn.TurnEvent;
import org.attune.domain.turn.TurnProtocol;

/**
 * The live state of one room: who is in it and in what standing, whether a
 * session is running, who is muted until when, and the room's sequence.
 *
 * <p>The state is rebuilt from the room, its members and its event log
 * ({@link #rebuild}); afterwards {@link #handle} decides each command against
 * the rules below and returns the events it produces, already applied. A
 * refused command changes nothing. The rules:
 *
 * <ul>
 *   <li>Only active members act. Someone waiting in the lobby is told so; a
 *       removed member is no longer a member.
 *   <li>Observers read only.
 *   <li>Therapists moderate: guidance, whispers, notes, sessions, mutes,
 *       removal and admission are theirs. In a guided room, a participant may
 *       start and end the session.
 *   <li>Participants speak only while a session runs, and not while muted.
 *   <li>A mute lasts 1 to 1,440 minutes and ends by itself.
 *   <li>Each command id of an actor is applied once: its events are found
 *       again by {@link #seqOfCommand}.
 * </ul>
 */
public final class RoomState {

    public static final int MAX_MUTE_MINUTES = 24 * 60;
    /** A bound on what a protocol may do by itself after one command; none needs more than a few. */
    private static final int MAX_FOLLOW_UPS = 8;

    /** One member as the room sees them now. */
    public record MemberView(String id, String name, RoomRole role, MemberStatus status, Instant mutedUntil) {
        public boolean mutedAt(Instant now) {
            return mutedUntil != null && now.isBefore(mutedUntil);
        }
    }

    private final String roomId;
    private String name;
    private final RoomKind kind;
    private final RoomMode mode;
    private boolean requiresAdmission;
    private long lastSeq;
    private Instant sessionStartedAt;
    private final Map<String, MemberView> members = new LinkedHashMap<>();
    private final Map<String, Long> commands = new HashMap<>();
    private TurnProtocol protocol = new OpenProtocol();
    private TalkStats talk = new TalkStats();
    private RegulationSettings regulation;
    private Pause pause;
    private final HeatTracker heat = new HeatTracker();
    private final Set<String> online = new HashSet<>();
    private boolean presenceKnown;

    private RoomState(Room room) {
        this.roomId = room.id();
        this.name = room.name();
        this.kind = room.kind();
        this.mode = room.mode();
        this.requiresAdmission = room.requiresAdmission();
        this.regulation = room.regulation();
    }

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

        Pause checkIn() {
            return new Pause(reason, by, since, until, exercise, true, ready);
        }

        Pause withReady(String memberId, int calm) {
            Map<String, Integer> more = new LinkedHashMap<>(ready);
            more.merge(memberId, calm, (old, given) -> given == 0 ? old : given);
            return new Pause(reason, by, since, until, exercise, checkingIn, more);
        }
    }

    /** Something the server must do by itself at a given time: end a turn, or check in after a pause. */
    public record Timer(Instant at, RoomCommand command) {}

    /**
     * The state after the given history. Memberships come from the member
     * records; sessions, mutes, the sequence and the applied command ids from the
     * events.
     */
    public static RoomState rebuild(Room room, Collection<Member> memberRecords, List<RoomEvent> events) {
        RoomState state = new RoomState(room);
        for (Member m : memberRecords) {
            state.members.put(m.userId(), new MemberView(m.userId(), m.displayName(), m.role(), m.status(), null));
        }
        for (RoomEvent e : events) {
            state.replay(e);
        }
        return state;
    }

    /**
     * Decides a command. Returns the events it produces (possibly none), with
     * this room's next sequence numbers, already applied to this state.
     *
     * After the command's own events come those the turn protocol adds by
     * itself (see {@link TurnProtocol#followUp}).
     *
     * @throws RefusedException when the command is not allowed now; nothing changed
     */
    public List<RoomEvent> handle(String actorId, String commandId, RoomCommand command, Instant now) {
        List<RoomEvent> events = new ArrayList<>(decide(actorId, commandId, command, now));
        if (!events.isEmpty()) {
            events.addAll(followUps(now));
        }
        return events;
    }

    /** What the turn protocol does by itself while a session runs; guided rooms moderate themselves. */
    private List<RoomEvent> followUps(Instant now) {
        List<RoomEvent> events = new ArrayList<>();
        if (mode == RoomMode.GUIDED
                && presenceKnown
                && participants.activeParticipants().stream().noneMatch(online::contains)) {
            // Nobody is there: a guided room does not go on by itself with no one to take part.
            return events;
        }
        for (int round = 0; round < MAX_FOLLOW_UPS && sessionRunning() && pause == null; round++) {
            List<TurnEvent> decided = protocol.followUp(participants, mode == RoomMode.GUIDED, now);
            if (decided.isEmpty()) {
                break;
            }
            events.addAll(recordTurnEvents(decided, null, null, now));
        }
        return events;
    }

    private List<RoomEvent> decide(String actorId, String commandId, RoomCommand command, Instant now) {
        Objects.requireNonNull(command, "command");
        if (command instanceof RoomCommand.Join join) {
            return join(join, now);
        }
        if (command instanceof RoomCommand.ExpireMute expire) {
            return expireMute(expire, now);
        }
        if (command instanceof RoomCommand.Turn turn
                && (turn.turn() instanceof TurnCommand.WarnTurnEnding || turn.turn() instanceof TurnCommand.EndTurn)) {
            return pause != null
                    ? List.of()
                    : recordTurnEvents(protocol.decide(actorId, turn.turn(), participants, now), null, null, now);
        }
        if (command instanceof RoomCommand.CheckIn checkIn) {
            return pause != null && !pause.checkingIn() && pause.until().equals(checkIn.until())
                    ? List.of(record(system(EventKind.CHECK_IN, now)))
                    : List.of();
        }
        if (command instanceof RoomCommand.ReviewReadiness) {
            return resumeIfEveryoneIsReady(now);
        }
        MemberView actor = activeMember(actorId);
        List<RoomEvent> events = new ArrayList<>();
        if (command instanceof RoomCommand.Say say) {
            if (actor.role() == RoomRole.OBSERVER) {
                throw refused(Refusal.FORBIDDEN, "Observers can read the conversation but not write in it.");
            }
            requireSession();
            if (actor.mutedAt(now)) {
                throw refused(
                        Refusal.MUTED,
                        "Your therapist has paused your messages for now. You can write again "
                                + minutesLeft(actor.mutedUntil(), now) + ".");
            }
            requireNotPaused(actor, now);
            EventKind kind = protocol.kindOfSay(actor.id(), actor.role(), say.text());
            List<RoomEvent> out = new ArrayList<>();
            out.add(record(event(kind, actor, commandId, now).text(text(say.text()))));
            if (actor.role() == RoomRole.PARTICIPANT) {
                out.addAll(regulate(actor, say.text(), now));
            }
            return out;
        } else if (command instanceof RoomCommand.Guide guide) {
            requireTherapist(actor, "guide the room");
            events.add(event(EventKind.GUIDANCE, actor, commandId, now)
                    .text(text(guide.text()))
                    .build());
        } else if (command instanceof RoomCommand.Whisper whisper) {
            requireTherapist(actor, "whisper");
            String text = text(whisper.text());
            MemberView to = presentMember(whisper.to());
            events.add(event(EventKind.WHISPER, actor, commandId, now)
                    .audience(Audience.THERAPISTS_AND_TARGET)
                    .target(to.id(), to.name())
                    .text(text)
                    .build());
        } else if (command instanceof RoomCommand.Note note) {
            requireTherapist(actor, "write notes");
            events.add(event(EventKind.NOTE, actor, commandId, now)
                    .audience(Audience.THERAPISTS)
                    .text(text(note.text()))
                    .build());
        } else if (command instanceof RoomCommand.StartSession) {
            if (actor.role() != RoomRole.THERAPIST
                    && !(mode == RoomMode.GUIDED && actor.role() == RoomRole.PARTICIPANT)) {
                throw refused(Refusal.FORBIDDEN, "Only a therapist can start the session.");
            }
            if (sessionRunning()) {
                throw refused(Refusal.INVALID_STATE, "A session is already running.");
            }
            String protocolName = ((RoomCommand.StartSession) command).protocol();
            TurnProtocol chosen = protocolName == null ? null : TurnProtocol.named(protocolName);
            RoomEvent started =
                    event(EventKind.SESSION_STARTED, actor, commandId, now).build();
            apply(started);
            List<RoomEvent> out = new ArrayList<>(List.of(started));
            if (chosen != null && !chosen.name().equals(protocol.name())) {
                RoomEvent set = RoomEvent.builder(roomId, lastSeq + 1, EventKind.PROTOCOL_SET, now)
                        .actor(actor.id(), actor.name())
                        .text(chosen.name())
                        .build();
                apply(set);
                out.add(set);
            }
            return out;
        } else if (command instanceof RoomCommand.EndSession) {
            if (actor.role() != RoomRole.THERAPIST
                    && !(mode == RoomMode.GUIDED && actor.role() == RoomRole.PARTICIPANT)) {
                throw refused(Refusal.FORBIDDEN, "Only a therapist can end the session.");
            }
            requireNotPaused(actor, now);
            requireSession();
            events.add(event(EventKind.SESSION_ENDED, actor, commandId, now).build());
        } else if (command instanceof RoomCommand.Mute mute) {
            requireTherapist(actor, "mute members");
            MemberView target = activeMember(mute.member(), "mute");
            if (target.role() == RoomRole.THERAPIST) {
                throw refused(Refusal.INVALID_STATE, "A therapist cannot be muted.");
            }
            if (mute.minutes() < 1 || mute.minutes() > MAX_MUTE_MINUTES) {
                throw refused(Refusal.BAD_REQUEST, "A mute lasts 1 to " + MAX_MUTE_MINUTES + " minutes.");
            }
            events.add(event(EventKind.MEMBER_MUTED, actor, commandId, now)
                    .target(target.id(), target.name())
                    .until(now.plus(Duration.ofMinutes(mute.minutes())))
                    .build());
        } else if (command instanceof RoomCommand.Unmute unmute) {
            requireTherapist(actor, "unmute members");
            MemberView target = activeMember(unmute.member(), "unmute");
            if (!target.mutedAt(now)) {
                throw refused(Refusal.INVALID_STATE, target.name() + " is not muted.");
            }
            events.add(event(EventKind.MEMBER_UNMUTED, actor, commandId, now)
                    .target(target.id(), target.name())
                    .build());
        } else if (command instanceof RoomCommand.Remove remove) {
            requireTherapist(actor, "remove members");
            MemberView target = presentMember(remove.member());
            if (target.id().equals(actor.id())) {
                throw refused(Refusal.INVALID_STATE, "You cannot remove yourself from the room.");
            }
            events.add(event(EventKind.MEMBER_REMOVED, actor, commandId, now)
                    .target(target.id(), target.name())
                    .build());
        } else if (command instanceof RoomCommand.Turn turn) {
            if (!(turn.turn() instanceof TurnCommand.SetTurnLimit)) {
                requireSession();
            }
            requireNotPaused(actor, now);
            return recordTurnEvents(protocol.decide(actor.id(), turn.turn(), participants, now), actor, commandId, now);
        } else if (command instanceof RoomCommand.SetProtocol set) {
            requireTherapist(actor, "choose how the conversation goes");
            TurnProtocol chosen = TurnProtocol.named(set.protocol());
            events.add(event(EventKind.PROTOCOL_SET, actor, commandId, now)
                    .text(chosen.name())
                    .build());
        } else if (command instanceof RoomCommand.RequestPause request) {
            return requestPause(actor, commandId, request, now);
        } else if (command instanceof RoomCommand.PauseRoom pauseRoom) {
            requireTherapist(actor, "pause the room");
            requireSession();
            Exercise exercise = exercise(pauseRoom.exercise(), pauseRoom.minutes());
            checkPauseLength(PauseReason.THERAPIST, pauseRoom.minutes());
            return List.of(record(pauseEvent(
                    event(EventKind.PAUSED, actor, commandId, now),
                    PauseReason.THERAPIST,
                    pauseRoom.minutes(),
                    exercise,
                    now)));
        } else if (command instanceof RoomCommand.Resume) {
            requireTherapist(actor, "resume the conversation");
            if (pause == null) {
                throw refused(Refusal.INVALID_STATE, "The room is not paused.");
            }
            events.add(event(EventKind.RESUMED, actor, commandId, now).build());
        } else if (command instanceof RoomCommand.Ready ready) {
            return ready(actor, commandId, ready, now);
        } else if (command instanceof RoomCommand.ChangeSettings settings) {
            requireTherapist(actor, "change the room");
            events.add(event(EventKind.ROOM_UPDATED, actor, commandId, now)
                    .text(settings.name())
                    .build());
            this.name = settings.name();
            this.requiresAdmission = settings.requiresAdmission();
            this.regulation = settings.regulation();
        } else if (command instanceof RoomCommand.Admit admit) {
            requireTherapist(actor, "admit members");
            MemberView target = presentMember(admit.member());
            if (target.status() != MemberStatus.WAITING) {
                throw refused(Refusal.INVALID_STATE, target.name() + " is not waiting to be admitted.");
            }
            events.add(event(EventKind.MEMBER_ADMITTED, actor, commandId, now)
                    .target(target.id(), target.name())
                    .build());
        }
        events.forEach(this::apply);
        return events;
    }

    /** Builds the next event of the room, applies it, and returns it. */
    private RoomEvent record(RoomEvent.Builder b) {
        RoomEvent e = b.build();
        apply(e);
        return e;
    }

    private RoomEvent.Builder system(EventKind kind, Instant now) {
        return RoomEvent.builder(roomId, lastSeq + 1, kind, now).actor(RoomEvent.SYSTEM_ACTOR, "Attune");
    }

    private RoomEvent.Builder about(RoomEvent.Builder b, MemberView member) {
        return b.target(member.id(), member.name());
    }

    /**
     * What a participant's message tells the therapist: a safety alert at once
     * for words of self-harm, violence or abuse (to the therapists and the
     * writer, who is shown crisis resources); the message's signals and heat;
     * and when the writer's running heat crosses the room's threshold, an
     * escalation. A guided room then pauses itself with its default exercise.
     * Rapid-fire sending counts only in an open conversation: a structured
     * protocol paces the turns itself, and a holder may say several things.
     */
    private List<RoomEvent> regulate(MemberView writer, String text, Instant now) {
        List<RoomEvent> out = new ArrayList<>();
        List<SafetyScreen.Concern> concerns = SafetyScreen.screen(text);
        if (!concerns.isEmpty()) {
            out.add(record(about(system(EventKind.SAFETY_ALERT, now), writer)
                    .audience(Audience.THERAPISTS_AND_TARGET)
                    .text(Evidence.encode(concerns.stream().map(Evidence::of).toList()))
                    .detail(CrisisResources.region(regulation.crisisRegion())
                            .map(CrisisResources.Region::code)
                            .orElse(null))));
        }
        EscalationDetector.Assessment assessment = EscalationDetector.assess(text);
        if (protocol instanceof OpenProtocol && heat.rapid(writer.id(), now)) {
            assessment = assessment.with(new EscalationDetector.Finding(
                    Signal.RAPID_FIRE,
                    HeatTracker.RAPID_COUNT + " messages in " + HeatTracker.RAPID_WINDOW.toSeconds() + " s"));
        }
        if (assessment.heat() <= 0) {
            return out;
        }
        String evidence =
                Evidence.encode(assessment.findings().stream().map(Evidence::of).toList());
        out.add(record(about(system(EventKind.SIGNALS, now), writer)
                .audience(Audience.THERAPISTS)
                .amount(percent(assessment.heat()))
                .text(evidence)));
        double running = heat.running(writer.id(), now);
        if (running * 100 >= regulation.escalationThreshold()) {
            boolean guided = mode == RoomMode.GUIDED;
            out.add(record(about(system(EventKind.ESCALATION, now), writer)
                    .audience(Audience.THERAPISTS)
                    .amount(percent(running))
                    .text(evidence)
                    .detail(guided && pause == null ? "paused" : "suggest_pause")));
            if (guided && pause == null) {
                out.add(record(pauseEvent(
                        system(EventKind.PAUSED, now),
                        PauseReason.ESCALATION,
                        regulation.pauseMinutes(),
                        exercise(null, regulation.pauseMinutes()),
                        now)));
            }
        }
        return out;
    }

    private static long percent(double heat) {
        return Math.round(heat * 100);
    }

    private List<RoomEvent> requestPause(
            MemberView actor, String commandId, RoomCommand.RequestPause request, Instant now) {
        if (actor.role() != RoomRole.PARTICIPANT) {
            throw refused(
                    Refusal.FORBIDDEN,
                    actor.role() == RoomRole.THERAPIST
                            ? "As a therapist, pause the room with \"pause\"."
                            : "Observers cannot pause the room.");
        }
        requireSession();
        if (pause != null && !pause.checkingIn()) {
            throw refused(
                    Refusal.INVALID_STATE,
                    "The room is already taking a pause; it ends " + minutesLeft(pause.until(), now) + ".");
        }
        PauseReason reason = PauseReason.fromWireName(request.reason())
                .filter(PauseReason::requestable)
                .orElseThrow(
                        () -> refused(Refusal.BAD_REQUEST, "Say why you need a pause: flooded, overwhelmed or break."));
        int minutes = request.minutes() != null
                ? request.minutes()
                : Math.max(regulation.pauseMinutes(), reason.minMinutes());
        checkPauseLength(reason, minutes);
        Exercise exercise = exercise(request.exercise(), minutes);
        return List.of(
                record(pauseEvent(event(EventKind.PAUSED, actor, commandId, now), reason, minutes, exercise, now)));
    }

    private static void checkPauseLength(PauseReason reason, int minutes) {
        if (minutes < reason.minMinutes()) {
            throw refused(
                    Refusal.BAD_REQUEST,
                    reason == PauseReason.FLOODED
                            ? "A pause for flooding lasts at least 20 minutes: that is how long a body takes to calm down."
                            : "A pause lasts at least a minute.");
        }
        if (minutes > RegulationSettings.MAX_PAUSE_MINUTES) {
            throw refused(Refusal.BAD_REQUEST, "A pause lasts at most 24 hours (1,440 minutes).");
        }
    }

    /** The chosen exercise; by default a self-soothing break for long pauses, else the room's exercise. */
    private Exercise exercise(String name, int minutes) {
        if (name == null) {
            return minutes >= PauseReason.FLOODED.minMinutes() ? Exercise.SELF_SOOTHING : regulation.pauseExercise();
        }
        return Exercise.fromWireName(name)
                .orElseThrow(() -> refused(
                        Refusal.BAD_REQUEST,
                        "Unknown exercise \"" + name + "\". Choose one of: " + Exercise.names() + "."));
    }

    private static RoomEvent.Builder pauseEvent(
            RoomEvent.Builder b, PauseReason reason, int minutes, Exercise exercise, Instant now) {
        return b.until(now.plus(Duration.ofMinutes(minutes)))
                .amount((long) minutes)
                .text(exercise.wireName())
                .detail(reason.wireName());
    }

    private List<RoomEvent> ready(MemberView actor, String commandId, RoomCommand.Ready ready, Instant now) {
        if (actor.role() != RoomRole.PARTICIPANT) {
            throw refused(Refusal.FORBIDDEN, "Only participants check in.");
        }
        if (pause == null) {
            throw refused(Refusal.INVALID_STATE, "There is no check-in just now.");
        }
        if (!pause.checkingIn()) {
            throw refused(
                    Refusal.INVALID_STATE,
                    "The pause is not over yet. Take the time you need; the check-in opens "
                            + minutesLeft(pause.until(), now) + ".");
        }
        Integer calm = ready.calm();
        if (calm != null && (calm < 1 || calm > 5)) {
            throw refused(Refusal.BAD_REQUEST, "A calm rating is 1 (not calm yet) to 5 (calm).");
        }
        List<RoomEvent> out = new ArrayList<>();
        out.add(record(event(EventKind.READY, actor, commandId, now)));
        if (calm != null) {
            out.add(record(about(event(EventKind.CALM_RATING, actor, null, now), actor)
                    .audience(Audience.THERAPISTS_AND_TARGET)
                    .amount((long) calm)));
        }
        out.addAll(resumeIfEveryoneIsReady(now));
        return out;
    }

    /** A guided room goes on when every participant who is present is ready. */
    private List<RoomEvent> resumeIfEveryoneIsReady(Instant now) {
        if (mode != RoomMode.GUIDED || pause == null || !pause.checkingIn()) {
            return List.of();
        }
        List<String> everyone = participants.activeParticipants();
        List<String> present = everyone.stream().filter(online::contains).toList();
        List<String> needed = present.isEmpty() ? everyone : present;
        return !needed.isEmpty() && pause.ready().keySet().containsAll(needed)
                ? List.of(record(system(EventKind.RESUMED, now)))
                : List.of();
    }

    private void requireNotPaused(MemberView actor, Instant now) {
        if (pause == null || actor.role() == RoomRole.THERAPIST) {
            return;
        }
        throw refused(
                Refusal.PAUSED,
                pause.checkingIn()
                        ? "The room is checking in. Say whether you are ready; the conversation goes on when everyone is"
                                + (mode == RoomMode.GUIDED ? "." : ", or when your therapist resumes it.")
                        : "The room is taking a pause. Breathe, and take the time you need; the check-in opens "
                                + minutesLeft(pause.until(), now) + ".");
    }

    private List<RoomEvent> join(RoomCommand.Join join, Instant now) {
        MemberView existing = members.get(join.userId());
        if (existing != null && existing.status() != MemberStatus.REMOVED) {
            return List.of();
        }
        MemberStatus status = joiningStatus(join.role());
        boolean waits = status == MemberStatus.WAITING;
        members.put(join.userId(), new MemberView(join.userId(), join.name(), join.role(), status, null));
        RoomEvent event = RoomEvent.builder(
                        roomId, lastSeq + 1, waits ? EventKind.MEMBER_WAITING : EventKind.MEMBER_JOINED, now)
                .actor(join.userId(), join.name())
                .target(join.userId(), join.name())
                .audience(waits ? Audience.THERAPISTS_AND_TARGET : Audience.EVERYONE)
                .build();
        apply(event);
        return List.of(event);
    }

    /** Turns what the protocol decided into events of this room, applied. */
    private List<RoomEvent> recordTurnEvents(List<TurnEvent> decided, MemberView actor, String commandId, Instant now) {
        List<RoomEvent> events = new ArrayList<>();
        for (TurnEvent t : decided) {
            RoomEvent.Builder b = RoomEvent.builder(roomId, lastSeq + 1, t.kind(), now)
                    .actor(actor == null ? RoomEvent.SYSTEM_ACTOR : actor.id(), actor == null ? "Attune" : actor.name())
                    .commandId(commandId)
                    .until(t.until())
                    .amount(t.amount())
                    .text(t.text());
            if (t.target() != null) {
                b.target(
                        t.target(),
                        members.containsKey(t.target())
                                ? members.get(t.target()).name()
                                : t.target());
            }
            RoomEvent event = b.build();
            apply(event);
            events.add(event);
            commandId = null;
        }
        return events;
    }

    /** The room's members, as the turn protocols see them. */
    private final Participants participants = new Participants() {
        @Override
        public Optional<RoomRole> activeRole(String memberId) {
            return RoomState.this.activeRole(memberId);
        }

        @Override
        public List<String> activeParticipants() {
            return members.values().stream()
                    .filter(m -> m.status() == MemberStatus.ACTIVE && m.role() == RoomRole.PARTICIPANT)
                    .map(MemberView::id)
                    .toList();
        }

        @Override
        public List<String> leastSpokenFirst() {
            return activeParticipants().stream()
                    .sorted(Comparator.comparingInt(
                                    (String id) -> talk.recorded(id).words())
                            .thenComparingInt(id -> talk.recorded(id).turns()))
                    .toList();
        }
    };

    private Optional<RoomRole> activeRole(String memberId) {
        MemberView m = memberId == null ? null : members.get(memberId);
        return m != null && m.status() == MemberStatus.ACTIVE ? Optional.of(m.role()) : Optional.empty();
    }

    /** Where someone joining with this role starts: in the lobby when the room asks for admission. */
    public MemberStatus joiningStatus(RoomRole role) {
        return requiresAdmission && role != RoomRole.THERAPIST ? MemberStatus.WAITING : MemberStatus.ACTIVE;
    }

    private List<RoomEvent> expireMute(RoomCommand.ExpireMute expire, Instant now) {
        MemberView target = members.get(expire.member());
        if (target == null || !expire.until().equals(target.mutedUntil())) {
            return List.of();
        }
        RoomEvent event = RoomEvent.builder(roomId, lastSeq + 1, EventKind.MEMBER_UNMUTED, now)
                .actor(RoomEvent.SYSTEM_ACTOR, "Attune")
                .target(target.id(), target.name())
                .build();
        apply(event);
        return List.of(event);
    }

    /** Folds an event that was already decided: in {@link #handle}, and when rebuilding. */
    private void apply(RoomEvent e) {
        replay(e);
        String target = e.targetId().orElse(null);
        switch (e.kind()) {
            case MEMBER_ADMITTED -> updateMember(target, m -> withStatus(m, MemberStatus.ACTIVE));
            case MEMBER_REMOVED -> updateMember(target, m -> withStatus(m, MemberStatus.REMOVED));
            default -> {}
        }
    }

    private void replay(RoomEvent e) {
        if (e.seq() != lastSeq + 1) {
            throw new IllegalStateException(
                    "Room " + roomId + " expected seq " + (lastSeq + 1) + " but got " + e.seq());
        }
        lastSeq = e.seq();
        if (e.kind() == EventKind.SESSION_STARTED) {
            talk = new TalkStats();
        }
        talk.add(e);
        e.commandId().ifPresent(id -> commands.put(commandKey(e.actorId(), id), e.seq()));
        protocol = e.kind() == EventKind.PROTOCOL_SET ? chosenDuringPause(e) : protocol.apply(e);
        String target = e.targetId().orElse(null);
        switch (e.kind()) {
            case SESSION_STARTED -> sessionStartedAt = e.occurredAt();
            case SESSION_ENDED -> {
                sessionStartedAt = null;
                pause = null;
            }
            case MESSAGE, PARAPHRASE -> {
                if (!RoomEvent.SYSTEM_ACTOR.equals(e.actorId())) {
                    heat.sent(e.actorId(), e.occurredAt());
                }
            }
            case SIGNALS -> heat.add(target, e.amount().orElse(0L) / 100.0, e.occurredAt());
            case ESCALATION -> heat.reset(target, e.occurredAt());
            case PAUSED ->
                pause = new Pause(
                        e.detail().flatMap(PauseReason::fromWireName).orElse(PauseReason.THERAPIST),
                        e.actorId(),
                        e.occurredAt(),
                        e.until().orElse(e.occurredAt()),
                        e.text().flatMap(Exercise::fromWireName).orElse(Exercise.BOX_BREATHING),
                        false,
                        Map.of());
            case CHECK_IN -> pause = pause == null ? null : pause.checkIn();
            case READY -> pause = pause == null ? null : pause.withReady(e.actorId(), 0);
            case CALM_RATING ->
                pause = pause == null
                        ? null
                        : pause.withReady(target, e.amount().orElse(0L).intValue());
            case RESUMED -> pause = null;
            case MEMBER_MUTED ->
                updateMember(
                        target,
                        m -> new MemberView(
                                m.id(),
                                m.name(),
                                m.role(),
                                m.status(),
                                e.until().orElse(null)));
            case MEMBER_UNMUTED, MEMBER_REMOVED ->
                updateMember(target, m -> new MemberView(m.id(), m.name(), m.role(), m.status(), null));
            default -> {}
        }
    }

    /** A protocol chosen while the room is paused starts paused too: its turn clocks wait for the resume. */
    private TurnProtocol chosenDuringPause(RoomEvent set) {
        TurnProtocol chosen = TurnProtocol.named(set.text().orElse(OpenProtocol.NAME));
        return pause == null
                ? chosen
                : chosen.apply(RoomEvent.builder(roomId, set.seq(), EventKind.PAUSED, set.occurredAt())
                        .actor(RoomEvent.SYSTEM_ACTOR, "Attune")
                        .build());
    }

    private void updateMember(String id, java.util.function.UnaryOperator<MemberView> change) {
        if (id != null) {
            members.computeIfPresent(id, (k, m) -> change.apply(m));
        }
    }

    private static MemberView withStatus(MemberView m, MemberStatus status) {
        return new MemberView(m.id(), m.name(), m.role(), status, m.mutedUntil());
    }

    /**
     * Whether a member may see an event: active members see what its audience
     * allows them; someone waiting in the lobby sees only what concerns them;
     * a removed member sees only their removal.
     */
    public boolean maySee(String viewerId, RoomEvent e) {
        MemberView viewer = members.get(viewerId);
        if (viewer == null) {
            return false;
        }
        boolean aboutViewer = viewerId.equals(e.targetId().orElse(null));
        return switch (viewer.status()) {
            case ACTIVE -> e.visibleTo(viewerId, viewer.role());
            case WAITING -> aboutViewer;
            case REMOVED -> aboutViewer && e.kind() == EventKind.MEMBER_REMOVED;
        };
    }

    /** The sequence number of the last event an actor's command produced, if that command was applied. */
    public Optional<Long> seqOfCommand(String actorId, String commandId) {
        return Optional.ofNullable(commands.get(commandKey(actorId, commandId)));
    }

    private static String commandKey(String actorId, String commandId) {
        return actorId + '\n' + commandId;
    }

    /** Mutes still standing, to be ended by themselves when their time comes. */
    public Map<String, Instant> standingMutes() {
        Map<String, Instant> mutes = new LinkedHashMap<>();
        members.values().stream()
                .filter(m -> m.mutedUntil() != null && m.status() != MemberStatus.REMOVED)
                .forEach(m -> mutes.put(m.id(), m.mutedUntil()));
        return mutes;
    }

    private RoomEvent.Builder event(EventKind kind, MemberView actor, String commandId, Instant now) {
        return RoomEvent.builder(roomId, lastSeq + 1, kind, now)
                .actor(actor.id(), actor.name())
                .commandId(commandId);
    }

    private MemberView activeMember(String id) {
        MemberView m = id == null ? null : members.get(id);
        if (m == null || m.status() == MemberStatus.REMOVED) {
            throw refused(Refusal.FORBIDDEN, "You are not a member of this room.");
        }
        if (m.status() == MemberStatus.WAITING) {
            throw refused(Refusal.INVALID_STATE, "You are in the waiting room. Your therapist will let you in soon.");
        }
        return m;
    }

    private MemberView activeMember(String id, String what) {
        MemberView m = presentMember(id);
        if (m.status() != MemberStatus.ACTIVE) {
            throw refused(
                    Refusal.INVALID_STATE,
                    "Only members in the room can be " + (what.endsWith("e") ? what + "d" : what + "ed") + ".");
        }
        return m;
    }

    private MemberView presentMember(String id) {
        MemberView m = id == null ? null : members.get(id);
        if (m == null || m.status() == MemberStatus.REMOVED) {
            throw refused(Refusal.NOT_FOUND, "There is no such member in this room.");
        }
        return m;
    }

    private static void requireTherapist(MemberView actor, String what) {
        if (actor.role() != RoomRole.THERAPIST) {
            throw refused(Refusal.FORBIDDEN, "Only a therapist can " + what + ".");
        }
    }

    private void requireSession() {
        if (!sessionRunning()) {
            throw refused(Refusal.NO_SESSION, "The session has not started yet.");
        }
    }

    private static String text(String text) {
        if (text == null || text.isBlank()) {
            throw refused(Refusal.BAD_REQUEST, "A message needs some text.");
        }
        if (text.length() > RoomEvent.MAX_TEXT_LENGTH) {
            throw refused(
                    Refusal.TOO_LARGE, "A message can be at most " + RoomEvent.MAX_TEXT_LENGTH + " characters long.");
        }
        return text;
    }

    private static String minutesLeft(Instant until, Instant now) {
        long minutes = Math.max(1, (Duration.between(now, until).toSeconds() + 59) / 60);
        return minutes == 1 ? "in about a minute" : "in about " + minutes + " minutes";
    }

    private static RefusedException refused(Refusal refusal, String message) {
        return new RefusedException(refusal, message);
    }

    public String roomId() {
        return roomId;
    }

    public String name() {
        return name;
    }

    public RoomKind kind() {
        return kind;
    }

    public RoomMode mode() {
        return mode;
    }

    public boolean requiresAdmission() {
        return requiresAdmission;
    }

    public long lastSeq() {
        return lastSeq;
    }

    /** The turn-taking protocol and where it stands. */
    public TurnProtocol protocol() {
        return protocol;
    }

    /** How much a member has spoken in the current (or last) session, up to {@code now}. */
    public TalkStats.Share talk(String memberId, Instant now) {
        return talk.of(memberId, now);
    }

    /** The pause the room is taking, if any (with its check-in once the time is up). */
    public Optional<Pause> pause() {
        return Optional.ofNullable(pause);
    }

    public RegulationSettings regulation() {
        return regulation;
    }

    /** Whether a member has a socket open; a guided room resumes when everyone present is ready. */
    public void presence(String memberId, boolean isOnline) {
        presenceKnown = true;
        if (isOnline) {
            online.add(memberId);
        } else {
            online.remove(memberId);
        }
    }

    /**
     * The next thing the server must do by itself: during a pause, open the
     * check-in when its time is up (turn clocks stand still); otherwise what the
     * turn protocol needs, e.g. end a turn.
     */
    public Optional<Timer> nextTimer() {
        if (pause != null) {
            return pause.checkingIn()
                    ? Optional.empty()
                    : Optional.of(new Timer(pause.until(), new RoomCommand.CheckIn(pause.until())));
        }
        return protocol.nextTimer().map(t -> new Timer(t.at(), new RoomCommand.Turn(t.command())));
    }

    public boolean sessionRunning() {
        return sessionStartedAt != null;
    }

    public Optional<Instant> sessionStartedAt() {
        return Optional.ofNullable(sessionStartedAt);
    }

    public Optional<MemberView> member(String id) {
        return Optional.ofNullable(members.get(id));
    }

    /** Members who are in the room or waiting to be let in, in the order they joined. */
    public List<MemberView> members() {
        return members.values().stream()
                .filter(m -> m.status() != MemberStatus.REMOVED)
                .toList();
    }

    /** Whether the member is in the room as one of its therapists. */
    public boolean isActiveTherapist(String memberId) {
        return activeRole(memberId).filter(r -> r == RoomRole.THERAPIST).isPresent();
    }
}
