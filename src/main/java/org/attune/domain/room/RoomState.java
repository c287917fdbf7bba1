package org.attune.domain.room;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.attune.domain.cycle.CycleMap;
import org.attune.domain.member.MemberStatus;
import org.attune.domain.member.MemberView;
import org.attune.domain.member.RoomAccess;
import org.attune.domain.member.RoomRole;
import org.attune.domain.member.Roster;
import org.attune.domain.regulation.Pause;
import org.attune.domain.regulation.RegulationSettings;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;
import org.attune.domain.transcript.TalkStats;
import org.attune.domain.turn.OpenProtocol;
import org.attune.domain.turn.Participants;
import org.attune.domain.turn.TurnProtocol;

/**
 * The live state of one room, the aggregate that every change goes through: its members, whether a
 * session is running, the turn protocol, the pause and running heat ({@link RegulationState}), the
 * applied command ids and the room's sequence. Rebuilt from the room, its members and its log
 * ({@link #rebuild}); then {@link #handle} decides each command and returns its events, already
 * recorded here; a refused command changes nothing. The rules live with their group of commands:
 * {@link RoomAccess} (who may act at all), {@link Conversation} and {@link MessageScreening}, {@link
 * Sessions} (which asks the {@link TurnProtocol}), {@link Moderation}, {@link Pauses}, {@link
 * SafetyAlerts}, {@link SafeToTalkChecks}, {@link JointWorkGate}, {@link CycleMaps}, {@link Repairs}
 * and {@link Practices}. This class dispatches, gives each event its place in the log ({@link
 * #record}), and folds events into the state ({@link #replay}). Each command id of an actor is
 * applied once: its events are found again by {@link #seqOfCommand}.
 */
public final class RoomState {

    /** How many command ids a room remembers; older ones are found in the log (see {@code Jobs.Act}). */
    public static final int COMMANDS_REMEMBERED = 1000;

    /** Something the server must do by itself at a given time: end a turn, check in after a pause, escalate an alert. */
    public record Timer(Instant at, RoomCommand command) {}

    private final String roomId;
    private String name;
    private final RoomKind kind;
    private final RoomMode mode;
    private boolean requiresAdmission;
    private RegulationSettings regulation;
    private long lastSeq;
    private Instant sessionStartedAt;
    private final Roster roster = new Roster();
    private final AppliedCommands commands = new AppliedCommands();
    private TurnProtocol protocol = new OpenProtocol();
    private TalkStats talk = new TalkStats();
    private final RegulationState regulating = new RegulationState();
    private final Participants participants = new RoomParticipants(roster, () -> talk);

    private final Conversation conversation = new Conversation(this);
    private final Sessions sessions = new Sessions(this);
    private final Moderation moderation = new Moderation(this);
    private final Pauses pauses = new Pauses(this);
    private final SafetyAlerts alerts = new SafetyAlerts(this);
    private final SafeToTalkChecks checks = new SafeToTalkChecks(this);
    private final JointWorkGate gate = new JointWorkGate(this);
    private final CycleMaps cycles = new CycleMaps(this);
    private final Repairs repairs = new Repairs(this);
    private final Practices practices = new Practices(this);
    private final ServerCommands byServer = new ServerCommands(moderation, sessions, pauses, alerts, practices);

    private RoomState(Room room) {
        this.roomId = room.id();
        this.name = room.name();
        this.kind = room.kind();
        this.mode = room.mode();
        this.requiresAdmission = room.requiresAdmission();
        this.regulation = room.regulation();
    }

    /** The state after the given history: memberships from the member records, all else from the events. */
    public static RoomState rebuild(Room room, Collection<Member> memberRecords, List<RoomEvent> events) {
        return rebuild(room, memberRecords, events, AlertPolicy.NONE);
    }

    /** The state after the given history, in a practice that answers safety alerts by this policy. */
    public static RoomState rebuild(
            Room room, Collection<Member> memberRecords, List<RoomEvent> events, AlertPolicy alertPolicy) {
        RoomState state = new RoomState(room);
        state.alerts.policy(alertPolicy);
        for (Member m : memberRecords) {
            state.roster.put(new MemberView(m.userId(), m.displayName(), m.role(), m.status(), null));
        }
        for (RoomEvent e : events) {
            state.replay(e);
        }
        return state;
    }

