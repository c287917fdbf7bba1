package org.attune.interfaces.rest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.domain.cycle.CycleEntry;
import org.attune.domain.cycle.Need;
import org.attune.domain.cycle.SofterEmotion;
import org.attune.domain.intake.ScreenAnswers;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;

/**
 * The lines of a transcript about care, in the reader's language: the heat
 * of messages and the pauses it brings, checking in after a pause, safety
 * alerts and private check-ins, the safety screen before joint work, and the
 * cycle map. Part of {@link EventLines}.
 */
final class CareLines {

    /** The prompt as {@code CycleInTheRoom.prompt} writes it. */
    private static final Pattern PROMPT = Pattern.compile(
            "Under the (.+), is there (.+)\\? You named a need (.+?)\\.(?: In your words: \u201c(.*)\u201d)?",
            Pattern.DOTALL);

    private CareLines() {}

    static String regulation(RoomEvent e, String who, String target, DocumentWords w) {
        EventPayload payload = e.payload();
        if (payload instanceof EventPayload.Signals s) {
            return w.say(
                    "document.event.signals",
                    "other",
                    target,
                    "heat",
                    s.heatPercent(),
                    "evidence",
                    EvidenceWords.of(s.signals(), w));
        } else if (payload instanceof EventPayload.Escalation x) {
            return EventPayload.Escalation.PAUSED.equals(x.action())
                    ? w.say("document.event.escalation.paused", "other", target, "heat", x.heatPercent())
                    : w.say("document.event.escalation", "other", target, "heat", x.heatPercent());
        } else if (payload instanceof EventPayload.SafetyAlert a) {
            return w.say("document.event.safety-alert", "other", target, "concerns", EvidenceWords.of(a.concerns(), w));
        } else if (payload instanceof EventPayload.Paused p) {
            return w.say(
                    "document.event.paused",
                    "name",
                    who,
                    "reason",
                    w.word("document.pause-reason.", p.reason().wireName()),
                    "minutes",
                    w.count("document.count.minute", p.minutes()),
                    "exercise",
                    w.word("document.exercise.", p.exercise().wireName()));
        } else if (payload instanceof EventPayload.CalmRating c) {
            return w.say("document.event.calm-rating", "other", target, "calm", c.calm());
        }
        return switch (e.kind()) {
            case CHECK_IN -> w.say("document.event.check-in");
            case READY -> w.say("document.event.ready", "name", who);
            default -> w.say("document.event.resumed", "name", who);
        };
    }

    static String checkIn(RoomEvent e, String who, String target, DocumentWords w) {
        EventPayload payload = e.payload();
        return switch (e.kind()) {
            case MORE_TIME -> w.say("document.event.more-time", "name", who);
            case PAUSE_EXTENDED ->
                EventLines.until(payload, w)
                        .map(u -> w.say("document.event.pause-extended", "until", u))
                        .orElseGet(() -> w.say("document.event.pause-extended.no-end"));
            case MORE_TIME_OFFERED ->
                w.say(
                        "document.event.more-time-offered",
                        "other",
                        target,
                        "more",
                        w.count("document.count.more-minutes", ((EventPayload.MoreTimeOffered) payload).minutes()));
            default ->
                switch (((EventPayload.PracticeTold) payload).told()) {
                    case EventPayload.PracticeTold.THERAPIST -> w.say("document.event.check-in-waiting.therapist");
                    case EventPayload.PracticeTold.ON_CALL -> w.say("document.event.check-in-waiting.on-call");
                    default -> w.say("document.event.check-in-waiting");
                };
        };
    }

    /** A safety alert acknowledged or passed on to the on-call contact; a private "safe to talk?" and its answer. */
    static String alert(RoomEvent e, String who, String target, DocumentWords w) {
        EventPayload payload = e.payload();
        return switch (e.kind()) {
            case ALERT_ACKNOWLEDGED -> {
                EventPayload.AlertAcknowledged a = (EventPayload.AlertAcknowledged) payload;
                yield w.say(
                        "document.event.alert-acknowledged",
                        "name",
                        who,
                        "other",
                        target,
                        "waited",
                        waited(Duration.between(a.raisedAt(), e.occurredAt()), w));
            }
            case ALERT_ESCALATED -> {
                EventPayload.AlertEscalated x = (EventPayload.AlertEscalated) payload;
                yield w.say(
                        "document.event.alert-escalated",
                        "other",
                        target,
                        "level",
                        x.level(),
                        "contacts",
                        x.contacts());
            }
            case SAFE_TO_TALK_ASKED -> w.say("document.event.safe-to-talk-asked", "name", who, "other", target);
            default ->
                w.say(
                        "document.event.safe-to-talk-answered",
                        "name",
                        who,
                        "answer",
                        w.word(
                                "document.answer.",
                                ((EventPayload.SafeToTalkAnswered) payload)
                                        .answer()
                                        .wireName()));
        };
    }

