package org.attune.domain.room;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.attune.domain.member.MemberView;
import org.attune.domain.regulation.CrisisResources;
import org.attune.domain.regulation.EscalationDetector;
import org.attune.domain.regulation.Evidence;
import org.attune.domain.regulation.Flooding;
import org.attune.domain.regulation.HeatTracker;
import org.attune.domain.regulation.NamedPeople;
import org.attune.domain.regulation.PauseReason;
import org.attune.domain.regulation.RegulationSettings;
import org.attune.domain.regulation.RepairAttempts;
import org.attune.domain.regulation.SafetyConcern;
import org.attune.domain.regulation.SafetyScreen;
import org.attune.domain.regulation.Signal;
import org.attune.domain.transcript.Audience;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;
import org.attune.domain.turn.OpenProtocol;

/**
 * What a participant's words tell the therapist, and where they may go.
 *
 * <p><b>Safety first.</b> A message with words of self-harm, violence, abuse,
 * fear of someone, or a threat is held back from the room before anyone else
 * could read it: a disclosure read by the person it is about can be punished
 * after the session. It goes to the therapists ({@link EventKind#HELD_MESSAGE},
 * with a {@link EventKind#SAFETY_ALERT} for them alone), and the writer is
 * told, privately, that only their therapist can see it, with the region's
 * crisis resources; they may share it with the room later. Nothing is blocked
 * silently or lost. A threat cannot be shared; a threat in so many words (a
 * cue named it) also pauses the room with a reason that names nobody, and the
 * others are offered resources discreetly; its writer sees the pause, not an
 * accusation. One that only the learned layer finds resembling a threat is
 * left to the therapist to pause for: a false alarm there would stop a whole
 * conversation.
 *
 * <p><b>Heat.</b> Every participant message's signals and heat go to the
 * therapists; when the writer's running heat crosses the room's threshold, an
 * escalation follows, and a guided room pauses itself with its default
 * exercise. Rapid-fire sending counts only in an open conversation: a
 * structured protocol paces the turns itself, and a holder may say several
 * things.
 *
 * <p><b>In context.</b> A listener's reflection (the protocol says which
 * message is one: {@code TurnProtocol.reflects}) says the partner's words back
 * on purpose: those words are not the listener's heat, and a threat in them is
 * not the listener's threat (it is held and alerted as violence, and never
 * pauses the room); what the listener adds of their own counts as usual. A
 * repair attempt halves its writer's running heat and is shown to the
 * therapists ({@link EventKind#REPAIR_ATTEMPT}); flooding said in words
 * suggests a time-out to the writer alone ({@link EventKind#PAUSE_SUGGESTED}).
 *
 * <p><b>The cycle.</b> When an escalation follows in a room that has mapped its
 * cycle, the room hears that the cycle may be showing up, naming nobody, and
 * the writer alone is asked about the softer emotion under the surface one
 * ({@link CycleMaps#heatRose}).
 */
final class MessageScreening {

    private final RoomState room;

    /** The last names read for the safety screen, kept while the roster is the same. */
    private NamedPeople people;

    MessageScreening(RoomState room) {
        this.room = room;
    }

