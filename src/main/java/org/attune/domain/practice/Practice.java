package org.attune.domain.practice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One practice a therapist assigned to a room, as everyone in the room sees
 * it: what, by when, and what was done, in figures only. The words said while
 * practising stay between the participants unless each chooses to share theirs.
 *
 * @param seq the sequence number of the event that assigned it: its number in the room
 * @param sittings each time the room sat down to it, oldest first
 * @param shared who shared their words of it with the therapists, by member id
 */
public record Practice(
        long seq,
        PracticeKind kind,
        Instant due,
        Instant assignedAt,
        String assignedBy,
        Status status,
        List<Sitting> sittings,
        List<String> shared,
        boolean reminded) {

    /** The longest a practice may be assigned ahead. */
    public static final Duration FURTHEST_DUE = Duration.ofDays(90);

    /** How long before its due time a practice is recalled, when it was assigned early enough. */
    public static final Duration REMIND_BEFORE = Duration.ofHours(24);

    /** Open until done (a sitting in which at least two participants spoke) or cancelled. */
    public enum Status {
        OPEN("open"),
        DONE("done"),
        CANCELLED("cancelled");

        private final String wireName;

        Status(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    /**
     * One sitting, in figures: when it started, how long it lasted, how many
     * turns were given, and how many messages each participant said (by member id).
     */
    public record Sitting(Instant startedAt, long seconds, int turns, Map<String, Integer> messages) {
        public Sitting {
            messages = Map.copyOf(messages);
        }

        /** Whether at least two participants spoke: the practice was done together. */
        public boolean together() {
            return messages.values().stream().filter(n -> n > 0).count() >= 2;
        }
    }

    public Practice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
        sittings = List.copyOf(sittings);
        shared = List.copyOf(shared);
    }

    /**
     * When the participants who asked for reminders are reminded: a day before
     * it is due, or halfway between its assignment and its due time when it was
     * due sooner.
     */
    public Instant remindAt() {
        Duration ahead = Duration.between(assignedAt, due);
        Duration before = ahead.compareTo(REMIND_BEFORE.multipliedBy(2)) >= 0 ? REMIND_BEFORE : ahead.dividedBy(2);
        return due.minus(before);
    }
}