    /** The safety screen before joint work, as the therapists (who alone see the answers) read it. */
    static String screen(RoomEvent e, String who, String target, DocumentWords w) {
        return switch (e.kind()) {
            case SCREEN_ANSWERED -> {
                ScreenAnswers a = e.payload(EventPayload.ScreenAnswered.class).answers();
                String flag = a.flagged()
                        ? w.say(
                                "document.screen.flag",
                                "flags",
                                String.join(
                                        ", ",
                                        a.flags().stream()
                                                .map(f -> w.word("document.flag.", f))
                                                .toList()))
                        : w.say("document.screen.no-flag");
                yield w.say(
                        "document.event.screen-answered",
                        "name",
                        who,
                        "total",
                        a.hitsTotal(),
                        "hurt",
                        a.hurt(),
                        "insult",
                        a.insult(),
                        "threaten",
                        a.threaten(),
                        "scream",
                        a.scream(),
                        "afraid",
                        w.word("document.answer.", a.afraid().wireName()),
                        "safe",
                        w.word("document.answer.", a.safeToTalk().wireName()),
                        "flag",
                        flag);
            }
            case SCREEN_RECEIVED -> w.say("document.event.screen-received", "other", target);
            case FLAG_RESOLVED -> {
                String note = e.payload(EventPayload.FlagResolved.class).note();
                yield note == null
                        ? w.say("document.event.flag-resolved", "name", who, "other", target)
                        : w.say("document.event.flag-resolved.note", "name", who, "other", target, "note", note);
            }
            default -> w.say("document.event.room-cleared", "name", who);
        };
    }

    /** The cycle map: a person's part set, or a message tagged as a step of their cycle. */
    static String cycle(RoomEvent e, String who, String target, DocumentWords w) {
        if (e.payload() instanceof EventPayload.CycleSet set) {
            return part(who, target, set, w);
        }
        EventPayload.CycleTag tag = e.payload(EventPayload.CycleTag.class);
        return w.say(
                "document.event.cycle-step-tagged",
                "name",
                who,
                "other",
                target,
                "message",
                tag.message(),
                "step",
                w.word("document.cycle-step.", tag.step()));
    }

    /** A person's part of the cycle map, in a sentence; what shows on the surface and their words are theirs. */
    private static String part(String who, String target, EventPayload.CycleSet set, DocumentWords w) {
        CycleEntry c = set.entry();
        if (c.surface().isEmpty()) {
            return w.say("document.event.cycle-set", "name", who, "other", target, "version", set.version());
        }
        String line = w.say(
                "document.event.cycle-set.part",
                "name",
                who,
                "other",
                target,
                "version",
                set.version(),
                "move",
                w.word("document.move.", c.move().wireName()),
                "surface",
                c.surface(),
                "softer",
                w.either(c.softer().stream()
                        .map(s -> w.word("document.softer.", s.wireName()))
                        .toList()),
                "need",
                w.word("document.need.", c.need().wireName()));
        return c.words() == null ? line : line + " " + w.say("document.event.cycle-set.words", "words", c.words());
    }

    /**
     * The cycle's private prompt, which the server wrote in English from the
     * person's own part of the map ({@code CycleInTheRoom.prompt}), in the
     * reader's language, as the page words it; what shows on the surface and
     * the person's words stay theirs. A prompt it cannot read back stays as
     * written.
     */
    static String prompt(String text, DocumentWords w) {
        Matcher m = PROMPT.matcher(text);
        if (!m.matches()) {
            return text;
        }
        List<SofterEmotion> softer = new ArrayList<>();
        for (String label : m.group(2).split(", | or ")) {
            Arrays.stream(SofterEmotion.values())
                    .filter(e -> e.label().equals(label))
                    .findFirst()
                    .ifPresent(softer::add);
        }
        Optional<Need> need = Arrays.stream(Need.values())
                .filter(n -> n.label().equals(m.group(3)))
                .findFirst();
        if (softer.isEmpty() || need.isEmpty()) {
            return text;
        }
        String prompt = w.say(
                "document.cycle.prompt",
                "surface",
                m.group(1),
                "softer",
                w.either(softer.stream()
                        .map(e -> w.word("document.softer.", e.wireName()))
                        .toList()),
                "need",
                w.word("document.need.", need.get().wireName()));
        return m.group(4) == null ? prompt : prompt + " " + w.say("document.cycle.prompt.words", "words", m.group(4));
    }

    /** "45 seconds", "1 minute", "2 minutes 30 seconds". */
    static String waited(Duration d, DocumentWords w) {
        long minutes = Math.max(0, d.toMinutes());
        long seconds = Math.max(0, d.toSecondsPart());
        String m = w.count("document.count.minute", minutes);
        String sec = w.count("document.count.second", seconds);
        return minutes == 0 ? sec : seconds == 0 ? m : m + " " + sec;
    }
}
