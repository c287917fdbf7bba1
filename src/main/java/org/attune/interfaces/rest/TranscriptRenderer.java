package org.attune.interfaces.rest;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.attune.application.TranscriptService.Participation;
import org.attune.application.TranscriptService.Transcript;
import org.attune.domain.cycle.CycleEntry;
import org.attune.domain.intake.ScreenAnswers;
import org.attune.domain.regulation.Evidence;
import org.attune.domain.regulation.RepairPhrase;
import org.attune.domain.summary.SessionSummary;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;
import org.attune.domain.transcript.TalkStats;
import org.attune.domain.turn.ConversationStep;
import org.attune.domain.turn.Feeling;

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
                    .append(line(e, t::nameOf))
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
        if (!t.sessions().isEmpty()) {
            out.append("\nSessions\n");
        }
        for (SessionSummary s : t.sessions()) {
            out.append("  ")
                    .append(SessionChart.describe(s, t::nameOf, t.readAt()))
                    .append('\n');
        }
        return out.toString();
    }

    static String html(Transcript t) {
        StringBuilder out = new StringBuilder();
        // The title is neutral: a browser shows it in tabs and history, where others may read it.
        out.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Attune — transcript</title></head><body>\n<h1>")
                .append(escape(t.room().name()))
                .append("</h1>\n<p>Times in UTC.</p>\n<ol>\n");
        for (RoomEvent e : t.events()) {
            out.append("<li><time datetime=\"")
                    .append(e.occurredAt())
                    .append("\">")
                    .append(TIME.format(e.occurredAt()))
                    .append("</time> ")
                    .append(escape(line(e, t::nameOf)))
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
        out.append("</ul>\n");
        if (!t.sessions().isEmpty()) {
            // For the room's therapists only: the summaries show what the detector read.
            out.append("<h2>Sessions</h2>\n");
            for (SessionSummary s : t.sessions()) {
                out.append("<figure>\n")
                        .append(SessionChart.svg(s, t::nameOf, t.readAt()))
                        .append("<figcaption>")
                        .append(escape(SessionChart.describe(s, t::nameOf, t.readAt())))
                        .append("</figcaption>\n</figure>\n");
            }
        }
        return out.append("</body></html>\n").toString();
    }

    /** A member's share in words, e.g. "3 turns, 12 messages, 240 words, 6 min at the floor". */
    static String share(TalkStats.Share s) {
        long minutes = s.talkTime().toMinutes();
        long seconds = s.talkTime().toSecondsPart();
        return count(s.turns(), "turn") + ", " + count(s.messages(), "message") + ", " + count(s.words(), "word") + ", "
                + (minutes > 0 ? minutes + " min " : "") + seconds + " s holding the floor";
    }

    /** "1 turn", "3 turns": a count and its noun. */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** One event in words; {@code nameOf} names a member by their id. */
    static String line(RoomEvent e, Function<String, String> nameOf) {
        String who = e.actorName();
        String target = e.targetName().orElse("someone");
        EventPayload payload = e.payload();
        if (payload instanceof EventPayload.Text said) {
            return said(e, who, target, said.text());
        }
        return switch (e.kind()) {
            case SESSION_STARTED -> who + " started the session.";
            case SESSION_ENDED -> who + " ended the session.";
            case MEMBER_JOINED -> who + " joined the room.";
            case MEMBER_WAITING -> who + " is waiting to be let in.";
            case MEMBER_ADMITTED -> who + " let " + target + " in.";
            case MEMBER_REMOVED ->
                e.targetId().filter(e.actorId()::equals).isPresent()
                        ? who + " left the room."
                        : who + " removed " + target + " from the room.";
            case MEMBER_MUTED ->
                who + " muted " + target + " until " + until(payload).orElse("later") + ".";
            case MEMBER_UNMUTED -> target + " can write again.";
            case ROOM_UPDATED -> who + " renamed the room to " + ((EventPayload.RoomRenamed) payload).name() + ".";
            case PROTOCOL_SET ->
                who + " chose the protocol \"" + ((EventPayload.ProtocolChosen) payload).protocol() + "\".";
            case REPAIR_ATTEMPT ->
                target + " tried to repair the conversation: "
                        + Evidence.describe(((EventPayload.Signals) payload).signals()) + ".";
            case PAUSE_SUGGESTED ->
                "A time-out was suggested to " + target + " alone: "
                        + Evidence.describe(((EventPayload.Signals) payload).signals()) + ".";
            case SIGNALS, ESCALATION, SAFETY_ALERT, PAUSED, CHECK_IN, READY, CALM_RATING, RESUMED ->
                regulation(e, who, target);
            case MORE_TIME, PAUSE_EXTENDED, MORE_TIME_OFFERED, CHECK_IN_WAITING -> checkIn(e, who, target);
            case HELD_MESSAGE ->
                who + " (held back from the room, for the therapist only): " + ((EventPayload.Held) payload).text();
            case HELD_SHARED -> who + " shared their held message with the room.";
            case CYCLE_MAP_UPDATED, CYCLE_STEP_TAGGED -> cycleLine(e, who, target);
            case REPAIR_OFFERED, REPAIR_ACCEPTED -> repair(e, who, target);
            case RESOURCES_OFFERED -> "Help lines were offered to " + target + ".";
            case ALERT_ACKNOWLEDGED -> {
                EventPayload.AlertAcknowledged a = (EventPayload.AlertAcknowledged) payload;
                yield who + " acknowledged the safety alert for " + target + " after "
                        + waited(java.time.Duration.between(a.raisedAt(), e.occurredAt())) + ".";
            }
            case ALERT_ESCALATED -> {
                EventPayload.AlertEscalated x = (EventPayload.AlertEscalated) payload;
                yield "Nobody had acknowledged the safety alert for " + target + ": the practice's on-call contact "
                        + x.level() + " of " + x.contacts() + " was told.";
            }
            case SAFE_TO_TALK_ASKED -> who + " asked " + target + " privately: are you safe to talk right now?";
            case SAFE_TO_TALK_ANSWERED ->
                who + " answered the private check-in: "
                        + ((EventPayload.SafeToTalkAnswered) payload).answer().words() + ".";
            case SCREEN_ANSWERED, SCREEN_RECEIVED, FLAG_RESOLVED, ROOM_CLEARED -> screen(e, who, target);
            default ->
                PracticeLines.covers(e.kind()) ? PracticeLines.line(e, who, nameOf) : turn(e, who, target, nameOf);
        };
    }

    /** The safety screen before joint work, as the therapists (who alone see the answers) read it. */
    private static String screen(RoomEvent e, String who, String target) {
        return switch (e.kind()) {
            case SCREEN_ANSWERED -> {
                ScreenAnswers a = e.payload(EventPayload.ScreenAnswered.class).answers();
                yield who + " answered the safety screen (for the therapist only): HITS " + a.hitsTotal()
                        + " of 20 (physically hurt " + a.hurt() + ", insult or talk down " + a.insult()
                        + ", threaten with harm " + a.threaten() + ", scream or curse " + a.scream()
                        + "); afraid of someone in the room: "
                        + words(a.afraid().wireName())
                        + "; safe to talk openly: " + words(a.safeToTalk().wireName()) + "; "
                        + (a.flagged() ? "flag: " + words(String.join(", ", a.flags())) : "no flag") + ".";
            }
            case SCREEN_RECEIVED -> target + "'s safety screen reached the therapist.";
            case FLAG_RESOLVED -> {
                String note = e.payload(EventPayload.FlagResolved.class).note();
                yield who + " resolved the safety flag for " + target + (note == null ? "." : ": " + note);
            }
            default -> who + " opened the room for conversation.";
        };
    }

    /** The cycle map: a person's part set, or a message tagged as a step of their cycle. */
    private static String cycleLine(RoomEvent e, String who, String target) {
        if (e.payload() instanceof EventPayload.CycleSet set) {
            return cycle(who, target, set);
        }
        EventPayload.CycleTag tag = e.payload(EventPayload.CycleTag.class);
        return who + " marked " + target + "'s message " + tag.message() + " as a step of the cycle: " + tag.step()
                + ".";
    }

    /** A one-tap repair attempt offered, in its phrase's words, or accepted. */
    private static String repair(RoomEvent e, String who, String target) {
        if (e.payload() instanceof EventPayload.RepairOffer offer) {
            return who + " offered a repair: \"" + offer.text() + "\""
                    + (offer.replaces() > 0 ? " (in place of their earlier one)." : "");
        }
        EventPayload.RepairAccepted accepted = e.payload(EventPayload.RepairAccepted.class);
        String words = RepairPhrase.fromWireName(accepted.phrase())
                .map(p -> ": \"" + p.text() + "\"")
                .orElse(".");
        return who + " accepted " + target + "'s repair" + words;
    }

    private static String words(String wireName) {
        return wireName.replace('_', ' ');
    }

    private static String said(RoomEvent e, String who, String target, String text) {
        return switch (e.kind()) {
            case GUIDANCE -> who + " (guidance): " + text;
            case WHISPER -> who + " (privately to " + target + "): " + text;
            case NOTE -> who + " (private note): " + text;
            case TO_THERAPIST -> who + " (only to the therapist): " + text;
            case PARAPHRASE -> who + " (paraphrasing): " + text;
            case CLARIFYING_QUESTION -> who + " (clarifying question): " + text;
            case CYCLE_PROMPT -> who + " (privately to " + target + "): " + text;
            // An address given for reminders is never written out: the line says only that one was given.
            case PRACTICE_REMINDERS_SET -> PracticeLines.line(e, who, null);
            default -> who + ": " + text;
        };
    }

    private static String turn(RoomEvent e, String who, String target, Function<String, String> nameOf) {
        EventPayload payload = e.payload();
        return switch (e.kind()) {
            case HAND_RAISED -> who + " raised a hand.";
            case HAND_LOWERED -> target + " lowered their hand.";
            case FLOOR_GRANTED ->
                target + " has the floor"
                        + until(payload).map(u -> " until " + u).orElse("") + ".";
            case FLOOR_REVOKED -> who + " took the floor back from " + target + ".";
            case FLOOR_PASSED -> target + " passed the floor.";
            case TURN_WARNING -> target + "'s turn is nearly over.";
            case TURN_ENDED -> target + "'s time was up.";
            case LISTENER_SET -> target + " listens.";
            case PARAPHRASE_CONFIRMED ->
                who
                        + (((EventPayload.Confirmation) payload).accurate()
                                ? " confirmed the paraphrase."
                                : " said the paraphrase missed something.");
            case TURN_LIMIT_SET -> {
                int seconds = ((EventPayload.TurnLimit) payload).seconds();
                yield who + " set the turn limit to " + (seconds == 0 ? "none" : seconds + " seconds") + ".";
            }
            case STEP ->
                ConversationStep.fromWireName(((EventPayload.Step) payload).step())
                        .map(step -> "Step \"" + step.wireName() + "\""
                                + e.targetName().map(n -> " for " + n).orElse("") + ": " + step.stem())
                        .orElse("Next step.");
            case NO_MORE -> who + " has nothing more to add for now.";
            case DIALOGUE_REQUESTED ->
                e.targetId().filter(e.actorId()::equals).isPresent()
                        ? who + " asked for a dialogue."
                        : who + " invited " + target + " to ask for a dialogue.";
            case DIALOGUE_ACCEPTED ->
                who + " accepted " + target + "'s dialogue"
                        + until(payload).map(u -> " for " + u).orElse(", now") + ".";
            case FEELINGS_CHOSEN ->
                who + " felt: "
                        + String.join(
                                ", ",
                                ((EventPayload.Feelings) payload)
                                        .feelings().stream()
                                                .map(f -> Feeling.fromWireName(f)
                                                        .map(Feeling::label)
                                                        .orElse(f))
                                                .toList())
                        + ".";
            case APOLOGY_ANSWERED ->
                ((EventPayload.ApologyAnswer) payload).accepted()
                        ? who + " accepted " + target + "'s apology."
                        : who + " is not ready to accept " + target + "'s apology yet.";
            case ORDER_SET ->
                "Order: "
                        + String.join(
                                ", ",
                                ((EventPayload.Order) payload)
                                        .members().stream().map(nameOf).toList())
                        + ".";
            default -> who + ": " + e.kind().wireName() + ".";
        };
    }

    private static String regulation(RoomEvent e, String who, String target) {
        EventPayload payload = e.payload();
        if (payload instanceof EventPayload.Signals s) {
            return "Signals in " + target + "'s message (heat " + s.heatPercent() + "%): "
                    + Evidence.describe(s.signals()) + ".";
        } else if (payload instanceof EventPayload.Escalation x) {
            return "Escalation: " + target + "'s running heat reached " + x.heatPercent() + "%"
                    + (EventPayload.Escalation.PAUSED.equals(x.action())
                            ? "; the room paused itself."
                            : "; a pause may help.");
        } else if (payload instanceof EventPayload.SafetyAlert a) {
            return "Safety alert for " + target + ": " + Evidence.describe(a.concerns()) + ".";
        } else if (payload instanceof EventPayload.Paused p) {
            return who + " paused the room (" + p.reason().wireName() + ") for " + p.minutes() + " minutes, with "
                    + p.exercise().title() + ".";
        } else if (payload instanceof EventPayload.CalmRating c) {
            return target + " feels " + c.calm() + " of 5 calm.";
        }
        return switch (e.kind()) {
            case CHECK_IN -> "The pause is over: time to check in.";
            case READY -> who + " is ready to go on.";
            default -> who + " resumed the conversation.";
        };
    }

    private static String checkIn(RoomEvent e, String who, String target) {
        EventPayload payload = e.payload();
        return switch (e.kind()) {
            case MORE_TIME -> who + " asked for more time.";
            case PAUSE_EXTENDED -> "The break goes on until " + until(payload).orElse("later") + ".";
            case MORE_TIME_OFFERED ->
                target + " was asked privately whether they would like "
                        + ((EventPayload.MoreTimeOffered) payload).minutes() + " more minutes.";
            default ->
                "The check-in waits for everyone; "
                        + switch (((EventPayload.PracticeTold) payload).told()) {
                            case EventPayload.PracticeTold.THERAPIST -> "the therapist was told.";
                            case EventPayload.PracticeTold.ON_CALL -> "the practice's on-call contact was told.";
                            default -> "it waits for the therapist.";
                        };
        };
    }

    /** "45 seconds", "1 minute", "2 minutes 30 seconds". */
    static String waited(java.time.Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        long seconds = Math.max(0, d.toSecondsPart());
        String m = minutes == 1 ? "1 minute" : minutes + " minutes";
        String sec = seconds == 1 ? "1 second" : seconds + " seconds";
        return minutes == 0 ? sec : seconds == 0 ? m : m + " " + sec;
    }

    private static Optional<String> until(EventPayload payload) {
        return Optional.ofNullable(((EventPayload.Deadline) payload).until()).map(TIME::format);
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

    /** A person's part of the cycle map, in a sentence. */
    private static String cycle(String who, String target, EventPayload.CycleSet set) {
        CycleEntry c = set.entry();
        if (c.surface().isEmpty()) {
            return who + " set " + target + "'s part of the cycle (version " + set.version() + ").";
        }
        return who + " set " + target + "'s part of the cycle (version " + set.version() + "): the move, "
                + c.move().label() + "; on the surface, " + c.surface() + "; underneath, " + c.softerInWords()
                + "; the need, " + c.need().label() + "." + (c.words() == null ? "" : " In their words: " + c.words());
    }
}