    /**
     * Decides a command. Returns the events it produces (possibly none), with this room's next sequence
     * numbers, already applied to this state; then those the protocol adds by itself ({@link Sessions#followUps}).
     *
     * @throws org.attune.domain.RefusedException when the command is not allowed now; nothing changed
     */
    public List<RoomEvent> handle(String actorId, String commandId, RoomCommand command, Instant now) {
        List<RoomEvent> events = new ArrayList<>(decide(actorId, commandId, command, now));
        if (!events.isEmpty()) {
            events.addAll(sessions.followUps(now));
        }
        return events;
    }

    private List<RoomEvent> decide(String actorId, String commandId, RoomCommand command, Instant now) {
        Objects.requireNonNull(command, "command");
        if (command instanceof RoomCommand.ServerCommand server) {
            return byServer.decide(server, now);
        }
        MemberView actor = command instanceof RoomCommand.OpenFromTheLobby
                ? RoomAccess.member(roster.get(actorId))
                : roster.actor(actorId);
        if (command instanceof RoomCommand.Speech speech) {
            return conversation.decide(actor, commandId, speech, now);
        } else if (command instanceof RoomCommand.SessionCommand session) {
            return sessions.decide(actor, commandId, session, now);
        } else if (command instanceof RoomCommand.ModerationCommand moderating) {
            return moderation.decide(actor, commandId, moderating, now);
        } else if (command instanceof RoomCommand.AlertCommand alert) {
            return alerts.decide(actor, commandId, alert, now);
        } else if (command instanceof RoomCommand.CheckCommand check) {
            return checks.decide(actor, commandId, check, now);
        } else if (command instanceof RoomCommand.ScreenCommand screen) {
            return gate.decide(actor, commandId, screen, now);
        } else if (command instanceof RoomCommand.CycleCommand cycle) {
            return cycles.decide(actor, commandId, cycle, now);
        } else if (command instanceof RoomCommand.RepairCommand repair) {
            return repairs.decide(actor, commandId, repair, now);
        } else if (command instanceof RoomCommand.PracticeCommand practice) {
            return practices.decide(actor, commandId, practice, now);
        }
        return pauses.decide(actor, commandId, (RoomCommand.RegulationCommand) command, now);
    }

    /** The next event of the room, by a member, for the command with this id (null for none). */
    RoomEvent.Builder by(MemberView actor, String commandId, EventKind kind, Instant now) {
        return RoomEvent.builder(roomId, lastSeq + 1, kind, now)
                .actor(actor.id(), actor.name())
                .commandId(commandId);
    }

    /** The next event of the room, by the server itself. */
    RoomEvent.Builder bySystem(EventKind kind, Instant now) {
        return RoomEvent.builder(roomId, lastSeq + 1, kind, now).actor(RoomEvent.SYSTEM_ACTOR, "Attune");
    }

    /** Builds the next event of the room, folds it in, and returns it. */
    RoomEvent record(RoomEvent.Builder b) {
        RoomEvent e = b.build();
        replay(e);
        String target = e.targetId().orElse(null);
        if (e.kind() == EventKind.MEMBER_ADMITTED) {
            roster.update(target, m -> m.withStatus(MemberStatus.ACTIVE));
        } else if (e.kind() == EventKind.MEMBER_REMOVED) {
            roster.update(target, m -> m.withStatus(MemberStatus.REMOVED));
        }
        return e;
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
        e.commandId().ifPresent(id -> commands.applied(e.actorId(), id, e.seq()));
        protocol = e.kind() == EventKind.PROTOCOL_SET ? pauses.chosenDuringPause(e) : protocol.apply(e);
        regulating.fold(e);
        alerts.fold(e);
        checks.fold(e);
        gate.fold(e);
        cycles.fold(e);
        repairs.fold(e);
        practices.fold(e);
        String target = e.targetId().orElse(null);
        switch (e.kind()) {
            case SESSION_STARTED -> sessionStartedAt = e.occurredAt();
            case SESSION_ENDED -> sessionStartedAt = null;
            case MEMBER_MUTED ->
                roster.update(
                        target,
                        m -> m.withMute(e.payload(EventPayload.Deadline.class).until()));
            case MEMBER_UNMUTED, MEMBER_REMOVED -> roster.update(target, m -> m.withMute(null));
            default -> {}
        }
    }

    Participants participants() {
        return participants;
    }

    Roster roster() {
        return roster;
    }

    RegulationState regulating() {
        return regulating;
    }

    SafetyAlerts alerts() {
        return alerts;
    }

    JointWorkGate gate() {
        return gate;
    }

    CycleMaps cycleMaps() {
        return cycles;
    }

