package org.attune.domain.transcript;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attune.domain.WireNamed;

/**
 * The one rule for what of a room's log is part of a person's own export
 * (GDPR Art. 15 and 20), and why.
 *
 * <p>An event is part of person P's export when it is in a room P is or was a
 * member of, and
 * <ul>
 *   <li>P did it ({@link Part#AUTHORED}): what they said, held messages, their
 *       private lines, their screen answers, their check-in answers and calm
 *       ratings; or
 *   <li>it names P as its target ({@link Part#ABOUT_YOU}) and P saw it at the
 *       time (whispers to them, the floor granted to them, a mute, resources or
 *       a private check-in offered to them); or
 *   <li>it names P as its target, is for the therapists only, and comes from
 *       P's own words or answers ({@link #fromTheTargetsOwnWords}): the signals
 *       and escalations of their messages, safety alerts raised on their words,
 *       and the acknowledgement, escalation and resolution that followed; or
 *   <li>it is practice between sessions given to P's room, or what was done
 *       of it in figures ({@link Why#YOUR_PRACTICE}).
 * </ul>
 *
 * <p>Never: therapists' private notes (also not the note of a resolved flag,
 * nor the moments they tag as steps of the cycle),
 * anything of someone else's that P may not see, even when it names P or is
 * about them, and nothing of rooms P was never in. A safety alert on another
 * person's words targets its writer, never the person it is about, so a threat
 * against P stays with the therapists. Safety errs toward the therapist
 * knowing, never toward a partner reading a disclosure.
 */
public final class PersonalExport {

    /** Where an event stands in a person's export. */
    public enum Part {
        /** What the person wrote or did. */
        AUTHORED,
        /** What was recorded about the person by others or by the server. */
        ABOUT_YOU
    }

    /** Why something recorded about a person is in their export. */
    public enum Why implements WireNamed {
        /** Shown privately to the person and their therapists at the time. */
        SHOWN_TO_YOU("shown_to_you", "Shown to you privately at the time; your therapists see it too."),
        /** Shown to the whole room at the time, naming the person. */
        SHOWN_TO_THE_ROOM("shown_to_the_room", "Shown to everyone in the room at the time; it names you."),
        /** For the therapists only, recorded about the person's own words or answers. */
        FROM_YOUR_WORDS(
                "from_your_words",
                "Recorded for your therapists only, about your own words or answers; you did not see it at the time."),
        /** Practice between sessions given to the person's room, and what was done of it, in figures. */
        YOUR_PRACTICE(
                "your_practice",
                "Practice between sessions your therapist gave your room, and what was done of it, in figures.");

        private final String wireName;
        private final String sentence;

        Why(String wireName, String sentence) {
            this.wireName = wireName;
            this.sentence = sentence;
        }

        @Override
        public String wireName() {
            return wireName;
        }

        /** The reason in a sentence, for the person. */
        public String sentence() {
            return sentence;
        }
    }

    /**
     * An event as it goes into an export: its part, why it is there (null for
     * what the person did), and the event itself, with what the person may not
     * have (a therapist's note) withheld.
     */
    public record Entry(Part part, Why why, RoomEvent event) {}

    /** What an export never holds, and why, in sentences for the person; the export says so itself. */
    public static final List<String> NOT_INCLUDED = List.of(
            "Your therapists' private notes, also the notes they keep when they resolve a safety flag and the"
                    + " moments they mark as steps of your cycle: they are"
                    + " the practice's clinical record, which the practice releases to you on request. Ask your"
                    + " practice for them.",
            "What other people wrote or answered privately: their words to the therapist alone, their messages"
                    + " held back from the room, their safety screen and check-in answers, and safety alerts raised"
                    + " on their words, even when these name you or are about you. They belong to the person who"
                    + " wrote them and are kept for their safety.",
            "What others said to the whole room, and the room's own steps that do not name you: they are in each"
                    + " room's transcript, which you can read in Attune while you are a member.",
            "Anything of rooms you were never a member of.",
            "Drafts you asked for coaching on: Attune never stores them.");

    private PersonalExport() {}

