package org.attune.domain.transcript;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.domain.Language;
import org.attune.domain.transcript.EventCodec.Columns;
import org.attune.domain.transcript.EventPayload.PracticeFigures;
import org.attune.domain.transcript.EventPayload.PracticeRef;
import org.attune.domain.transcript.EventPayload.PracticeSet;
import org.attune.domain.transcript.EventPayload.PracticeWords;
import org.attune.domain.transcript.EventPayload.ReminderAddress;

/**
 * The stored columns of practice between sessions, for {@link EventCodec}: the
 * kind in {@code detail}, the practice's number in {@code amount}, the due time
 * in {@code until}; a sitting's figures as "seconds turns member:messages…",
 * shared words one line each (a backslash and a line break escaped); the
 * address given for reminders in {@code text} with its language after a space
 * ({@code alex@home.test fr}), so that both are sealed, and erased, together.
 * An address stored before reminders had a language reads as English.
 */
final class PracticeColumns {

    private PracticeColumns() {}

    /** The payload type of a practice event's kind. */
    static Class<? extends EventPayload> typeOf(EventKind kind) {
        return switch (kind) {
            case PRACTICE_ASSIGNED -> PracticeSet.class;
            case PRACTICE_DONE -> PracticeFigures.class;
            case PRACTICE_SHARED -> PracticeWords.class;
            case PRACTICE_REMINDERS_SET -> ReminderAddress.class;
            case PRACTICE_CANCELLED, PRACTICE_STARTED, PRACTICE_REMINDED -> PracticeRef.class;
            default -> throw new IllegalArgumentException("No payload type for " + kind);
        };
    }

    static Columns encode(EventPayload payload) {
        if (payload instanceof PracticeSet set) {
            return new Columns(null, set.kind(), null, set.due());
        } else if (payload instanceof PracticeRef ref) {
            return new Columns(null, ref.kind(), ref.practice(), null);
        } else if (payload instanceof PracticeFigures f) {
            StringBuilder text =
                    new StringBuilder().append(f.seconds()).append(' ').append(f.turns());
            f.messages()
                    .forEach((member, count) ->
                            text.append(' ').append(member).append(':').append(count));
            return new Columns(text.toString(), f.kind(), f.practice(), null);
        } else if (payload instanceof PracticeWords w) {
            List<String> escaped = w.lines().stream()
                    .map(line -> line.replace("\\", "\\\\").replace("\n", "\\n"))
                    .toList();
            return new Columns(String.join("\n", escaped), null, w.practice(), null);
        } else if (payload instanceof ReminderAddress r) {
            return new Columns(
                    r.address().isEmpty()
                            ? ""
                            : r.address() + " " + r.language().wireName(),
                    null,
                    null,
                    null);
        }
        return Columns.EMPTY;
    }

    static EventPayload decode(Class<? extends EventPayload> type, Columns c) {
        long practice = c.amount() == null ? 0 : c.amount();
        String kind = c.detail() == null ? "" : c.detail();
        String text = c.text() == null ? "" : c.text();
        if (type == PracticeSet.class) {
            return new PracticeSet(kind, c.until());
        } else if (type == PracticeRef.class) {
            return new PracticeRef(practice, kind);
        } else if (type == PracticeFigures.class) {
            String[] parts = text.isEmpty() ? new String[] {"0", "0"} : text.split(" ");
            Map<String, Integer> messages = new LinkedHashMap<>();
            for (int i = 2; i < parts.length; i++) {
                int colon = parts[i].lastIndexOf(':');
                messages.put(parts[i].substring(0, colon), Integer.parseInt(parts[i].substring(colon + 1)));
            }
            return new PracticeFigures(practice, kind, Long.parseLong(parts[0]), Integer.parseInt(parts[1]), messages);
        } else if (type == PracticeWords.class) {
            return new PracticeWords(practice, text.isEmpty() ? List.of() : unescape(text));
        } else if (type == ReminderAddress.class) {
            // A mail address holds no space (Practices checks it): a space parts it from its language.
            int space = text.lastIndexOf(' ');
            return space < 0
                    ? new ReminderAddress(text, Language.ENGLISH)
                    : new ReminderAddress(text.substring(0, space), Language.fromTag(text.substring(space + 1)));
        }
        return EventPayload.None.INSTANCE;
    }

    private static List<String> unescape(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                line.append(next == 'n' ? '\n' : next);
            } else if (ch == '\n') {
                lines.add(line.toString());
                line.setLength(0);
            } else {
                line.append(ch);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