    /** Holds a participant's message back from the room, for its concerns; then its heat, as for any message. */
    List<RoomEvent> hold(
            MemberView writer,
            String commandId,
            String text,
            List<SafetyScreen.Concern> concerns,
            boolean reflection,
            Instant now) {
        boolean threat = concerns.stream().anyMatch(c -> c.concern() == SafetyConcern.THREAT);
        // The room pauses for a threat in so many words; one that only the learned layer finds resembling
        // a threat ("don't you dare…") is held and goes to the therapist, who decides whether to pause.
        boolean named = concerns.stream().anyMatch(c -> c.concern() == SafetyConcern.THREAT && !c.learned());
        List<RoomEvent> out = new ArrayList<>();
        RoomEvent held = room.record(room.by(writer, commandId, EventKind.HELD_MESSAGE, now)
                .target(writer.id(), writer.name())
                .audience(Audience.THERAPISTS_AND_TARGET)
                .payload(new EventPayload.Held(text, !threat)));
        out.add(held);
        EventPayload.ResourcesOffered offer =
                alert(writer, concerns, held.seq(), EventPayload.ResourcesOffered.HELD, out, now);
        if (!threat) {
            out.add(resources(writer, offer, now));
        } else if (named
                && room.sessionRunning()
                && (room.currentPause() == null || room.currentPause().checkingIn())) {
            RegulationSettings regulation = room.regulation();
            int minutes = Math.max(regulation.pauseMinutes(), PauseReason.SAFETY.minMinutes());
            out.add(room.record(Pauses.paused(
                    room.bySystem(EventKind.PAUSED, now),
                    PauseReason.SAFETY,
                    minutes,
                    Pauses.exercise(regulation, null, minutes),
                    now)));
        }
        if (named) {
            for (String other : room.roster().activeParticipants()) {
                if (!other.equals(writer.id())) {
                    out.add(resources(
                            room.roster().named(other),
                            new EventPayload.ResourcesOffered(region(), EventPayload.ResourcesOffered.ROOM_PAUSED),
                            now));
                }
            }
        }
        out.addAll(heat(writer, text, reflection, now));
        return out;
    }

    /**
     * The names of the room's members, which the safety screen reads as the people they are; made
     * again only when they change. The writer's own name is among them: read as "he", it changes
     * nothing the screen looks for.
     */
    NamedPeople named() {
        List<String> names = room.members().stream().map(MemberView::name).toList();
        NamedPeople known = people;
        if (known == null || !known.names().equals(names)) {
            known = NamedPeople.of(names);
            people = known;
        }
        return known;
    }

    /**
     * A private line to the therapists: recorded for them and the writer; a
     * concern in it alerts them, and its writer is offered resources (not for a
     * threat, which is the therapist's to take up).
     */
    List<RoomEvent> privateLine(MemberView writer, String commandId, String text, Instant now) {
        List<RoomEvent> out = new ArrayList<>();
        RoomEvent line = room.record(room.by(writer, commandId, EventKind.TO_THERAPIST, now)
                .target(writer.id(), writer.name())
                .audience(Audience.THERAPISTS_AND_TARGET)
                .payload(new EventPayload.Text(text)));
        out.add(line);
        List<SafetyScreen.Concern> concerns = named().screen(text);
        if (!concerns.isEmpty()) {
            EventPayload.ResourcesOffered offer =
                    alert(writer, concerns, line.seq(), EventPayload.ResourcesOffered.PRIVATE_LINE, out, now);
            if (concerns.stream().anyMatch(c -> c.concern() != SafetyConcern.THREAT)) {
                out.add(resources(writer, offer, now));
            }
        }
        return out;
    }

    /**
     * Alerts the therapists (and, when none is here, the practice's on-call
     * contact: {@link SafetyAlerts#raised}); returns the resources to offer the
     * writer, saying who follows up.
     */
    private EventPayload.ResourcesOffered alert(
            MemberView writer,
            List<SafetyScreen.Concern> concerns,
            long message,
            String why,
            List<RoomEvent> out,
            Instant now) {
        RoomEvent alert = room.record(room.bySystem(EventKind.SAFETY_ALERT, now)
                .target(writer.id(), writer.name())
                .audience(Audience.THERAPISTS)
                .payload(new EventPayload.SafetyAlert(
                        concerns.stream().map(Evidence::of).toList(), region(), message)));
        out.add(alert);
        return room.alerts().raised(alert, out, region(), why);
    }

    private RoomEvent resources(MemberView to, EventPayload.ResourcesOffered offer, Instant now) {
        return room.record(room.bySystem(EventKind.RESOURCES_OFFERED, now)
                .target(to.id(), to.name())
                .audience(Audience.THERAPISTS_AND_TARGET)
                .payload(offer));
    }

    private String region() {
        return region(room);
    }

