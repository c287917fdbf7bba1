package org.attune.domain.room;

import java.time.Instant;
import org.attune.domain.Language;
import org.attune.domain.intake.ScreenAnswers;
import org.attune.domain.member.RoomRole;
import org.attune.domain.regulation.RegulationSettings;
import org.attune.domain.turn.TurnCommand;

/**
 * A change someone asks of a room. {@link RoomState#handle} decides whether it
 * is allowed now and which events it produces. Commands come in groups, each
 * decided by its own rules: what people say ({@link Conversation}), how the
 * session and its turns go ({@link Sessions}), moderation ({@link Moderation}),
 * pauses and check-ins ({@link Pauses}), safety alerts ({@link SafetyAlerts}),
 * private "safe to talk?" check-ins ({@link SafeToTalkChecks}), the safety
 * screen before joint work ({@link JointWorkGate}), the cycle map
 * ({@link CycleMaps}), one-tap repair attempts ({@link Repairs}), and what the
 * server does by itself.
 */
public sealed interface RoomCommand {

    /** Words for the room: decided by {@link Conversation}. */
    sealed interface Speech extends RoomCommand {}

    /** Sessions, protocols and turns: decided by {@link Sessions}. */
    sealed interface SessionCommand extends RoomCommand {}

    /** A therapist's moderation of members and of the room: decided by {@link Moderation}. */
    sealed interface ModerationCommand extends RoomCommand {}

    /** Time-outs and check-ins: decided by {@link Pauses}. */
    sealed interface RegulationCommand extends RoomCommand {}

    /** Answering safety alerts: decided by {@link SafetyAlerts}. */
    sealed interface AlertCommand extends RoomCommand {}

    /** A therapist's private check-in with one participant, and its answer: decided by {@link SafeToTalkChecks}. */
    sealed interface CheckCommand extends RoomCommand {}

    /** What someone waiting in the lobby may do too: write to the therapist alone, answer a private check-in, answer the safety screen. */
    sealed interface OpenFromTheLobby extends RoomCommand {}

    /** The safety screen before joint work, and opening the room for it: decided by {@link JointWorkGate}. */
    sealed interface ScreenCommand extends RoomCommand {}

    /** The room's cycle map and the moments tagged as its steps: decided by {@link CycleMaps}. */
    sealed interface CycleCommand extends RoomCommand {}

    /** One-tap repair attempts between participants: decided by {@link Repairs}. */
    sealed interface RepairCommand extends RoomCommand {}

    /** Practice between sessions, assigned by therapists and done by participants: decided by {@link Practices}. */
    sealed interface PracticeCommand extends RoomCommand {}

    /** What the server itself asks of a room: a join, a timer, a mute running out. */
    sealed interface ServerCommand extends RoomCommand {}

    /**
     * A member says something to the room; {@code question}: in speaker-listener,
     * the listener's clarifying question about the speaker's piece.
     */
    record Say(String text, boolean question) implements Speech {
        public Say(String text) {
            this(text, false);
        }
    }

    /** A therapist guides the whole room. */
    record Guide(String text) implements Speech {}

    /** A therapist speaks privately to one member. */
    record Whisper(String to, String text) implements Speech {}

    /** A therapist keeps a private note. */
    record Note(String text) implements Speech {}

    /**
     * A participant's private line: words for the room's therapists only, at any
     * time, also from the lobby.
     */
    record ToTherapist(String text) implements Speech, OpenFromTheLobby {}

    /** The writer of a held message shares it with the room after all, by its sequence number. */
    record ShareHeld(long message) implements Speech {}

    /** Starts a sitting, optionally with a turn-taking protocol (null: keep the current one). */
    record StartSession(String protocol) implements SessionCommand {
        public StartSession() {
            this(null);
        }
    }

    record EndSession() implements SessionCommand {}

    /** A therapist chooses the turn-taking protocol by name. */
    record SetProtocol(String protocol) implements SessionCommand {}

    /** A command about the floor: raise or lower a hand, pass, grant, revoke, turn limit, confirm, no more, reorder. */
    record Turn(TurnCommand turn) implements SessionCommand {}

    /** A therapist mutes a participant for a number of minutes. */
    record Mute(String member, int minutes) implements ModerationCommand {}

    record Unmute(String member) implements ModerationCommand {}

    /** A therapist removes a member from the room. */
    record Remove(String member) implements ModerationCommand {}

    /** A therapist lets a waiting member in. */
    record Admit(String member) implements ModerationCommand {}

    /** A therapist renames the room, changes whether joiners wait for admission, or how it regulates itself. */
    record ChangeSettings(String name, boolean requiresAdmission, RegulationSettings regulation)
            implements ModerationCommand {}

    /**
     * A participant calls a time-out; minutes and exercise may be null for the
     * room's defaults. {@code backAt}, instead of minutes, says when they will be
     * back: the pause lasts until then (null: not given).
     */
    record RequestPause(String reason, Integer minutes, String exercise, Instant backAt) implements RegulationCommand {
        public RequestPause(String reason, Integer minutes, String exercise) {
            this(reason, minutes, exercise, null);
        }
    }

