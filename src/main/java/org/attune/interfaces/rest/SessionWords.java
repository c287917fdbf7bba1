package org.attune.interfaces.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.attune.domain.summary.SessionSummary;
import org.attune.domain.transcript.TalkStats;

/**
 * A sitting in a few sentences, in the reader's language: the description of
 * its picture ({@link SessionChart}), the sessions of a text transcript, and
 * the summary the therapist's console reads. Names go in as they are.
 */
final class SessionWords {

    private SessionWords() {}

    /** The sitting in a few sentences, as the chart's description and in a text transcript. */
    static String describe(SessionSummary s, Function<String, String> nameOf, Instant now, DocumentWords w) {
        StringBuilder out = new StringBuilder();
        String length = length(s, now, w);
        out.append(
                        s.practice() == null
                                ? w.say(
                                        "document.session.heading",
                                        "number",
                                        s.number(),
                                        "day",
                                        w.day(s.startedAt()),
                                        "length",
                                        length)
                                : w.say(
                                        "document.session.heading.practice",
                                        "number",
                                        s.number(),
                                        "practice",
                                        w.word("document.practice.", s.practice()),
                                        "day",
                                        w.day(s.startedAt()),
                                        "length",
                                        length))
                .append(' ');
        for (TalkStats.Share t : s.talk()) {
            out.append(w.say("document.session.talk", "name", nameOf.apply(t.memberId()), "talk", talkLine(t, w)))
                    .append(' ');
        }
        out.append(ruptures(s, w)).append(' ');
        out.append(w.say(
                        "document.session.pauses",
                        "pauses",
                        w.count("document.count.pause", s.pauses().size())))
                .append(' ');
        out.append(alerts(s, now, w)).append(' ');
        out.append(ratio(s, w));
        return out.toString().strip();
    }

    /** How long the sitting lasted, or has lasted so far: "40 min", "3 min so far". */
    static String length(SessionSummary s, Instant now, DocumentWords w) {
        String length = minutes(s.length(now));
        return s.running() ? w.say("document.session.so-far", "length", length) : length;
    }

    /** A member's share in a few words; turns and time at the floor only where the protocol gave turns. */
    static String talkLine(TalkStats.Share t, DocumentWords w) {
        String messages = w.count("document.count.message", t.messages());
        String words = w.count("document.count.word", t.words());
        if (t.turns() == 0 && t.talkTime().isZero()) {
            return w.say("document.session.talk-line", "messages", messages, "words", words);
        }
        return w.say(
                "document.session.talk-line.turns",
                "turns",
                w.count("document.count.turn", t.turns()),
                "messages",
                messages,
                "words",
                words,
                "floor",
                minutes(t.talkTime()));
    }

    static String ruptures(SessionSummary s, DocumentWords w) {
        if (s.ruptures().isEmpty()) {
            return w.say("document.session.no-rupture");
        }
        String ruptures = w.count("document.count.rupture", s.ruptures().size());
        String repaired = w.count("document.count.repaired", s.repaired());
        return s.medianTimeToRepair()
                .map(d -> w.say(
                        "document.session.ruptures.median",
                        "ruptures",
                        ruptures,
                        "repaired",
                        repaired,
                        "median",
                        minutes(d)))
                .orElseGet(() -> w.say("document.session.ruptures", "ruptures", ruptures, "repaired", repaired));
    }

    static String alerts(SessionSummary s, Instant now, DocumentWords w) {
        if (s.alerts().isEmpty()) {
            return w.say("document.session.no-alert");
        }
        long waiting =
                s.alerts().stream().filter(a -> a.acknowledgedAt() == null).count();
        Duration longest = s.alerts().stream()
                .map(a -> a.waited(now))
                .max(Duration::compareTo)
                .orElse(Duration.ZERO);
        String alerts = w.count("document.count.safety-alert", s.alerts().size());
        return waiting > 0
                ? w.say(
                        "document.session.alerts.waiting",
                        "alerts",
                        alerts,
                        "waiting",
                        w.count("document.count.not-acknowledged", waiting),
                        "longest",
                        minutes(longest))
                : w.say("document.session.alerts", "alerts", alerts, "longest", minutes(longest));
    }

    static String ratio(SessionSummary s, DocumentWords w) {
        return s.ratio()
                .map(r -> w.say(
                        "document.session.ratio",
                        "ratio",
                        w.decimal(r),
                        "positive",
                        s.positive(),
                        "negative",
                        s.negative()))
                .orElseGet(() -> w.say(
                        "document.session.no-ratio",
                        "positive",
                        w.count("document.count.positive-moment", s.positive())));
    }

    /** "45 s", "7 min 40 s", "2 h 30 min": symbols every language Attune speaks writes alike. */
    static String minutes(Duration d) {
        long m = d.toMinutes();
        long sec = d.toSecondsPart();
        if (m >= 90) {
            return m / 60 + " h" + (m % 60 == 0 ? "" : " " + m % 60 + " min");
        }
        return m == 0 ? sec + " s" : m + " min" + (sec >= 30 && m < 10 ? " " + sec + " s" : "");
    }
}
