package org.attune.interfaces.rest;

import java.util.function.Function;
import org.attune.application.TranscriptService.Participation;
import org.attune.application.TranscriptService.Transcript;
import org.attune.domain.Language;
import org.attune.domain.summary.SessionSummary;
import org.attune.domain.transcript.RoomEvent;
import org.attune.domain.transcript.TalkStats;

/**
 * A transcript as plain text or as a small standalone HTML page, in the
 * reader's language; every user's word is escaped. Each event reads as
 * {@link EventLines} words it.
 */
final class TranscriptRenderer {

    private TranscriptRenderer() {}

    static String text(Transcript t, Language language) {
        DocumentWords w = DocumentWords.in(language);
        StringBuilder out = new StringBuilder();
        out.append(t.room().name()).append('\n');
        out.append(w.say("document.transcript.heading")).append("\n\n");
        for (RoomEvent e : t.events()) {
            out.append(w.time(e.occurredAt()))
                    .append("  ")
                    .append(EventLines.line(e, t::nameOf, w))
                    .append('\n');
        }
        out.append('\n').append(w.say("document.transcript.who-spoke")).append('\n');
        for (Participation p : t.participation()) {
            out.append("  ")
                    .append(w.say("document.transcript.share", "name", p.name(), "share", share(p.share(), w)))
                    .append('\n');
        }
        if (!t.sessions().isEmpty()) {
            out.append('\n').append(w.say("document.transcript.sessions")).append('\n');
        }
        for (SessionSummary s : t.sessions()) {
            out.append("  ")
                    .append(SessionWords.describe(s, t::nameOf, t.readAt(), w))
                    .append('\n');
        }
        return out.toString();
    }

    static String html(Transcript t, Language language) {
        DocumentWords w = DocumentWords.in(language);
        StringBuilder out = new StringBuilder();
        // The title is neutral: a browser shows it in tabs and history, where others may read it.
        out.append("<!doctype html>\n<html lang=\"")
                .append(language.wireName())
                .append("\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(w.say("document.transcript.title")))
                .append("</title></head><body>\n<h1>")
                .append(escape(t.room().name()))
                .append("</h1>\n<p>")
                .append(escape(w.say("document.transcript.times")))
                .append("</p>\n<ol>\n");
        for (RoomEvent e : t.events()) {
            out.append("<li><time datetime=\"")
                    .append(e.occurredAt())
                    .append("\">")
                    .append(w.time(e.occurredAt()))
                    .append("</time> ")
                    .append(escape(EventLines.line(e, t::nameOf, w)))
                    .append("</li>\n");
        }
        out.append("</ol>\n<h2>")
                .append(escape(w.say("document.transcript.who-spoke")))
                .append("</h2>\n<ul>\n");
        for (Participation p : t.participation()) {
            out.append("<li>")
                    .append(escape(w.say("document.transcript.share", "name", p.name(), "share", share(p.share(), w))))
                    .append("</li>\n");
        }
        out.append("</ul>\n");
        if (!t.sessions().isEmpty()) {
            // For the room's therapists only: the summaries show what the detector read.
            out.append("<h2>")
                    .append(escape(w.say("document.transcript.sessions")))
                    .append("</h2>\n");
            for (SessionSummary s : t.sessions()) {
                out.append("<figure>\n")
                        .append(SessionChart.svg(s, t::nameOf, t.readAt(), language))
                        .append("<figcaption>")
                        .append(escape(SessionWords.describe(s, t::nameOf, t.readAt(), w)))
                        .append("</figcaption>\n</figure>\n");
            }
        }
        return out.append("</body></html>\n").toString();
    }

    /** A member's share in words, e.g. "3 turns, 12 messages, 240 words, 6 min 5 s holding the floor". */
    static String share(TalkStats.Share s, DocumentWords w) {
        long minutes = s.talkTime().toMinutes();
        long seconds = s.talkTime().toSecondsPart();
        // "min" and "s" are the same symbols in every language Attune speaks.
        String floor = (minutes > 0 ? minutes + " min " : "") + seconds + " s";
        return w.say(
                "document.transcript.share.figures",
                "turns",
                w.count("document.count.turn", s.turns()),
                "messages",
                w.count("document.count.message", s.messages()),
                "words",
                w.count("document.count.word", s.words()),
                "floor",
                floor);
    }

    /** One event in words, in English, as the English transcript reads it. */
    static String line(RoomEvent e, Function<String, String> nameOf) {
        return EventLines.line(e, nameOf, DocumentWords.ENGLISH);
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
