package org.attune.domain.room;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.attune.domain.member.MemberView;
import org.attune.domain.regulation.CrisisResources;
import org.attune.domain.regulation.EscalationDetector;
import org.attune.domain.regulation.Evidence;
import org.attune.domain.regulation.HeatTracker;
import org.attune.domain.regulation.PauseReason;
import org.attune.domain.regulation.RegulationSettings;
import org.attune.domain.regulation.SafetyScreen;
import org.attune.domain.regulation.Signal;
import org.attune.domain.transcript.Audience;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;
import org.attune.domain.turn.OpenProtocol;

/**
 * What a participant's message tells the therapist: a safety alert at once
 * for words of self-harm, violence or abuse (to the therapists and the
 * writer, who is shown crisis resources); the message's signals and heat;
 * and when the writer's running heat crosses the room's threshold, an
 * escalation. A guided room then pauses itself with its default exercise.
 * Rapid-fire sending counts only in an open conversation: a structured
 * protocol paces the turns itself, and a holder may say several things.
 * Nothing is blocked: the message itself has already been recorded.
 */
final class MessageScreening {

    private final RoomState room;

    MessageScreening(RoomState room) {
        this.room = room;
    }

    List<RoomEvent> screen(MemberView writer, String text, Instant now) {
        List<RoomEvent> out = new ArrayList<>();
        RegulationSettings regulation = room.regulation();
        List<SafetyScreen.Concern> concerns = SafetyScreen.screen(text);
        if (!concerns.isEmpty()) {
            out.add(room.record(room.bySystem(EventKind.SAFETY_ALERT, now)
                    .target(writer.id(), writer.name())
                    .audience(Audience.THERAPISTS_AND_TARGET)
                    .payload(new EventPayload.SafetyAlert(
                            concerns.stream().map(Evidence::of).toList(),
                            CrisisResources.region(regulation.crisisRegion())
                                    .map(CrisisResources.Region::code)
                                    .orElse(null)))));
        }
        EscalationDetector.Assessment assessment = EscalationDetector.assess(text);
        HeatTracker heat = room.heat();
        if (room.protocol() instanceof OpenProtocol && heat.rapid(writer.id(), now)) {
            assessment = assessment.with(new EscalationDetector.Finding(
                    Signal.RAPID_FIRE,
                    HeatTracker.RAPID_COUNT + " messages in " + HeatTracker.RAPID_WINDOW.toSeconds() + " s"));
        }
        if (assessment.heat() <= 0) {
            return out;
        }
        List<Evidence> evidence =
                assessment.findings().stream().map(Evidence::of).toList();
        out.add(room.record(room.bySystem(EventKind.SIGNALS, now)
                .target(writer.id(), writer.name())
                .audience(Audience.THERAPISTS)
                .payload(new EventPayload.Signals(percent(assessment.heat()), evidence))));
        double running = heat.running(writer.id(), now);
        if (running * 100 >= regulation.escalationThreshold()) {
            boolean pausesItself = room.mode() == RoomMode.GUIDED && room.currentPause() == null;
            out.add(room.record(room.bySystem(EventKind.ESCALATION, now)
                    .target(writer.id(), writer.name())
                    .audience(Audience.THERAPISTS)
                    .payload(new EventPayload.Escalation(
                            percent(running),
                            evidence,
                            pausesItself ? EventPayload.Escalation.PAUSED : EventPayload.Escalation.SUGGEST_PAUSE))));
            if (pausesItself) {
                out.add(room.record(Pauses.paused(
                        room.bySystem(EventKind.PAUSED, now),
                        PauseReason.ESCALATION,
                        regulation.pauseMinutes(),
                        Pauses.exercise(regulation, null, regulation.pauseMinutes()),
                        now)));
            }
        }
        return out;
    }

    private static int percent(double heat) {
        return (int) Math.round(heat * 100);
    }
}