    Practices practiceWork() {
        return practices;
    }

    /** Whether the room guides itself now: a guided room, or a practice sitting between sessions. */
    boolean guides() {
        return mode == RoomMode.GUIDED || practices.sitting();
    }

    /** Practice between sessions given to the room, in figures, who asked for reminders, and what is under way. */
    public org.attune.domain.practice.PracticeBook practice() {
        return practices.book();
    }

    public CycleMap cycleMap() {
        return cycles.map();
    }

    /** Repair phrases offered and still open, oldest first. */
    public List<OpenRepair> openRepairs() {
        return repairs.open();
    }

    /** The pause the room is taking, or null. */
    Pause currentPause() {
        return regulating.pause();
    }

    /** Applies a therapist's change of the room's settings (after its event was recorded). */
    void changeSettings(RoomCommand.ChangeSettings settings) {
        this.name = settings.name();
        this.requiresAdmission = settings.requiresAdmission();
        this.regulation = settings.regulation();
    }

    /** Where someone joining with this role starts: in the lobby when the room asks for admission. */
    public MemberStatus joiningStatus(RoomRole role) {
        return requiresAdmission && role != RoomRole.THERAPIST ? MemberStatus.WAITING : MemberStatus.ACTIVE;
    }

    /** Whether a member may see an event: by its audience; in the lobby, only what is about them and its audience allows; removed, their removal. */
    public boolean maySee(String viewerId, RoomEvent e) {
        MemberView viewer = roster.get(viewerId).orElse(null);
        if (viewer == null) {
            return false;
        }
        boolean aboutViewer = viewerId.equals(e.targetId().orElse(null));
        return switch (viewer.status()) {
            case ACTIVE -> e.visibleTo(viewerId, viewer.role());
            case WAITING -> aboutViewer && e.visibleTo(viewerId, viewer.role());
            case REMOVED -> aboutViewer && e.kind() == EventKind.MEMBER_REMOVED;
        };
    }

    /** The sequence number of the last event an actor's command produced, if that command was applied. */
    public Optional<Long> seqOfCommand(String actorId, String commandId) {
        return commands.seqOf(actorId, commandId);
    }

    public int commandsRemembered() {
        return commands.size();
    }

    /** Whether some command ids were let go: one not remembered may still have been applied (see the log). */
    public boolean forgotCommands() {
        return commands.forgot();
    }

    /** Mutes still standing, to be ended by themselves when their time comes. */
    public Map<String, Instant> standingMutes() {
        return roster.standingMutes();
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
        return Optional.ofNullable(regulating.pause());
    }

    public RegulationSettings regulation() {
        return regulation;
    }

    /** Whether a member has a socket open; a guided room resumes when everyone present is ready. */
    public void presence(String memberId, boolean isOnline) {
        roster.presence(memberId, isOnline);
    }

    /** What the server does next by itself: a pause's timer ({@link Pauses#timer}), else the protocol's timer. */
    public Optional<Timer> nextTimer() {
        Pause pause = regulating.pause();
        if (pause != null) {
            return pauses.timer(pause);
        }
        return protocol.nextTimer().map(t -> new Timer(t.at(), new RoomCommand.TurnTimer(t.command())));
    }

    /** When each open safety alert is next escalated, and each practice's reminder goes out; each applies once. */
    public List<Timer> standingTimers() {
        List<Timer> timers = new ArrayList<>(alerts.timers());
        timers.addAll(practices.timers());
        return timers;
    }

    /** The room's safety alerts, oldest first: those waiting for an acknowledgement, then those answered. */
    public List<AlertView> safetyAlerts() {
        return alerts.views();
    }

    /** Where the safety screen before joint work stands: who answered, open flags, whether the room is open. */
    public ScreenStatus screen() {
        return gate.status();
    }

    /**
     * Whether the safety screen holds more of this member's messages for the therapists: while their
     * own flag of the screen before joint work is open (held more often, the others' messages would
     * tell them that someone's answers raised a flag).
     */
    public boolean watchfulScreenFor(String memberId) {
        return gate.flagOpenFor(memberId);
    }

    public boolean sessionRunning() {
        return sessionStartedAt != null;
    }

    public Optional<Instant> sessionStartedAt() {
        return Optional.ofNullable(sessionStartedAt);
    }

    public Optional<MemberView> member(String id) {
        return roster.get(id);
    }

    /** Members who are in the room or waiting to be let in, in the order they joined. */
    public List<MemberView> members() {
        return roster.list();
    }
}
