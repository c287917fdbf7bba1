package org.attune.interfaces.rest;

import static org.attune.interfaces.rest.TranscriptRenderer.escape;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.attune.application.DataExportService.Export;
import org.attune.domain.member.MemberStatus;
import org.attune.domain.room.Member;
import org.attune.domain.transcript.PersonalExport;
import org.attune.domain.transcript.PersonalExport.Entry;
import org.attune.domain.transcript.PersonalExport.Part;
import org.attune.security.AuditEntry;

/**
 * A person's export as a readable document: a calm, printable, standalone HTML
 * page (no script, every word escaped) or plain text. It says what it is and
 * when it was made; per room, what the person wrote and did and what was
 * recorded about them, each with why; who did what with their data; and what
 * it does not hold, and why. Events read as in the transcript.
 */
final class ExportRenderer {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private static final String STYLE = "body{font-family:Georgia,serif;max-width:46em;margin:2em auto;"
            + "padding:0 1em;line-height:1.5;color:#222}h1,h2,h3{font-family:sans-serif;font-weight:normal}"
            + "section{border-top:1px solid #ccc;margin-top:2em}li{margin:.4em 0}.why{display:block;"
            + "color:#555;font-size:.9em}time{color:#555}@media print{body{margin:0}}";

    private ExportRenderer() {}

    static String html(Export x) {
        StringBuilder out = new StringBuilder();
        // The title is neutral: a browser shows it in tabs and history, where others may read it.
        out.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Attune — your data</title><style>")
                .append(STYLE)
                .append("</style></head><body>\n<h1>Your data in Attune</h1>\n<p>")
                .append(escape(intro(x)))
                .append("</p>\n<p>Times are in UTC. The same data, for other programs, is in the JSON export.</p>\n");
        if (x.memberships().isEmpty()) {
            out.append("<p>You are not a member of any room.</p>\n");
        }
        for (Member m : x.memberships()) {
            out.append("<section>\n<h2>")
                    .append(escape(roomName(x, m)))
                    .append("</h2>\n<p>")
                    .append(escape(standing(m)))
                    .append("</p>\n");
            List<Entry> inRoom = x.inRoom(m.roomId());
            htmlPart(out, "What you wrote and did", inRoom, Part.AUTHORED, x);
            htmlPart(out, "What was recorded about you", inRoom, Part.ABOUT_YOU, x);
            out.append("</section>\n");
        }
        out.append("<section>\n<h2>Who did what with your data</h2>\n<ol>\n");
        for (AuditEntry a : x.audit()) {
            out.append("<li>")
                    .append(time(a.at()))
                    .append(' ')
                    .append(escape(audit(a, x)))
                    .append("</li>\n");
        }
        out.append("</ol>\n</section>\n<section>\n<h2>What this document does not hold, and why</h2>\n<ul>\n");
        for (String sentence : PersonalExport.NOT_INCLUDED) {
            out.append("<li>").append(escape(sentence)).append("</li>\n");
        }
        return out.append("</ul>\n</section>\n</body></html>\n").toString();
    }

    private static void htmlPart(StringBuilder out, String heading, List<Entry> inRoom, Part part, Export x) {
        out.append("<h3>").append(heading).append("</h3>\n");
        List<Entry> entries = inRoom.stream().filter(e -> e.part() == part).toList();
        if (entries.isEmpty()) {
            out.append("<p>Nothing.</p>\n");
            return;
        }
        out.append("<ol>\n");
        for (Entry e : entries) {
            out.append("<li>")
                    .append(time(e.event().occurredAt()))
                    .append(' ')
                    .append(escape(TranscriptRenderer.line(e.event(), names(x))));
            if (e.why() != null) {
                out.append(" <span class=\"why\">")
                        .append(escape(e.why().sentence()))
                        .append("</span>");
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n");
    }

    static String text(Export x) {
        StringBuilder out = new StringBuilder("Your data in Attune\n\n");
        out.append(intro(x)).append("\nTimes are in UTC.\n");
        for (Member m : x.memberships()) {
            out.append("\n== ")
                    .append(roomName(x, m))
                    .append(" ==\n")
                    .append(standing(m))
                    .append('\n');
            List<Entry> inRoom = x.inRoom(m.roomId());
            textPart(out, "What you wrote and did", inRoom, Part.AUTHORED, x);
            textPart(out, "What was recorded about you", inRoom, Part.ABOUT_YOU, x);
        }
        out.append("\n== Who did what with your data ==\n");
        for (AuditEntry a : x.audit()) {
            out.append(TIME.format(a.at())).append("  ").append(audit(a, x)).append('\n');
        }
        out.append("\n== What this document does not hold, and why ==\n");
        for (String sentence : PersonalExport.NOT_INCLUDED) {
            out.append("- ").append(sentence).append('\n');
        }
        return out.toString();
    }

    private static void textPart(StringBuilder out, String heading, List<Entry> inRoom, Part part, Export x) {
        out.append('\n').append(heading).append(":\n");
        List<Entry> entries = inRoom.stream().filter(e -> e.part() == part).toList();
        if (entries.isEmpty()) {
            out.append("  Nothing.\n");
        }
        for (Entry e : entries) {
            out.append("  ")
                    .append(TIME.format(e.event().occurredAt()))
                    .append("  ")
                    .append(TranscriptRenderer.line(e.event(), names(x)))
                    .append('\n');
            if (e.why() != null) {
                out.append("      (").append(e.why().sentence()).append(")\n");
            }
        }
    }

    private static String intro(Export x) {
        String who =
                x.person().name() == null ? x.person().username() : x.person().name();
        return "This is everything Attune stores about you, " + who + " ("
                + x.person().username() + "), made on "
                + TIME.format(x.exportedAt()) + " UTC: the rooms you are or were in, what you wrote and did there,"
                + " what others and Attune recorded about you, and who did what with your data. It is yours to"
                + " keep; keep it somewhere private.";
    }

    private static String roomName(Export x, Member m) {
        return x.roomNames().getOrDefault(m.roomId(), "A room that no longer exists");
    }

    private static String standing(Member m) {
        String role = "a " + m.role().wireName();
        return m.status() == MemberStatus.ACTIVE
                ? "You are " + role + " here."
                : m.status() == MemberStatus.WAITING
                        ? "You are " + role + " here, waiting in the lobby to be let in."
                        : "You were " + role + " here until you were removed from the room.";
    }

    private static String audit(AuditEntry a, Export x) {
        String what = a.action().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String by = a.actorId().equals(x.person().id()) ? "by you" : "by someone else";
        String where = a.roomId()
                .map(r -> ", in " + x.roomNames().getOrDefault(r, "a room you are not in"))
                .orElse("");
        return what + ", " + by + where + ".";
    }

    /** Names for the rare line that names members by id: the person, or another member. */
    private static Function<String, String> names(Export x) {
        return id -> id.equals(x.person().id()) ? "you" : "another member";
    }

    private static String time(java.time.Instant at) {
        return "<time datetime=\"" + at + "\">" + TIME.format(at) + "</time>";
    }
}
