package org.attune.domain.turn;

import java.time.Instant;
import java.util.List;

/** A command about who holds the floor. */
public sealed interface TurnCommand {

    /** A participant asks for the floor; they join the queue. */
    record RaiseHand() implements TurnCommand {}

    /** A participant leaves the queue. */
    record LowerHand() implements TurnCommand {}

    /** The holder hands the floor on to the next in the queue (or to nobody). */
    record PassFloor() implements TurnCommand {}

    /** A therapist gives the floor to a participant. */
    record GrantFloor(String to) implements TurnCommand {}

    /** A therapist takes the floor back. */
    record RevokeFloor() implements TurnCommand {}

    /** A therapist sets how long a turn may last; 0 for no limit. */
    record SetTurnLimit(int seconds) implements TurnCommand {}

    /** Speaker-listener: the speaker says whether the listener's paraphrase was accurate. */
    record Confirm(boolean accurate) implements TurnCommand {}

    /** Imago: the sender has said all they want to say for now. */
    record NoMore() implements TurnCommand {}

    /**
     * Imago: a participant asks their partner for a dialogue ("Is now a good
     * time?"). Nothing starts until the partner accepts.
     */
    record AskDialogue() implements TurnCommand {}

    /**
     * Imago: the partner accepts a dialogue they were asked for: now (at is
     * null), or at a time they name, when the one who asked may ask again.
     */
    record AcceptDialogue(Instant at) implements TurnCommand {}

    /** Round: a therapist changes the order of those still to speak. */
    record Reorder(List<String> order) implements TurnCommand {
        public Reorder {
            order = List.copyOf(order);
        }
    }

    /** Repair: a participant says how calm they feel before it begins, 1 (not calm yet) to 5 (calm). */
    record RateCalm(int calm) implements TurnCommand {}

    /**
     * Repair: the feelings the one answering chose from the list ({@link Feeling});
     * {@code done} when no words of their own follow.
     */
    record ChooseFeelings(List<String> feelings, boolean done) implements TurnCommand {
        public ChooseFeelings {
            feelings = List.copyOf(feelings);
        }
    }

    /** Repair: the partner accepts the apology, or not yet. */
    record AnswerApology(boolean accepted) implements TurnCommand {}

    /** The server: the holder's time is nearly up (if that turn still stands). */
    record WarnTurnEnding(String holder, Instant deadline) implements TurnCommand {}

    /** The server: the holder's time is up; the floor goes on (if that turn still stands). */
    record EndTurn(String holder, Instant deadline) implements TurnCommand {}
}