    /** At the check-in, a participant needs this many more minutes: the break goes on. */
    record MoreTime(int minutes) implements RegulationCommand {}

    /** A therapist pauses the room; the exercise may be null for the room's default. */
    record PauseRoom(int minutes, String exercise) implements RegulationCommand {}

    /** A therapist resumes the conversation after (or during) a pause. */
    record Resume() implements RegulationCommand {}

    /** A participant says they are ready to go on, with how calm they feel (1–5), or null. */
    record Ready(Integer calm) implements RegulationCommand {}

    /**
     * A therapist asks one participant privately, "Are you safe to talk right
     * now?"; nobody else learns of it.
     */
    record AskSafeToTalk(String member) implements CheckCommand {}

    /**
     * The participant asked answers the check-in with this sequence number:
     * {@code yes}, {@code no} or {@code not_sure}; only the therapists see it.
     */
    record AnswerSafeToTalk(long check, String answer) implements CheckCommand, OpenFromTheLobby {}

    /** A therapist of the room acknowledges the safety alert with this sequence number. */
    record AcknowledgeAlert(long alert) implements AlertCommand {}

    /** A participant answers the safety screen (again: the later answer replaces the earlier one). */
    record AnswerScreen(ScreenAnswers answers) implements ScreenCommand, OpenFromTheLobby {}

    /** A therapist opens the room for joint work: sessions may start. */
    record ClearRoom() implements ScreenCommand {}

    /** A therapist resolves the open safety flag of a member's screen, with an optional private note (null for none). */
    record ResolveFlag(String member, String note) implements ScreenCommand {}

    /**
     * A therapist sets one participant's part of the cycle map, by wire names:
     * move, surface emotion, softer emotions, need, and their own words (null: none).
     */
    record SetCycle(
            String member, String move, String surface, java.util.List<String> softer, String need, String words)
            implements CycleCommand {}

    /** A therapist tags the message with this sequence number, by a member, as a step of the cycle. */
    record TagCycleStep(long message, String member, String step) implements CycleCommand {}

    /** A participant offers a repair phrase to the room, by its key ({@code RepairPhrase} wire name). */
    record OfferRepair(String phrase) implements RepairCommand {}

    /** A participant accepts another's open repair offer, by its sequence number. */
    record AcceptRepair(long offer) implements RepairCommand {}

    /** A therapist assigns practice between sessions: its kind ({@code PracticeKind} wire name), due by when. */
    record AssignPractice(String kind, Instant due) implements PracticeCommand {}

    /** A therapist takes back an open practice, by its number. */
    record CancelPractice(long practice) implements PracticeCommand {}

    /** A participant starts a sitting of a practice, by its number: a session the room guides itself. */
    record StartPractice(long practice) implements PracticeCommand {}

    /** A participant shares their own words of a practice's sittings with the therapists. */
    record SharePractice(long practice) implements PracticeCommand {}

    /**
     * A participant asks to be reminded by mail of practice due, at this address
     * (null or blank to stop), in this language: that of the connection they ask
     * from (English when none is given).
     */
    record PracticeReminders(String email, Language language) implements PracticeCommand {
        public PracticeReminders {
            language = language == null ? Language.ENGLISH : language;
        }

        public PracticeReminders(String email) {
            this(email, Language.ENGLISH);
        }
    }

    /** The server: the practice with this number is due soon; those who asked are reminded (if still open). */
    record RemindPractice(long practice) implements ServerCommand {}

    /**
     * A clinician of the practice (realm role {@code therapist}, checked by the
     * caller), who need not be a member of the room, acknowledges a safety alert:
     * for rooms where no therapist of the room answers.
     */
    record AcknowledgeAlertForPractice(long alert, String clinicianId, String clinicianName) implements ServerCommand {}

    /** The server: nobody acknowledged the alert in time; tell on-call contact {@code level} (if still due). */
    record EscalateAlert(long alert, int level) implements ServerCommand {}

    /** Someone accepted an invitation with the given role. */
    record Join(String userId, String name, RoomRole role) implements ServerCommand {}

    /** A member leaves the room for good, at their own request (erasure): recorded as removed by themselves. */
    record Leave(String member) implements ServerCommand {}

    /** The server ends a mute whose time ran out (if it still stands). */
    record ExpireMute(String member, Instant until) implements ServerCommand {}

    /** The server: a turn's timer fired (a warning, or the end of the turn), if that turn still stands. */
    record TurnTimer(TurnCommand turn) implements ServerCommand {}

    /** The server: the pause until this deadline is over; the room checks in (if that pause still stands). */
    record CheckIn(Instant until) implements ServerCommand {}

    /**
     * The server: the check-in that opened at this moment has waited its time
     * for someone; a therapist or the practice is told (if it still waits).
     */
    record CheckInWaited(Instant openedAt) implements ServerCommand {}

    /** The server: someone left during a check-in; a guided room may now have everyone present ready. */
    record ReviewReadiness() implements ServerCommand {}
}
