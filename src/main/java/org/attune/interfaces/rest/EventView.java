package org.attune.interfaces.rest;

import java.time.Instant;
import java.util.List;
import org.attune.domain.cycle.CycleEntry;
import org.attune.domain.cycle.SofterEmotion;
import org.attune.domain.intake.ScreenAnswers;
import org.attune.domain.regulation.Evidence;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;
import org.attune.domain.turn.ConversationStep;

/**
 * One event of a transcript or an export: in which room, who did what to whom and when, and
 * what it says as structured fields ({@code payload}, left out when the kind
 * says it all).
 */
public record EventView(
        String roomId,
        long seq,
        Instant at,
        String kind,
        String actor,
        String actorName,
        String audience,
        String target,
        String targetName,
        PayloadView payload) {

    static EventView of(RoomEvent e) {
        return new EventView(
                e.roomId(),
                e.seq(),
                e.occurredAt(),
                e.kind().wireName(),
                e.actorId(),
                e.actorName(),
                e.audience().wireName(),
                e.targetId().orElse(null),
                e.targetName().orElse(null),
                PayloadView.of(e.payload()));
    }

    /** A signal or a safety concern, with the words that showed it. */
    public record EvidenceView(String kind, String words) {
        static List<EvidenceView> of(List<Evidence> items) {
            return items.stream()
                    .map(e -> new EvidenceView(e.kind(), e.words()))
                    .toList();
        }
    }

    /**
     * What an event says; each kind fills its own fields and leaves the rest out:
     * {@code text} for what someone wrote; {@code name} of a renamed room;
     * {@code protocol} chosen; {@code until} of a mute, a timed turn or a pause;
     * turn limit in {@code seconds}; whether a paraphrase was {@code accurate};
     * dialogue {@code step} with its {@code stem}; speaking {@code order};
     * {@code heat} in percent with {@code signals} and the {@code action} an
     * escalation led to; safety {@code concerns} and the crisis {@code region}
     * shown; a pause's {@code reason}, {@code minutes} and {@code exercise};
     * a {@code calm} rating from 1 to 5; the {@code message} (its seq) a safety
     * alert is about or a writer shared; whether a held message is
     * {@code shareable}; {@code why} resources were offered; the private
     * {@code check} (its seq) someone answered, and their {@code answer}; a
     * participant's safety {@code screen} (therapists only); a resolved flag's
     * answer ({@code message}) and note ({@code text}); the safety {@code alert}
     * (its seq) acknowledged, with when it was {@code raisedAt}, or escalated to
     * the on-call contact of {@code level} of {@code contacts}, the next told
     * at {@code until}; and for resources offered, who follows up
     * ({@code followUp}) and {@code withinMinutes}; who was {@code told}
     * that a check-in waits for someone ({@code therapist}, {@code on_call},
     * {@code practice}); in a repair, the {@code feelings} chosen from the
     * list, and whether an apology was {@code accepted}; a person's part of the
     * {@code cycle} map with the map's {@code version} and the {@code session}
     * it was set in, or the {@code message} tagged as a {@code step} of the cycle;
     * a repair {@code phrase} offered (its words in {@code text}) and the earlier
     * offer it {@code replaces}, or the {@code offer} accepted; practice between
     * sessions: the {@code practice} (its seq) and its {@code practiceKind}, when
     * it is {@code due}, a sitting's {@code seconds}, {@code turns} and
     * {@code messages} by member id, and the {@code lines} a participant shared.
     */
    public record PayloadView(
            String text,
            String name,
            String protocol,
            Instant until,
            Integer seconds,
            Boolean accurate,
            String step,
            String stem,
            List<String> order,
            Integer heat,
            List<EvidenceView> signals,
            String action,
            List<EvidenceView> concerns,
            String region,
            String reason,
            Integer minutes,
            String exercise,
            Integer calm,
            Long message,
            Boolean shareable,
            String why,
            Long check,
            String answer,
            ScreenView screen,
            Long alert,
            Instant raisedAt,
            Integer level,
            Integer contacts,
            String followUp,
            Integer withinMinutes,
            String told,
            List<String> feelings,
            Boolean accepted,
            CycleView cycle,
            Integer version,
            Integer session,
            String phrase,
            Long replaces,
            Long offer,
            Long practice,
            String practiceKind,
            Instant due,
            Integer turns,
            java.util.Map<String, Integer> messages,
            List<String> lines) {

        static PayloadView of(EventPayload payload) {
            Fields f = new Fields();
            if (payload instanceof EventPayload.Text t) {
                f.text = t.text();
            } else if (payload instanceof EventPayload.ReminderAddress r) {
                f.text = r.address();
            } else if (payload instanceof EventPayload.RoomRenamed r) {
                f.name = r.name();
            } else if (payload instanceof EventPayload.ProtocolChosen p) {
                f.protocol = p.protocol();
            } else if (payload instanceof EventPayload.Deadline d) {
                f.until = d.until();
            } else if (payload instanceof EventPayload.TurnLimit l) {
                f.seconds = l.seconds();
            } else if (payload instanceof EventPayload.Confirmation c) {
                f.accurate = c.accurate();
            } else if (payload instanceof EventPayload.Step s) {
                f.step = s.step();
                f.stem = ConversationStep.fromWireName(s.step())
                        .map(ConversationStep::stem)
                        .orElse(null);
            } else if (payload instanceof EventPayload.Order o) {
                f.order = o.members();
            } else if (payload instanceof EventPayload.Feelings feelings) {
                f.feelings = feelings.feelings();
            } else if (payload instanceof EventPayload.ApologyAnswer a) {
                f.accepted = a.accepted();
            } else if (payload instanceof EventPayload.CycleSet c) {
                f.cycle = c.entry().surface().isEmpty() ? null : CycleView.of(c.entry());
                f.version = c.version();
                f.session = c.session() == 0 ? null : c.session();
            } else if (payload instanceof EventPayload.CycleTag t) {
                f.message = t.message();
                f.step = t.step();
            } else if (payload instanceof EventPayload.RepairOffer r) {
                f.phrase = r.phrase();
                f.text = r.text();
                f.replaces = r.replaces() == 0 ? null : r.replaces();
            } else if (payload instanceof EventPayload.RepairAccepted a) {
                f.offer = a.offer();
                f.phrase = a.phrase();
            } else {
                regulation(payload, f);
            }
            return f.view();
        }

        private static void regulation(EventPayload payload, Fields f) {
            if (payload instanceof EventPayload.Signals s) {
                f.heat = s.heatPercent();
                f.signals = EvidenceView.of(s.signals());
            } else if (payload instanceof EventPayload.Escalation x) {
                f.heat = x.heatPercent();
                f.signals = EvidenceView.of(x.signals());
                f.action = x.action();
            } else if (payload instanceof EventPayload.SafetyAlert a) {
                f.concerns = EvidenceView.of(a.concerns());
                f.region = a.region();
                f.message = a.message() == 0 ? null : a.message();
            } else if (payload instanceof EventPayload.Held h) {
                f.text = h.text();
                f.shareable = h.shareable();
            } else if (payload instanceof EventPayload.Shared sh) {
                f.message = sh.held();
            } else if (payload instanceof EventPayload.ResourcesOffered r) {
                f.region = r.region();
                f.why = r.why();
                f.followUp = r.followUp();
                f.withinMinutes = r.withinMinutes() == 0 ? null : r.withinMinutes();
            } else if (payload instanceof EventPayload.Paused p) {
                f.reason = p.reason().wireName();
                f.minutes = p.minutes();
                f.exercise = p.exercise().wireName();
                f.until = p.until();
            } else if (payload instanceof EventPayload.CalmRating c) {
                f.calm = c.calm();
            } else if (payload instanceof EventPayload.MoreTimeOffered m) {
                f.minutes = m.minutes();
            } else if (payload instanceof EventPayload.PracticeTold t) {
                f.told = t.told();
            } else if (payload instanceof EventPayload.SafeToTalkAnswered a) {
                f.check = a.check();
                f.answer = a.answer().wireName();
            } else if (payload instanceof EventPayload.ScreenAnswered a) {
                f.screen = ScreenView.of(a.answers());
            } else if (payload instanceof EventPayload.FlagResolved r) {
                f.text = r.note();
                f.message = r.screen();
            } else {
                alerts(payload, f);
            }
        }

        private static void alerts(EventPayload payload, Fields f) {
            if (payload instanceof EventPayload.AlertAcknowledged a) {
                f.alert = a.alert();
                f.raisedAt = a.raisedAt();
            } else if (payload instanceof EventPayload.AlertEscalated x) {
                f.alert = x.alert();
                f.level = x.level();
                f.contacts = x.contacts();
                f.until = x.next();
            } else if (payload instanceof EventPayload.PracticeSet p) {
                f.practiceKind = p.kind();
                f.due = p.due();
            } else if (payload instanceof EventPayload.PracticeRef p) {
                f.practice = p.practice();
                f.practiceKind = p.kind();
            } else if (payload instanceof EventPayload.PracticeFigures p) {
                f.practice = p.practice();
                f.practiceKind = p.kind();
                f.seconds = (int) p.seconds();
                f.turns = p.turns();
                f.messages = p.messages();
            } else if (payload instanceof EventPayload.PracticeWords p) {
                f.practice = p.practice();
                f.lines = p.lines();
            }
        }
    }

    /** A participant's answers to the safety screen: the four HITS items, their total, the two direct questions. */
    public record ScreenView(
            int hurt,
            int insult,
            int threaten,
            int scream,
            int total,
            String afraid,
            String safeToTalk,
            List<String> flags) {
        static ScreenView of(ScreenAnswers a) {
            return new ScreenView(
                    a.hurt(),
                    a.insult(),
                    a.threaten(),
                    a.scream(),
                    a.hitsTotal(),
                    a.afraid().wireName(),
                    a.safeToTalk().wireName(),
                    a.flags());
        }
    }

    /** One person's part of the cycle map, by wire names; {@code words} their own, or null. */
    public record CycleView(String move, String surface, List<String> softer, String need, String words) {
        static CycleView of(CycleEntry e) {
            return new CycleView(
                    e.move().wireName(),
                    e.surface(),
                    e.softer().stream().map(SofterEmotion::wireName).toList(),
                    e.need().wireName(),
                    e.words());
        }
    }

    /** The payload's fields as they are filled in; a payload with none is left out. */
    private static final class Fields {
        private String text;
        private String name;
        private String protocol;
        private Instant until;
        private Integer seconds;
        private Boolean accurate;
        private String step;
        private String stem;
        private List<String> order;
        private Integer heat;
        private List<EvidenceView> signals;
        private String action;
        private List<EvidenceView> concerns;
        private String region;
        private String reason;
        private Integer minutes;
        private String exercise;
        private Integer calm;
        private Long message;
        private Boolean shareable;
        private String why;
        private Long check;
        private String answer;
        private ScreenView screen;
        private Long alert;
        private Instant raisedAt;
        private Integer level;
        private Integer contacts;
        private String followUp;
        private Integer withinMinutes;
        private String told;
        private List<String> feelings;
        private Boolean accepted;
        private CycleView cycle;
        private Integer version;
        private Integer session;
        private String phrase;
        private Long replaces;
        private Long offer;
        private Long practice;
        private String practiceKind;
        private Instant due;
        private Integer turns;
        private java.util.Map<String, Integer> messages;
        private List<String> lines;

        PayloadView view() {
            PayloadView view = raw();
            return view.equals(NONE) ? null : view;
        }

        private static final PayloadView NONE = new Fields().raw();

        private PayloadView raw() {
            return new PayloadView(
                    text,
                    name,
                    protocol,
                    until,
                    seconds,
                    accurate,
                    step,
                    stem,
                    order,
                    heat,
                    signals,
                    action,
                    concerns,
                    region,
                    reason,
                    minutes,
                    exercise,
                    calm,
                    message,
                    shareable,
                    why,
                    check,
                    answer,
                    screen,
                    alert,
                    raisedAt,
                    level,
                    contacts,
                    followUp,
                    withinMinutes,
                    told,
                    feelings,
                    accepted,
                    cycle,
                    version,
                    session,
                    phrase,
                    replaces,
                    offer,
                    practice,
                    practiceKind,
                    due,
                    turns,
                    messages,
                    lines);
        }
    }
}