    /**
     * Whether a stored event is part of this person's export, and how: empty
     * when it is not theirs to take away.
     *
     * @param personId the person exporting
     * @param theirRooms the rooms the person is or was a member of
     */
    public static Optional<Entry> entry(RoomEvent e, String personId, Set<String> theirRooms) {
        if (!theirRooms.contains(e.roomId()) || e.kind() == EventKind.NOTE) {
            return Optional.empty();
        }
        boolean about = personId.equals(e.targetId().orElse(null));
        Part part;
        Why why;
        if (personId.equals(e.actorId())) {
            part = Part.AUTHORED;
            why = null;
        } else if (about && e.audience() == Audience.EVERYONE) {
            part = Part.ABOUT_YOU;
            why = Why.SHOWN_TO_THE_ROOM;
        } else if (about && e.audience() == Audience.THERAPISTS_AND_TARGET) {
            part = Part.ABOUT_YOU;
            why = Why.SHOWN_TO_YOU;
        } else if (about && e.audience() == Audience.THERAPISTS && fromTheTargetsOwnWords(e.kind())) {
            part = Part.ABOUT_YOU;
            why = Why.FROM_YOUR_WORDS;
        } else if (e.audience() == Audience.EVERYONE && isPractice(e.kind())) {
            part = Part.ABOUT_YOU;
            why = Why.YOUR_PRACTICE;
        } else {
            return Optional.empty();
        }
        return Optional.of(new Entry(part, why, withoutPrivateNotes(e)));
    }

    /** Practice given to a room and what was done of it: each member's own practice, whoever recorded it. */
    public static final Set<EventKind> PRACTICE_KINDS = Set.of(
            EventKind.PRACTICE_ASSIGNED,
            EventKind.PRACTICE_CANCELLED,
            EventKind.PRACTICE_STARTED,
            EventKind.PRACTICE_DONE,
            EventKind.PRACTICE_REMINDED);

    static boolean isPractice(EventKind kind) {
        return PRACTICE_KINDS.contains(kind);
    }

    /** The event without a therapist's private note: the note of a resolved flag is withheld. */
    private static RoomEvent withoutPrivateNotes(RoomEvent e) {
        if (e.payload() instanceof EventPayload.FlagResolved f && f.note() != null) {
            return e.withPayload(new EventPayload.FlagResolved(f.screen(), null));
        }
        return e;
    }

    /**
     * Whether an event of this kind that only the therapists see is recorded
     * about its target's own words or answers, so part of the target's export.
     * Every kind is named here: a new kind decides this when it is added.
     */
    static boolean fromTheTargetsOwnWords(EventKind kind) {
        return switch (kind) {
            case SIGNALS,
                    REPAIR_ATTEMPT,
                    PAUSE_SUGGESTED,
                    ESCALATION,
                    SAFETY_ALERT,
                    ALERT_ACKNOWLEDGED,
                    ALERT_ESCALATED,
                    SCREEN_ANSWERED,
                    FLAG_RESOLVED -> true;
            case NOTE, MESSAGE, GUIDANCE, WHISPER, SESSION_STARTED, SESSION_ENDED, MEMBER_JOINED -> false;
            case MEMBER_WAITING, MEMBER_ADMITTED, MEMBER_REMOVED, MEMBER_MUTED, MEMBER_UNMUTED, ROOM_UPDATED -> false;
            case PROTOCOL_SET, HAND_RAISED, HAND_LOWERED, FLOOR_GRANTED, FLOOR_REVOKED, FLOOR_PASSED -> false;
            case TURN_WARNING, TURN_ENDED, TURN_LIMIT_SET, LISTENER_SET, PARAPHRASE, PARAPHRASE_CONFIRMED -> false;
            case STEP, NO_MORE, ORDER_SET, PAUSED, CHECK_IN, READY, CALM_RATING, RESUMED, MORE_TIME -> false;
            case PAUSE_EXTENDED, MORE_TIME_OFFERED, CHECK_IN_WAITING, TO_THERAPIST, HELD_MESSAGE -> false;
            case HELD_SHARED, RESOURCES_OFFERED, SAFE_TO_TALK_ASKED, SAFE_TO_TALK_ANSWERED, SCREEN_RECEIVED -> false;
            case ROOM_CLEARED, DIALOGUE_REQUESTED, DIALOGUE_ACCEPTED, CLARIFYING_QUESTION -> false;
            case FEELINGS_CHOSEN, APOLOGY_ANSWERED, CYCLE_MAP_UPDATED, CYCLE_NAMED, CYCLE_PROMPT -> false;
            // The therapist's reading of a moment as a step of the cycle is their clinical record, like a note.
            case CYCLE_STEP_TAGGED -> false;
            case REPAIR_OFFERED, REPAIR_ACCEPTED -> false;
            case PRACTICE_ASSIGNED, PRACTICE_CANCELLED, PRACTICE_STARTED, PRACTICE_DONE, PRACTICE_SHARED -> false;
            case PRACTICE_REMINDERS_SET, PRACTICE_REMINDED -> false;
        };
    }
}
