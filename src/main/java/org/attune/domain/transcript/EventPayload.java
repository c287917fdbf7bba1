package org.attune.domain.transcript;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.attune.domain.Language;
import org.attune.domain.cycle.CycleEntry;
import org.attune.domain.intake.ScreenAnswers;
import org.attune.domain.regulation.Evidence;
import org.attune.domain.regulation.Exercise;
import org.attune.domain.regulation.PauseReason;
import org.attune.domain.regulation.SafeToTalkAnswer;

/**
 * What an event says beyond who did what to whom and when: one type per event
 * kind ({@link EventCodec#typeOf}). The log stores it in a few generic columns;
 * {@link EventCodec} is the only place that knows how, so the room's replay,
 * the live frames, the REST transcript, its text and HTML renderings and the
 * export all read these types and never the columns.
 */
public sealed interface EventPayload {

    /** Nothing more than the kind, the actor and the target: a join, a raised hand, a check-in. */
    record None() implements EventPayload {
        public static final None INSTANCE = new None();
    }

    /** Words someone wrote: a message, a paraphrase, guidance, a whisper or a note. */
    record Text(String text) implements EventPayload {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The room's new name. */
    record RoomRenamed(String name) implements EventPayload {}

    /** The turn-taking protocol a therapist chose, by name. */
    record ProtocolChosen(String protocol) implements EventPayload {}

    /** A moment something ends: a mute, a turn with a limit, a turn about to end; null for none. */
    record Deadline(Instant until) implements EventPayload {}

    /** How long a turn may last, in seconds; 0 for no limit. */
    record TurnLimit(int seconds) implements EventPayload {}

    /** Speaker-listener: whether the speaker found the paraphrase accurate. */
    record Confirmation(boolean accurate) implements EventPayload {}

    /**
     * Imago and repair: the dialogue step the conversation moved to, by its wire
     * name; {@code again} when the step is asked for again (Imago: the sender
     * said "not quite").
     */
    record Step(String step, boolean again) implements EventPayload {
        public Step(String step) {
            this(step, false);
        }
    }

    /** Round and repair: who speaks next, in order. */
    record Order(List<String> members) implements EventPayload {
        public Order {
            members = List.copyOf(members);
        }
    }

    /** For therapists: a message's signals with the words behind them, and its heat in percent. */
    record Signals(int heatPercent, List<Evidence> signals) implements EventPayload {
        public Signals {
            signals = List.copyOf(signals);
        }
    }

    /**
     * For therapists: a member's running heat (percent) crossed the room's
     * threshold; {@code action} is what followed: {@code suggest_pause} or {@code paused}.
     */
    record Escalation(int heatPercent, List<Evidence> signals, String action) implements EventPayload {
        public static final String SUGGEST_PAUSE = "suggest_pause";
        public static final String PAUSED = "paused";

        public Escalation {
            signals = List.copyOf(signals);
        }
    }

    /**
     * Words of self-harm, violence, abuse, fear of someone, or a threat; the
     * room's own crisis region (null: the practice's); and the sequence number of
     * the message they were in (0 for none).
     */
    record SafetyAlert(List<Evidence> concerns, String region, long message) implements EventPayload {
        public SafetyAlert {
            concerns = List.copyOf(concerns);
        }

        public SafetyAlert(List<Evidence> concerns, String region) {
            this(concerns, region, 0);
        }
    }

    /**
     * A message held back from the room: its words, and whether the writer may
     * still share it (not when it threatened someone).
     */
    record Held(String text, boolean shareable) implements EventPayload {
        public Held {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A held message its writer shared with the room, by its sequence number. */
    record Shared(long held) implements EventPayload {}

    /**
     * Crisis resources offered to one person: the region (null: the practice's),
     * and why. To the writer of words that raised a safety alert it also says,
     * truthfully, who follows them up ({@code followUp}, null for nobody in
     * particular) and, when the practice's on-call clinician was told, within
     * about how many minutes (0 for no promise of time).
     */
    record ResourcesOffered(String region, String why, String followUp, int withinMinutes) implements EventPayload {
        /** The writer of a message the room did not receive. */
        public static final String HELD = "held";
        /** The writer of a private line to the therapist that raised a concern. */
        public static final String PRIVATE_LINE = "private_line";
        /** Someone else in a room that paused for safety: offered discreetly, naming nobody. */
        public static final String ROOM_PAUSED = "room_paused";
        /** Someone who answered their therapist's private check-in with no or not sure. */
        public static final String SAFE_TO_TALK = "safe_to_talk";

        /** A therapist of the room is connected and reads it now. */
        public static final String THERAPIST_HERE = "therapist_here";
        /** The room's therapists are not connected: the practice's on-call clinician was told. */
        public static final String THERAPIST_AWAY = "therapist_away";
        /** A guided room: the practice's on-call clinician was told. */
        public static final String ON_CALL = "on_call";
        /** Nobody is connected and the practice has no on-call contacts: its safety contact follows up. */
        public static final String PRACTICE = "practice";

        public ResourcesOffered {
            Objects.requireNonNull(why, "why");
        }

        public ResourcesOffered(String region, String why) {
            this(region, why, null, 0);
        }
    }

    /** A clinician acknowledged the safety alert with this sequence number, raised at that moment. */
    record AlertAcknowledged(long alert, Instant raisedAt) implements EventPayload {
        public AlertAcknowledged {
            Objects.requireNonNull(raisedAt, "raisedAt");
        }
    }

    /**
     * The practice's on-call contact number {@code level} (from 1) of {@code contacts}
     * was told of the safety alert with this sequence number; the next is told at
     * {@code next} unless someone acknowledges it first (null: this was the last).
     */
    record AlertEscalated(long alert, int level, int contacts, Instant next) implements EventPayload {}

    /** The answer to the private check-in with this sequence number. */
    record SafeToTalkAnswered(long check, SafeToTalkAnswer answer) implements EventPayload {
        public SafeToTalkAnswered {
            Objects.requireNonNull(answer, "answer");
        }
    }

    /** The room pauses: why, for how many minutes, with which exercise, until when. */
    record Paused(PauseReason reason, int minutes, Exercise exercise, Instant until) implements EventPayload {
        public Paused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(exercise, "exercise");
            Objects.requireNonNull(until, "until");
        }
    }

