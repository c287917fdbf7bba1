package org.attune.interfaces.live;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.attune.domain.member.MemberView;
import org.attune.domain.practice.Practice;
import org.attune.domain.practice.PracticeBook;
import org.attune.domain.transcript.EventPayload;
import org.attune.interfaces.JsonFactories;

/**
 * The fields of practice events in an {@code event} frame: {@code practice}
 * (its number, also in {@code amount}), {@code practiceKind}, {@code due} for
 * an assignment, a sitting's {@code seconds}, {@code turns} and
 * {@code messages} by member id, and shared {@code lines}.
 */
final class PracticeFields {

    private PracticeFields() {}

    /**
     * The room's practice in a welcome: each practice with its status and its
     * sittings in figures, the one under way, and the address at which the
     * member asked to be reminded (theirs only); nothing for someone in the lobby.
     */
    static JsonObjectBuilder welcome(PracticeBook book, MemberView you, boolean waiting) {
        JsonArrayBuilder list = JsonFactories.array();
        JsonObjectBuilder out = JsonFactories.object();
        if (waiting) {
            return out.add("practices", list);
        }
        for (Practice p : book.practices()) {
            JsonArrayBuilder sittings = JsonFactories.array();
            for (Practice.Sitting s : p.sittings()) {
                JsonObjectBuilder messages = JsonFactories.object();
                s.messages().forEach(messages::add);
                sittings.add(JsonFactories.object()
                        .add("startedAt", s.startedAt().toString())
                        .add("seconds", s.seconds())
                        .add("turns", s.turns())
                        .add("messages", messages));
            }
            list.add(JsonFactories.object()
                    .add("practice", p.seq())
                    .add("practiceKind", p.kind().wireName())
                    .add("due", p.due().toString())
                    .add("assignedAt", p.assignedAt().toString())
                    .add("status", p.status().wireName())
                    .add("sittings", sittings)
                    .add("shared", JsonFactories.array(p.shared()))
                    .add("reminded", p.reminded()));
        }
        out.add("practices", list);
        if (book.underWay() > 0) {
            out.add("underWay", book.underWay());
        }
        String address = book.addresses().get(you.id());
        if (address != null) {
            out.add("reminders", address);
        }
        return out;
    }

    static boolean matches(EventPayload payload) {
        return payload instanceof EventPayload.PracticeSet
                || payload instanceof EventPayload.PracticeRef
                || payload instanceof EventPayload.PracticeFigures
                || payload instanceof EventPayload.PracticeWords;
    }

    static void write(JsonObjectBuilder frame, EventPayload payload) {
        if (payload instanceof EventPayload.PracticeSet set) {
            frame.add("practiceKind", set.kind()).add("due", set.due().toString());
        } else if (payload instanceof EventPayload.PracticeRef ref) {
            frame.add("practice", ref.practice()).add("amount", ref.practice()).add("practiceKind", ref.kind());
        } else if (payload instanceof EventPayload.PracticeFigures f) {
            JsonObjectBuilder messages = JsonFactories.object();
            f.messages().forEach(messages::add);
            frame.add("practice", f.practice())
                    .add("amount", f.practice())
                    .add("practiceKind", f.kind())
                    .add("seconds", f.seconds())
                    .add("turns", f.turns())
                    .add("messages", messages);
        } else if (payload instanceof EventPayload.PracticeWords w) {
            frame.add("practice", w.practice())
                    .add("amount", w.practice())
                    .add("lines", JsonFactories.array(w.lines()));
        }
    }
}
