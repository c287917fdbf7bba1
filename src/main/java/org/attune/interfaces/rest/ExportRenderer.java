package org.attune.interfaces.rest;

import static org.attune.interfaces.rest.TranscriptRenderer.escape;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.attune.application.DataExportService.Export;
import org.attune.domain.Language;
import org.attune.domain.member.MemberStatus;
import org.attune.domain.room.Member;
import org.attune.domain.transcript.PersonalExport.Entry;
import org.attune.domain.transcript.PersonalExport.Part;
import org.attune.security.AuditEntry;

/**
 * A person's export as a readable document, in their language: a calm,
 * printable, standalone HTML page (no script, every word escaped) or plain
 * text. It says what it is and when it was made; per room, what the person
 * wrote and did and what was recorded about them, each with why; who did what
 * with their data; and what it does not hold, and why. Events read as in the
 * transcript.
 */
final class ExportRenderer {

    /**
     * What an export never holds, and why, by key: the sentences of
     * {@link org.attune.domain.transcript.PersonalExport#NOT_INCLUDED}, in order.
     */
    static final List<String> NOT_INCLUDED = List.of(
            "document.not-included.notes",
            "document.not-included.others-private",
            "document.not-included.others-to-the-room",
            "document.not-included.other-rooms",
            "document.not-included.drafts");

    private static final String STYLE = "body{font-family:Georgia,serif;max-width:46em;margin:2em auto;"
            + "padding:0 1em;line-height:1.5;color:#222}h1,h2,h3{font-family:sans-serif;font-weight:normal}"
            + "section{border-top:1px solid #ccc;margin-top:2em}li{margin:.4em 0}.why{display:block;"
            + "color:#555;font-size:.9em}time{color:#555}@media print{body{margin:0}}";

    private ExportRenderer() {}

    /** The page, in English. */
    static String html(Export x) {
        return html(x, Language.ENGLISH);
    }

    static String html(Export x, Language language) {
        DocumentWords w = DocumentWords.in(language);
        StringBuilder out = new StringBuilder();
        // The title is neutral: a browser shows it in tabs and history, where others may read it.
        out.append("<!doctype html>\n<html lang=\"")
                .append(language.wireName())
                .append("\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(w.say("document.export.title")))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>\n<h1>")
                .append(escape(w.say("document.export.heading")))
                .append("</h1>\n<p>")
                .append(escape(intro(x, w)))
                .append("</p>\n<p>")
                .append(escape(w.say("document.export.times.html")))
                .append("</p>\n");
        if (x.memberships().isEmpty()) {
            out.append("<p>").append(escape(w.say("document.export.no-room"))).append("</p>\n");
        }
        for (Member m : x.memberships()) {
            out.append("<section>\n<h2>")
                    .append(escape(roomName(x, m, w)))
                    .append("</h2>\n<p>")
                    .append(escape(standing(m, w)))
                    .append("</p>\n");
            List<Entry> inRoom = x.inRoom(m.roomId());
            htmlPart(out, w.say("document.export.authored"), inRoom, Part.AUTHORED, x, w);
            htmlPart(out, w.say("document.export.about-you"), inRoom, Part.ABOUT_YOU, x, w);
            out.append("</section>\n");
        }
        out.append("<section>\n<h2>")
                .append(escape(w.say("document.export.audit")))
                .append("</h2>\n<ol>\n");
        for (AuditEntry a : x.audit()) {
            out.append("<li>")
                    .append(time(a.at(), w))
                    .append(' ')
                    .append(escape(audit(a, x, w)))
                    .append("</li>\n");
        }
        out.append("</ol>\n</section>\n<section>\n<h2>")
                .append(escape(w.say("document.export.not-included")))
                .append("</h2>\n<ul>\n");
        for (String key : NOT_INCLUDED) {
            out.append("<li>").append(escape(w.say(key))).append("</li>\n");
        }
        return out.append("</ul>\n</section>\n</body></html>\n").toString();
    }