    /** A participant's answers to the safety screen before joint work. */
    record ScreenAnswered(ScreenAnswers answers) implements EventPayload {
        public ScreenAnswered {
            Objects.requireNonNull(answers, "answers");
        }
    }

    /** A therapist resolved the flag of the screen answer with this sequence number; the note may be null. */
    record FlagResolved(long screen, String note) implements EventPayload {}

    /** How calm a participant feels at the check-in, 1 to 5. */
    record CalmRating(int calm) implements EventPayload {}

    /** More time offered privately at a check-in, in minutes. */
    record MoreTimeOffered(int minutes) implements EventPayload {}

    /**
     * Who was told that a guided room's check-in waits for someone: the
     * therapist who is here, the practice's first on-call contact, or, with
     * neither, the practice (it waits in the room for its therapist).
     */
    record PracticeTold(String told) implements EventPayload {
        public static final String THERAPIST = "therapist";
        public static final String ON_CALL = "on_call";
        public static final String PRACTICE = "practice";

        public PracticeTold {
            Objects.requireNonNull(told, "told");
        }
    }

    /** Repair: feelings chosen from the Aftermath list, by wire name; done when no words follow. */
    record Feelings(List<String> feelings, boolean done) implements EventPayload {
        public Feelings {
            feelings = List.copyOf(feelings);
        }
    }

    /** Repair: whether an apology was accepted. */
    record ApologyAnswer(boolean accepted) implements EventPayload {}

    /**
     * The cycle map: one person's part (the event's target) as set, the map's
     * version after it, and the session it was set in (0: between sessions).
     */
    record CycleSet(CycleEntry entry, int version, int session) implements EventPayload {
        public CycleSet {
            Objects.requireNonNull(entry, "entry");
        }
    }

    /** A message, by its sequence number, marked as a step of the cycle ({@code CycleStep} wire name). */
    record CycleTag(long message, String step) implements EventPayload {
        public CycleTag {
            Objects.requireNonNull(step, "step");
        }
    }

    /**
     * A repair phrase offered with one tap: its key ({@code RepairPhrase} wire
     * name), its words as the room read them, and the sequence number of the
     * offerer's earlier open offer it replaces (0: none).
     */
    record RepairOffer(String phrase, String text, long replaces) implements EventPayload {
        public RepairOffer {
            Objects.requireNonNull(phrase, "phrase");
            Objects.requireNonNull(text, "text");
        }
    }

    /** A repair offer accepted: the offer's sequence number and its phrase's key. */
    record RepairAccepted(long offer, String phrase) implements EventPayload {
        public RepairAccepted {
            Objects.requireNonNull(phrase, "phrase");
        }
    }

    /** Practice assigned: its kind ({@code PracticeKind} wire name) and when it is due. */
    record PracticeSet(String kind, Instant due) implements EventPayload {
        public PracticeSet {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(due, "due");
        }
    }

    /** An event about the practice with this number, of this kind. */
    record PracticeRef(long practice, String kind) implements EventPayload {
        public PracticeRef {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /**
     * A practice sitting in figures: how long (seconds), how many turns were
     * given, how many messages each participant said (by member id, in order).
     */
    record PracticeFigures(long practice, String kind, long seconds, int turns, Map<String, Integer> messages)
            implements EventPayload {
        public PracticeFigures {
            Objects.requireNonNull(kind, "kind");
            messages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(messages));
        }
    }

    /**
     * Where a participant asked to be reminded of practice due, empty when they
     * stopped the reminders, and the language the reminder is written in: that
     * of the connection they asked from. A stop keeps no language (English).
     */
    record ReminderAddress(String address, Language language) implements EventPayload {
        public ReminderAddress {
            Objects.requireNonNull(address, "address");
            language = address.isEmpty() || language == null ? Language.ENGLISH : language;
        }
    }

    /** A participant's own words of a practice's sittings, shared with the therapists, in order. */
    record PracticeWords(long practice, List<String> lines) implements EventPayload {
        public PracticeWords {
            lines = List.copyOf(lines);
        }
    }
}
