package org.attune.domain.room;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.member.MemberStatus;
import org.attune.domain.member.MemberView;
import org.attune.domain.member.RoomAccess;
import org.attune.domain.member.RoomRole;
import org.attune.domain.transcript.Audience;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.EventPayload.ResourcesOffered;
import org.attune.domain.transcript.RoomEvent;

/**
 * Safety alerts that someone answers. Every {@link EventKind#SAFETY_ALERT}
 * stays open until a clinician acknowledges it: a therapist of the room, or,
 * for a room where none answers, any therapist of the practice
 * ({@link RoomCommand.AcknowledgeAlertForPractice}).
 *
 * <p>When no therapist of the room is connected as the alert is raised (a
 * guided room, or a moderated room whose therapists are away), the practice's
 * first on-call contact is told at once ({@link EventKind#ALERT_ESCALATED}, the
 * mail goes out after the commit). Each time an alert waits for the
 * {@link AlertPolicy}'s time without an acknowledgement, the next contact is
 * told, down the list; an acknowledgement stops it. The open alerts are folded
 * from the events, so a restarted server knows them and when each next step is
 * due ({@link #timers}); a step applies once, whenever its timer fires.
 *
 * <p>The writer is told who follows up, truthfully (see {@link #raised}).
 */
final class SafetyAlerts {

    /**
     * An alert no clinician has acknowledged yet.
     *
     * @param level how many on-call contacts were told so far
     * @param lastStep when it was raised, or when the last contact was told
     */
    record Open(long seq, Instant raisedAt, String writerId, int level, Instant lastStep) {}

    /** An acknowledged alert: when it was raised and when, and by whom, it was acknowledged. */
    record Answered(long seq, Instant raisedAt, int level, Instant acknowledgedAt, String byName) {}

    private final RoomState room;
    private final Map<Long, Open> open = new LinkedHashMap<>();
    private final Map<Long, Answered> answered = new LinkedHashMap<>();
    private AlertPolicy policy = AlertPolicy.NONE;

    SafetyAlerts(RoomState room) {
        this.room = room;
    }

    void policy(AlertPolicy policy) {
        this.policy = policy;
    }

    AlertPolicy policy() {
        return policy;
    }

    /** Alerts waiting for an acknowledgement, oldest first. */
    List<Open> open() {
        return List.copyOf(open.values());
    }

    /** Acknowledged alerts, oldest first. */
    List<Answered> answered() {
        return List.copyOf(answered.values());
    }

    /** Open alerts first, then the acknowledged ones, each oldest first; never with words. */
    List<AlertView> views() {
        List<AlertView> views = new ArrayList<>();
        open.values().forEach(a -> views.add(new AlertView(a.seq(), a.raisedAt(), a.level(), null, null)));
        answered.values()
                .forEach(a ->
                        views.add(new AlertView(a.seq(), a.raisedAt(), a.level(), a.acknowledgedAt(), a.byName())));
        return views;
    }

    void fold(RoomEvent e) {
        switch (e.kind()) {
            case SAFETY_ALERT ->
                open.put(e.seq(), new Open(e.seq(), e.occurredAt(), e.targetId().orElse(null), 0, e.occurredAt()));
            case ALERT_ESCALATED -> {
                EventPayload.AlertEscalated x = e.payload(EventPayload.AlertEscalated.class);
                open.computeIfPresent(
                        x.alert(), (seq, a) -> new Open(seq, a.raisedAt(), a.writerId(), x.level(), e.occurredAt()));
            }
            case ALERT_ACKNOWLEDGED -> {
                EventPayload.AlertAcknowledged a = e.payload(EventPayload.AlertAcknowledged.class);
                Open was = open.remove(a.alert());
                int level = was == null ? 0 : was.level();
                answered.put(a.alert(), new Answered(a.alert(), a.raisedAt(), level, e.occurredAt(), e.actorName()));
            }
            default -> {}
        }
    }

    /**
     * A safety alert was just recorded: tells the first on-call contact at once
     * when no therapist of the room is connected (events into {@code out}), and
     * says who follows it up, for the writer: the therapist who is here; the
     * on-call clinician, within about the policy's time; or, with no on-call
     * contacts, the practice.
     */
    ResourcesOffered raised(RoomEvent alert, List<RoomEvent> out, String region, String why) {
        if (therapistOnline()) {
            return new ResourcesOffered(region, why, ResourcesOffered.THERAPIST_HERE, 0);
        }
        if (policy.onCallContacts() == 0) {
            return new ResourcesOffered(region, why, ResourcesOffered.PRACTICE, 0);
        }
        Open a = open.get(alert.seq());
        out.add(escalated(a, 1, alert.occurredAt()));
        boolean moderatedWithTherapist = room.mode() == RoomMode.MODERATED
                && room.roster().list().stream().anyMatch(SafetyAlerts::therapistInRoom);
        return new ResourcesOffered(
                region,
                why,
                moderatedWithTherapist ? ResourcesOffered.THERAPIST_AWAY : ResourcesOffered.ON_CALL,
                policy.escalateAfterMinutes());
    }