    private static void htmlPart(
            StringBuilder out, String heading, List<Entry> inRoom, Part part, Export x, DocumentWords w) {
        out.append("<h3>").append(escape(heading)).append("</h3>\n");
        List<Entry> entries = inRoom.stream().filter(e -> e.part() == part).toList();
        if (entries.isEmpty()) {
            out.append("<p>").append(escape(w.say("document.export.nothing"))).append("</p>\n");
            return;
        }
        out.append("<ol>\n");
        for (Entry e : entries) {
            out.append("<li>")
                    .append(time(e.event().occurredAt(), w))
                    .append(' ')
                    .append(escape(EventLines.line(e.event(), names(x, w), w)));
            if (e.why() != null) {
                out.append(" <span class=\"why\">")
                        .append(escape(w.word("document.why.", e.why().wireName())))
                        .append("</span>");
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n");
    }

    /** The text, in English. */
    static String text(Export x) {
        return text(x, Language.ENGLISH);
    }

    static String text(Export x, Language language) {
        DocumentWords w = DocumentWords.in(language);
        StringBuilder out = new StringBuilder(w.say("document.export.heading")).append("\n\n");
        out.append(intro(x, w))
                .append('\n')
                .append(w.say("document.export.times"))
                .append('\n');
        for (Member m : x.memberships()) {
            out.append("\n== ")
                    .append(roomName(x, m, w))
                    .append(" ==\n")
                    .append(standing(m, w))
                    .append('\n');
            List<Entry> inRoom = x.inRoom(m.roomId());
            textPart(out, w.say("document.export.authored"), inRoom, Part.AUTHORED, x, w);
            textPart(out, w.say("document.export.about-you"), inRoom, Part.ABOUT_YOU, x, w);
        }
        out.append("\n== ").append(w.say("document.export.audit")).append(" ==\n");
        for (AuditEntry a : x.audit()) {
            out.append(w.time(a.at())).append("  ").append(audit(a, x, w)).append('\n');
        }
        out.append("\n== ").append(w.say("document.export.not-included")).append(" ==\n");
        for (String key : NOT_INCLUDED) {
            out.append("- ").append(w.say(key)).append('\n');
        }
        return out.toString();
    }

    private static void textPart(
            StringBuilder out, String heading, List<Entry> inRoom, Part part, Export x, DocumentWords w) {
        out.append('\n')
                .append(w.say("document.export.part", "heading", heading))
                .append('\n');
        List<Entry> entries = inRoom.stream().filter(e -> e.part() == part).toList();
        if (entries.isEmpty()) {
            out.append("  ").append(w.say("document.export.nothing")).append('\n');
        }
        for (Entry e : entries) {
            out.append("  ")
                    .append(w.time(e.event().occurredAt()))
                    .append("  ")
                    .append(EventLines.line(e.event(), names(x, w), w))
                    .append('\n');
            if (e.why() != null) {
                out.append("      (")
                        .append(w.word("document.why.", e.why().wireName()))
                        .append(")\n");
            }
        }
    }

    private static String intro(Export x, DocumentWords w) {
        String who =
                x.person().name() == null ? x.person().username() : x.person().name();
        return w.say(
                "document.export.intro",
                "name",
                who,
                "username",
                x.person().username(),
                "made",
                w.time(x.exportedAt()));
    }

    private static String roomName(Export x, Member m, DocumentWords w) {
        String name = x.roomNames().get(m.roomId());
        return name != null ? name : w.say("document.export.room-gone");
    }

    private static String standing(Member m, DocumentWords w) {
        String role = w.word("document.role.", m.role().wireName());
        return m.status() == MemberStatus.ACTIVE
                ? w.say("document.export.standing.active", "role", role)
                : m.status() == MemberStatus.WAITING
                        ? w.say("document.export.standing.waiting", "role", role)
                        : w.say("document.export.standing.removed", "role", role);
    }

    private static String audit(AuditEntry a, Export x, DocumentWords w) {
        String what = w.word("document.audit.", a.action().name().toLowerCase(Locale.ROOT));
        String by = a.actorId().equals(x.person().id())
                ? w.say("document.export.by-you")
                : w.say("document.export.by-someone-else");
        return a.roomId()
                .map(r -> w.say(
                        "document.export.audit-row.room",
                        "what",
                        what,
                        "by",
                        by,
                        "room",
                        x.roomNames().containsKey(r) ? x.roomNames().get(r) : w.say("document.export.room-not-yours")))
                .orElseGet(() -> w.say("document.export.audit-row", "what", what, "by", by));
    }

    /** Names for the rare line that names members by id: the person, or another member. */
    private static Function<String, String> names(Export x, DocumentWords w) {
        return id ->
                id.equals(x.person().id()) ? w.say("document.export.you") : w.say("document.export.another-member");
    }

    private static String time(java.time.Instant at, DocumentWords w) {
        return "<time datetime=\"" + at + "\">" + w.time(at) + "</time>";
    }
}
