package org.attune.interfaces.rest;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;

/** Practice between sessions as lines of a transcript, in the reader's language: given, done, in figures. */
final class PracticeLines {

    private PracticeLines() {}

    /** The kinds of practice between sessions, each read by {@link #line}. */
    private static final Set<EventKind> KINDS = EnumSet.of(
            EventKind.PRACTICE_ASSIGNED,
            EventKind.PRACTICE_CANCELLED,
            EventKind.PRACTICE_STARTED,
            EventKind.PRACTICE_DONE,
            EventKind.PRACTICE_SHARED,
            EventKind.PRACTICE_REMINDERS_SET,
            EventKind.PRACTICE_REMINDED);

    static boolean covers(EventKind kind) {
        return KINDS.contains(kind);
    }

    static String line(RoomEvent e, String who, Function<String, String> nameOf, DocumentWords w) {
        EventPayload payload = e.payload();
        return switch (e.kind()) {
            case PRACTICE_ASSIGNED -> {
                EventPayload.PracticeSet set = (EventPayload.PracticeSet) payload;
                yield w.say(
                        "document.event.practice-assigned",
                        "name",
                        who,
                        "practice",
                        title(set.kind(), w),
                        "due",
                        w.due(set.due()));
            }
            case PRACTICE_CANCELLED ->
                w.say("document.event.practice-cancelled", "name", who, "practice", title(ref(payload), w));
            case PRACTICE_STARTED ->
                w.say("document.event.practice-started", "name", who, "practice", title(ref(payload), w));
            case PRACTICE_DONE -> done((EventPayload.PracticeFigures) payload, nameOf, w);
            case PRACTICE_SHARED -> {
                EventPayload.PracticeWords words = (EventPayload.PracticeWords) payload;
                yield w.say(
                        "document.event.practice-shared",
                        "name",
                        who,
                        "practice",
                        words.practice(),
                        "lines",
                        words.lines().stream()
                                .map(line -> w.say("document.quoted", "words", line.replace('\n', ' ')))
                                .collect(Collectors.joining(" ")));
            }
            case PRACTICE_REMINDERS_SET ->
                ((EventPayload.ReminderAddress) payload).address().isEmpty()
                        ? w.say("document.event.practice-reminders-stopped", "name", who)
                        : w.say("document.event.practice-reminders-set", "name", who);
            case PRACTICE_REMINDED -> w.say("document.event.practice-reminded", "practice", title(ref(payload), w));
            default -> EventLines.other(e, who, w);
        };
    }

    /** A sitting in figures: how long, how many turns, each member's messages. */
    private static String done(EventPayload.PracticeFigures f, Function<String, String> nameOf, DocumentWords w) {
        String messages = f.messages().entrySet().stream()
                .map(m -> (nameOf == null ? m.getKey() : nameOf.apply(m.getKey())) + " " + m.getValue())
                .collect(Collectors.joining(", "));
        String practice = title(f.kind(), w);
        String time = minutes(f.seconds(), w);
        String turns = w.count("document.count.turn", f.turns());
        return messages.isEmpty()
                ? w.say("document.event.practice-done", "practice", practice, "time", time, "turns", turns)
                : w.say(
                        "document.event.practice-done.messages",
                        "practice",
                        practice,
                        "time",
                        time,
                        "turns",
                        turns,
                        "messages",
                        messages);
    }

    private static String ref(EventPayload payload) {
        return ((EventPayload.PracticeRef) payload).kind();
    }

    private static String title(String kind, DocumentWords w) {
        return w.word("document.practice.", kind);
    }

    private static String minutes(long seconds, DocumentWords w) {
        long minutes = Math.round(seconds / 60.0);
        return minutes < 1 ? w.say("document.time.under-a-minute") : w.count("document.count.minute", minutes);
    }
}