    List<RoomEvent> decide(MemberView actor, String commandId, RoomCommand.AlertCommand command, Instant now) {
        RoomCommand.AcknowledgeAlert acknowledge = (RoomCommand.AcknowledgeAlert) command;
        RoomAccess.requireTherapist(actor, "refusal.access.therapist-only.acknowledge-safety-alerts");
        return acknowledge(actor, commandId, acknowledge.alert(), now);
    }

    /** A therapist of the practice acknowledges an alert, for a room where no therapist of its own answered. */
    List<RoomEvent> forPractice(RoomCommand.AcknowledgeAlertForPractice command, Instant now) {
        MemberView clinician = room.roster()
                .get(command.clinicianId())
                .filter(m -> m.status() == MemberStatus.ACTIVE && m.role() == RoomRole.THERAPIST)
                .orElse(new MemberView(
                        command.clinicianId(), command.clinicianName(), RoomRole.THERAPIST, MemberStatus.ACTIVE, null));
        return acknowledge(clinician, null, command.alert(), now);
    }

    private List<RoomEvent> acknowledge(MemberView clinician, String commandId, long seq, Instant now) {
        Open a = open.get(seq);
        if (a == null) {
            throw answered.containsKey(seq)
                    ? new RefusedException(
                            Refusal.INVALID_STATE,
                            "refusal.alert.already-acknowledged",
                            Map.of("name", answered.get(seq).byName()))
                    : new RefusedException(Refusal.NOT_FOUND, "refusal.alert.no-safety-alert-number");
        }
        RoomEvent.Builder b = room.by(clinician, commandId, EventKind.ALERT_ACKNOWLEDGED, now)
                .audience(Audience.THERAPISTS)
                .payload(new EventPayload.AlertAcknowledged(a.seq(), a.raisedAt()));
        writer(a).ifPresent(w -> b.target(w.id(), w.name()));
        return List.of(room.record(b));
    }

    /** The server: the alert waited its time; the next contact is told, if that step is still due. */
    List<RoomEvent> escalate(RoomCommand.EscalateAlert command, Instant now) {
        Open a = open.get(command.alert());
        if (a == null
                || a.level() != command.level() - 1
                || command.level() > policy.onCallContacts()
                || now.isBefore(a.lastStep().plus(policy.escalateAfter()))) {
            return List.of();
        }
        return List.of(escalated(a, command.level(), now));
    }

    /** When each open alert's next contact is due, while there is one left to tell. */
    List<RoomState.Timer> timers() {
        List<RoomState.Timer> timers = new ArrayList<>();
        for (Open a : open.values()) {
            if (a.level() < policy.onCallContacts()) {
                timers.add(new RoomState.Timer(
                        a.lastStep().plus(policy.escalateAfter()),
                        new RoomCommand.EscalateAlert(a.seq(), a.level() + 1)));
            }
        }
        return timers;
    }

    private RoomEvent escalated(Open a, int level, Instant now) {
        Instant next = level < policy.onCallContacts() ? now.plus(policy.escalateAfter()) : null;
        RoomEvent.Builder b = room.bySystem(EventKind.ALERT_ESCALATED, now)
                .audience(Audience.THERAPISTS)
                .payload(new EventPayload.AlertEscalated(a.seq(), level, policy.onCallContacts(), next));
        writer(a).ifPresent(w -> b.target(w.id(), w.name()));
        return room.record(b);
    }

    private Optional<MemberView> writer(Open a) {
        return room.roster().get(a.writerId());
    }

    /** Whether a therapist of the room has a socket open, to read what comes now. */
    boolean therapistOnline() {
        return room.roster().list().stream()
                .filter(SafetyAlerts::therapistInRoom)
                .anyMatch(m -> room.roster().isOnline(m.id()));
    }

    private static boolean therapistInRoom(MemberView m) {
        return m.role() == RoomRole.THERAPIST && m.status() == MemberStatus.ACTIVE;
    }
}
