package org.attune.interfaces.rest;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.attune.domain.practice.PracticeKind;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;

/** Practice between sessions as lines of a transcript: what was given, when it was done, in figures. */
final class PracticeLines {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern(
                    "EEEE d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

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

    static String line(RoomEvent e, String who, Function<String, String> nameOf) {
        EventPayload payload = e.payload();
        return switch (e.kind()) {
            case PRACTICE_ASSIGNED -> {
                EventPayload.PracticeSet set = (EventPayload.PracticeSet) payload;
                yield who + " gave the room practice between sessions: " + title(set.kind()) + ", due "
                        + DUE.format(set.due()) + ".";
            }
            case PRACTICE_CANCELLED -> who + " took back the practice given to the room: " + title(ref(payload)) + ".";
            case PRACTICE_STARTED ->
                who + " started practising " + title(ref(payload))
                        + ". What participants say while practising stays between them.";
            case PRACTICE_DONE -> {
                EventPayload.PracticeFigures f = (EventPayload.PracticeFigures) payload;
                String messages = f.messages().entrySet().stream()
                        .map(m -> (nameOf == null ? m.getKey() : nameOf.apply(m.getKey())) + " " + m.getValue())
                        .collect(Collectors.joining(", "));
                yield "Practised " + title(f.kind()) + ": " + minutes(f.seconds()) + ", " + f.turns() + " turns"
                        + (messages.isEmpty() ? "" : "; messages: " + messages) + ".";
            }
            case PRACTICE_SHARED -> {
                EventPayload.PracticeWords w = (EventPayload.PracticeWords) payload;
                yield who + " shared their words of practice " + w.practice() + " with the therapists: "
                        + w.lines().stream()
                                .map(line -> "\u201c" + line.replace('\n', ' ') + "\u201d")
                                .collect(Collectors.joining(" "));
            }
            case PRACTICE_REMINDERS_SET ->
                ((EventPayload.ReminderAddress) payload).address().isEmpty()
                        ? who + " stopped the reminders of practice."
                        : who + " asked to be reminded of practice by mail.";
            case PRACTICE_REMINDED ->
                "Those who asked were reminded by mail that " + title(ref(payload)) + " is due soon.";
            default -> who + ": " + e.kind().wireName() + ".";
        };
    }

    private static String ref(EventPayload payload) {
        return ((EventPayload.PracticeRef) payload).kind();
    }

    private static String title(String kind) {
        return PracticeKind.fromWireName(kind).map(PracticeKind::title).orElse(kind);
    }

    private static String minutes(long seconds) {
        long minutes = Math.round(seconds / 60.0);
        return minutes < 1 ? "under a minute" : minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
