package org.attune.application.demo;

import static org.attune.application.demo.DemoPerson.ALEX;
import static org.attune.application.demo.DemoPerson.JAMIE;
import static org.attune.application.demo.DemoPerson.MORGAN;
import static org.attune.application.demo.DemoPerson.RILEY;
import static org.attune.application.demo.DemoPerson.SAM;
import static org.attune.application.demo.DemoPerson.THERAPIST;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.attune.domain.intake.DirectAnswer;
import org.attune.domain.intake.ScreenAnswers;
import org.attune.domain.regulation.Pause;
import org.attune.domain.room.RoomCommand;
import org.attune.domain.room.RoomKind;
import org.attune.domain.room.RoomState;
import org.attune.domain.transcript.RoomEvent;
import org.attune.domain.turn.RoundProtocol;
import org.attune.domain.turn.SpeakerListenerProtocol;
import org.attune.domain.turn.TurnCommand;

/**
 * What the development data holds: the demo therapist's two rooms, each with
 * a short, calm conversation under way, written as the moves people would
 * make in the room. Everyone answers the safety screen with nothing to flag
 * and Maya opens the room for joint work, as a therapist would before the
 * first session; each room then has one time-out behind it, taken and ended
 * with everyone checking in.
 *
 * <ul>
 *   <li>The couple's room runs PREP's speaker-listener (Markman, Stanley and
 *       Blumberg, <i>Fighting for Your Marriage</i>, "The Speaker-Listener
 *       Technique"): Alex, the speaker, says short pieces; Sam, the listener,
 *       says each back ("What I hear you saying is…"). After Sam's time-out,
 *       Sam offers "I appreciate you hearing me." and Alex accepts it: the
 *       therapist's summary of the session shows the time-out repaired. It
 *       ends with Alex holding the floor and Sam's paraphrase waiting for
 *       Alex's word on it.
 *   <li>The family's room goes round with the talking stick: Morgan and Jamie
 *       have had their turn, and Riley holds the stick. Maya set no turn limit,
 *       so that the round waits for whoever tries the demo.
 * </ul>
 *
 * <p>The words are everyday and kind: none of them trips the safety screen or
 * the escalation detector ({@code DemoRoomsTest} checks it).
 */
public final class DemoRooms {

    /** One step of the script. */
    public sealed interface Move {}

    /** Someone does something in the room, as their own command. */
    public record Act(DemoPerson who, RoomCommand command) implements Move {}

    /** The time-out's minutes have passed: the server opens the check-in, as its timer would. */
    public record BreakTimeUp() implements Move {}

    /** Someone accepts the repair attempt another person offered last: its number is known only once offered. */
    public record AcceptsRepair(DemoPerson who) implements Move {}

    /** Maya gives the room practice of this kind, due this long after now. */
    public record GivesPractice(String kind, Duration dueIn) implements Move {}

    /** A room: its name, kind, participants (Maya is its therapist) and what happens in it. */
    public record Script(String name, RoomKind kind, List<DemoPerson> participants, List<Move> moves) {}

    /** Answers to the safety screen that raise no flag. */
    static final ScreenAnswers NOTHING_TO_FLAG = new ScreenAnswers(
            ScreenAnswers.NEVER,
            ScreenAnswers.NEVER,
            ScreenAnswers.NEVER,
            ScreenAnswers.NEVER,
            DirectAnswer.NO,
            DirectAnswer.YES);

    /** When the couple's practice between sessions is due, from when the demo is set up. */
    static final Duration PRACTICE_DUE_IN = Duration.ofDays(5);

    /** How long each past time-out was, in minutes. */
    static final int BREAK_MINUTES = 5;

    private DemoRooms() {}

    /** Both rooms, the couple's first. */
    public static List<Script> all() {
        return List.of(couple(), family());
    }