    /** The room's own crisis region, or null for the practice's. */
    static String region(RoomState room) {
        return CrisisResources.region(room.regulation().crisisRegion())
                .map(CrisisResources.Region::code)
                .orElse(null);
    }

    /**
     * The signals and heat of a participant's message, for the therapists; an
     * escalation when heat runs high. A reflection's words said back are not
     * its writer's heat (only what they add of their own is). A repair attempt
     * in the writer's own voice halves their running heat and is shown to the
     * therapists; flooding said in words suggests a time-out to the writer alone.
     */
    List<RoomEvent> heat(MemberView writer, String text, boolean reflection, Instant now) {
        List<RoomEvent> out = new ArrayList<>();
        EscalationDetector.Assessment assessment =
                reflection ? EscalationDetector.assessReflection(text) : EscalationDetector.assess(text);
        HeatTracker heat = room.regulating().heat();
        if (room.protocol() instanceof OpenProtocol && heat.rapid(writer.id(), now)) {
            assessment = assessment.with(new EscalationDetector.Finding(
                    Signal.RAPID_FIRE,
                    HeatTracker.RAPID_COUNT + " messages in " + HeatTracker.RAPID_WINDOW.toSeconds() + " s"));
        }
        if (assessment.heat() > 0) {
            signals(writer, assessment, out, now);
        }
        if (!reflection) {
            EscalationDetector.Assessment own = assessment;
            RepairAttempts.in(text, own)
                    .ifPresent(words -> out.add(room.record(room.bySystem(EventKind.REPAIR_ATTEMPT, now)
                            .target(writer.id(), writer.name())
                            .audience(Audience.THERAPISTS)
                            .payload(new EventPayload.Signals(
                                    percent(heat.afterRepair(writer.id(), now)),
                                    List.of(new Evidence(RepairAttempts.WIRE_NAME, words)))))));
            Flooding.in(text)
                    .filter(words -> room.sessionRunning()
                            && room.currentPause() == null
                            && room.regulating().maySuggestPauseTo(writer.id(), now))
                    .ifPresent(words -> out.add(room.record(room.bySystem(EventKind.PAUSE_SUGGESTED, now)
                            .target(writer.id(), writer.name())
                            .audience(Audience.THERAPISTS_AND_TARGET)
                            .payload(new EventPayload.Signals(
                                    percent(own.heat()), List.of(new Evidence(Flooding.WIRE_NAME, words)))))));
        }
        return out;
    }

    private void signals(
            MemberView writer, EscalationDetector.Assessment assessment, List<RoomEvent> out, Instant now) {
        RegulationSettings regulation = room.regulation();
        List<Evidence> evidence =
                assessment.findings().stream().map(Evidence::of).toList();
        out.add(room.record(room.bySystem(EventKind.SIGNALS, now)
                .target(writer.id(), writer.name())
                .audience(Audience.THERAPISTS)
                .payload(new EventPayload.Signals(percent(assessment.heat()), evidence))));
        double running = room.regulating().heat().running(writer.id(), now);
        if (running * 100 >= regulation.escalationThreshold()) {
            boolean pausesItself = room.guides() && room.currentPause() == null;
            out.add(room.record(room.bySystem(EventKind.ESCALATION, now)
                    .target(writer.id(), writer.name())
                    .audience(Audience.THERAPISTS)
                    .payload(new EventPayload.Escalation(
                            percent(running),
                            evidence,
                            pausesItself ? EventPayload.Escalation.PAUSED : EventPayload.Escalation.SUGGEST_PAUSE))));
            out.addAll(room.cycleMaps().heatRose(writer, now));
            if (pausesItself) {
                out.add(room.record(Pauses.paused(
                        room.bySystem(EventKind.PAUSED, now),
                        PauseReason.ESCALATION,
                        regulation.pauseMinutes(),
                        Pauses.exercise(regulation, null, regulation.pauseMinutes()),
                        now)));
            }
        }
    }

    private static int percent(double heat) {
        return (int) Math.round(heat * 100);
    }
}
