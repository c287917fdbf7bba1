package org.attune.interfaces.rest;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import org.attune.application.TranscriptService.Participation;
import org.attune.application.TranscriptService.Transcript;
import org.attune.domain.regulation.Evidence;
import org.attune.domain.regulation.Exercise;
import org.attune.domain.transcript.RoomEvent;
import org.attune.domain.transcript.TalkStats;
import org.attune.domain.turn.ConversationStep;

/** A transcript as plain text or as a small standalone HTML page; every user's word is escaped. */
final class TranscriptRenderer {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private TranscriptRenderer() {}

    static String text(Transcript t) {
        StringBuilder out = new StringBuilder();
        out.append(t.room().name()).append('\n');
        out.append("Transcript (times in UTC)\n\n");
        for (RoomEvent e : t.events()) {
            out.append(TIME.format(e.occurredAt()))
                    .append("  ")
                    .append(line(e, t))
                    .append('\n');
        }
        out.append("\nWho spoke\n");
        for (Participation p : t.participation()) {
            out.append("  ")
                    .append(p.name())
                    .append(": ")
                    .append(share(p.share()))
                    .append('\n');
        }
        return out.toString();
    }

    static String html(Transcript t) {
        StringBuilder out = new StringBuilder();
        out.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(t.room().name()))
                .append(" — transcript</title></head><body>\n<h1>")
                .append(escape(t.room().name()))
                .append("</h1>\n<p>Times in UTC.</p>\n<ol>\n");
        for (RoomEvent e : t.events()) {
            out.append("<li><time datetime=\"")
                    .append(e.occurredAt())
                    .append("\">")
                    .append(TIME.format(e.occurredAt()))
                    .append("</time> ")
                    .append(escape(line(e, t)))
                    .append("</li>\n");
        }
        out.append("</ol>\n<h2>Who spoke</h2>\n<ul>\n");
        for (Participation p : t.participation()) {
            out.append("<li>")
                    .append(escape(p.name()))
                    .append(": ")
                    .append(escape(share(p.share())))
                    .append("</li>\n");
        }
        return out.append("</ul>\n</body></html>\n").toString();
    }

    /** A member's share in words, e.g. "3 turns, 12 messages, 240 words, 6 min at the floor". */
    static String share(TalkStats.Share s) {
        long minutes = s.talkTime().toMinutes();
        long seconds = s.talkTime().toSecondsPart();
        return count(s.turns(), "turn") + ", " + count(s.messages(), "message") + ", " + count(s.words(), "word") + ", "
                + (minutes > 0 ? minutes + " min " : "") + seconds + " s holding the floor";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** One event in words. */
    static String line(RoomEvent e, Transcript t) {
        String who = e.actorName();
        String target = e.targetName().orElse("someone");
        String text = e.text().orElse("");
        return switch (e.kind()) {
            case MESSAGE -> who + ": " + text;
            case GUIDANCE -> who + " (guidance): " + text;
            case WHISPER -> who + " (privately to " + target + "): " + text;
            case NOTE -> who + " (private note): " + text;
            case SESSION_STARTED -> who + " started the session.";
            case SESSION_ENDED -> who + " ended the session.";
            case MEMBER_JOINED -> who + " joined the room.";
            case MEMBER_WAITING -> who + " is waiting to be let in.";
            case MEMBER_ADMITTED -> who + " let " + target + " in.";
            case MEMBER_REMOVED -> who + " removed " + target + " from the room.";
            case MEMBER_MUTED ->
                who + " muted " + target + " until "
                        + e.until().map(TIME::format).orElse("later") + ".";
            case MEMBER_UNMUTED -> target + " can write again.";
            case ROOM_UPDATED -> who + " renamed the room to " + text + ".";
            case PROTOCOL_SET -> who + " chose the protocol \"" + text + "\".";
            case HAND_RAISED -> who + " raised a hand.";
            case HAND_LOWERED -> target + " lowered their hand.";
            case FLOOR_GRANTED ->
                target + " has the floor"
                        + e.until().map(u -> " until " + TIME.format(u)).orElse("") + ".";
            case FLOOR_REVOKED -> who + " took the floor back from " + target + ".";
            case FLOOR_PASSED -> target + " passed the floor.";
            case TURN_WARNING -> target + "'s turn is nearly over.";
            case TURN_ENDED -> target + "'s time was up.";
            case LISTENER_SET -> target + " listens.";
            case PARAPHRASE -> who + " (paraphrasing): " + text;
            case PARAPHRASE_CONFIRMED ->
                who
                        + (e.amount().orElse(0L) == 1L
                                ? " confirmed the paraphrase."
                                : " said the paraphrase missed something.");
            case TURN_LIMIT_SET ->
                who + " set the turn limit to "
                        + e.amount().map(s -> s == 0 ? "none" : s + " seconds").orElse("none") + ".";
            case STEP ->
                e.text()
                        .flatMap(ConversationStep::fromWireName)
                        .map(step -> "Step \"" + step.wireName() + "\""
                                + e.targetName().map(n -> " for " + n).orElse("") + ": " + step.stem())
                        .orElse("Next step.");
            case NO_MORE -> who + " has nothing more to add for now.";
            case ORDER_SET ->
                "Order: "
                        + String.join(
                                ", ",
                                Arrays.stream(text.split(" ")).map(t::nameOf).toList())
                        + ".";
            case SIGNALS ->
                "Signals in " + target + "'s message (heat " + e.amount().orElse(0L) + "%): " + Evidence.describe(text)
                        + ".";
            case ESCALATION ->
                "Escalation: " + target + "'s running heat reached "
                        + e.amount().orElse(0L) + "%"
                        + (e.detail().filter("paused"::equals).isPresent()
                                ? "; the room paused itself."
                                : "; a pause may help.");
            case SAFETY_ALERT ->
                "Safety alert for " + target + ": " + Evidence.describe(text)
                        + ". Crisis resources were shown to them.";
            case PAUSED ->
                who + " paused the room (" + e.detail().orElse("pause") + ") for "
                        + e.amount().orElse(0L) + " minutes, with "
                        + Exercise.fromWireName(text).map(Exercise::title).orElse("a break") + ".";
            case CHECK_IN -> "The pause is over: time to check in.";
            case READY -> who + " is ready to go on.";
            case CALM_RATING -> target + " feels " + e.amount().orElse(0L) + " of 5 calm.";
            case RESUMED -> who + " resumed the conversation.";
        };
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