    /**
     * "Alex &amp; Sam": speaker-listener, Alex holding the floor; after Sam's
     * time-out, Sam's "I appreciate you hearing me." is the repair Alex accepts;
     * Maya gives them the appreciation ritual to practise before next time.
     */
    public static Script couple() {
        return new Script(
                "Alex & Sam",
                RoomKind.COUPLE,
                List.of(ALEX, SAM),
                List.of(
                        new Act(ALEX, new RoomCommand.AnswerScreen(NOTHING_TO_FLAG)),
                        new Act(SAM, new RoomCommand.AnswerScreen(NOTHING_TO_FLAG)),
                        new Act(THERAPIST, new RoomCommand.ClearRoom()),
                        new Act(THERAPIST, new RoomCommand.StartSession(SpeakerListenerProtocol.NAME)),
                        guide("Welcome, both of you. Today we use speaker-listener: Alex speaks first, in short"
                                + " pieces, and Sam says back what they hear. Sam's turn to speak comes next."),
                        new Act(THERAPIST, turn(new TurnCommand.GrantFloor(ALEX.id()))),
                        say(
                                ALEX,
                                "When our weekend plans change at the last minute, I feel left out, and I'd like us"
                                        + " to decide them together."),
                        say(
                                SAM,
                                "What I hear you saying is that when plans change late, you feel left out, and"
                                        + " you'd like us to plan our weekends together."),
                        new Act(ALEX, turn(new TurnCommand.Confirm(true))),
                        new Act(SAM, new RoomCommand.RequestPause("break", BREAK_MINUTES, "box_breathing")),
                        new BreakTimeUp(),
                        new Act(ALEX, new RoomCommand.Ready(4)),
                        new Act(SAM, new RoomCommand.Ready(4)),
                        new Act(THERAPIST, new RoomCommand.Resume()),
                        new Act(SAM, new RoomCommand.OfferRepair("appreciate")),
                        new AcceptsRepair(ALEX),
                        guide("Thank you both for taking that break and coming back to it. Alex, the floor is"
                                + " still yours."),
                        say(
                                ALEX,
                                "Saturday mornings matter to me. They used to be our slow breakfast, and I miss"
                                        + " that time with you."),
                        say(
                                SAM,
                                "What I hear you saying is that Saturday mornings were our time together, and you"
                                        + " miss our slow breakfasts."),
                        new GivesPractice("appreciation", PRACTICE_DUE_IN)));
    }

    /** The Blakes: a round with the talking stick, Riley holding it. */
    public static Script family() {
        return new Script(
                "The Blakes",
                RoomKind.FAMILY,
                List.of(MORGAN, JAMIE, RILEY),
                List.of(
                        new Act(MORGAN, new RoomCommand.AnswerScreen(NOTHING_TO_FLAG)),
                        new Act(JAMIE, new RoomCommand.AnswerScreen(NOTHING_TO_FLAG)),
                        new Act(RILEY, new RoomCommand.AnswerScreen(NOTHING_TO_FLAG)),
                        new Act(THERAPIST, new RoomCommand.ClearRoom()),
                        new Act(THERAPIST, new RoomCommand.StartSession(RoundProtocol.NAME)),
                        new Act(THERAPIST, turn(new TurnCommand.SetTurnLimit(0))),
                        guide("Welcome, all three of you. We'll go round with the talking stick: say one thing"
                                + " that went well at home this week, and one thing you'd like more of."),
                        new Act(THERAPIST, turn(new TurnCommand.GrantFloor(MORGAN.id()))),
                        say(
                                MORGAN,
                                "Cooking dinner together on Tuesday felt easy and warm. I'd like more evenings like"
                                        + " that."),
                        new Act(MORGAN, turn(new TurnCommand.PassFloor())),
                        say(
                                JAMIE,
                                "I liked having some quiet time after school before we talked about plans. I'd like"
                                        + " a bit more of that."),
                        new Act(JAMIE, turn(new TurnCommand.PassFloor())),
                        new Act(RILEY, new RoomCommand.RequestPause("break", BREAK_MINUTES, "box_breathing")),
                        new BreakTimeUp(),
                        new Act(MORGAN, new RoomCommand.Ready(4)),
                        new Act(JAMIE, new RoomCommand.Ready(5)),
                        new Act(RILEY, new RoomCommand.Ready(4)),
                        new Act(THERAPIST, new RoomCommand.Resume()),
                        guide("Welcome back. Riley, the talking stick is yours whenever you're ready."),
                        say(RILEY, "The walk by the river on Sunday was nice. I'd like us to do that again soon.")));
    }

    /** Who makes a move, and the command it is, in a room in this state. */
    public record Command(String actorId, RoomCommand command) {}

    /** The command of a move, now: the break's time being up is the server's check-in for the pause that stands. */
    public static Command command(Move move, RoomState state, Instant now) {
        if (move instanceof Act act) {
            return new Command(act.who().id(), act.command());
        }
        if (move instanceof GivesPractice gives) {
            return new Command(THERAPIST.id(), new RoomCommand.AssignPractice(gives.kind(), now.plus(gives.dueIn())));
        }
        if (move instanceof AcceptsRepair accepts) {
            long offer = state.openRepairs().stream()
                    .filter(o -> !o.member().equals(accepts.who().id()))
                    .reduce((first, second) -> second)
                    .orElseThrow(() -> new IllegalStateException("The script accepts a repair nobody offered."))
                    .offer();
            return new Command(accepts.who().id(), new RoomCommand.AcceptRepair(offer));
        }
        Pause pause = state.pause()
                .orElseThrow(() -> new IllegalStateException("The script ends a break the room is not taking."));
        return new Command(RoomEvent.SYSTEM_ACTOR, new RoomCommand.CheckIn(pause.until()));
    }

    private static Act guide(String text) {
        return new Act(THERAPIST, new RoomCommand.Guide(text));
    }

    private static Act say(DemoPerson who, String text) {
        return new Act(who, new RoomCommand.Say(text));
    }

    private static RoomCommand turn(TurnCommand command) {
        return new RoomCommand.Turn(command);
    }
}
