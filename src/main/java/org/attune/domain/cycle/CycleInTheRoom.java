package org.attune.domain.cycle;

import java.time.Duration;
import java.time.Instant;

/**
 * What the room says when heat rises in a room that has mapped its cycle.
 * EFT de-escalates by naming the cycle as the common enemy, never a person
 * ("it's the Protest Polka again, not you"), and by turning toward the softer
 * emotion under the reactive one (S. Johnson, <i>Hold Me Tight</i>, 2008,
 * Conversation 1 and 3, "Revisiting a Rocky Moment"; <i>The Practice of
 * Emotionally Focused Couple Therapy</i>, 2004, ch. 7–8, reframing the
 * problem in terms of the cycle, and evocative responding).
 *
 * <ul>
 *   <li>The room hears {@link #ROOM_LINE}, which names nobody, at most once in
 *       {@link #AGAIN_AFTER} per room;
 *   <li>the writer whose heat rose, when the map has their part, is asked
 *       privately about the softer emotion under the surface one, in the words
 *       of their own part ({@link #prompt}), at most once in
 *       {@link #AGAIN_AFTER} per writer. Nobody else hears it.
 * </ul>
 */
public final class CycleInTheRoom {

    /** What the whole room hears: the cycle, not a person. */
    public static final String ROOM_LINE =
            "Your cycle may be showing up. It is the pattern, not a person. Take a breath together.";

    /** The room line and each writer's prompt come at most once in this long: like a suggested time-out. */
    public static final Duration AGAIN_AFTER = Duration.ofMinutes(10);

    private CycleInTheRoom() {}

    /** Whether something said last at {@code last} (null: never) may be said again now. */
    public static boolean mayAgain(Instant last, Instant now) {
        return last == null || !now.isBefore(last.plus(AGAIN_AFTER));
    }

    /**
     * The private prompt toward the softer emotion, from the writer's own part
     * of the map: "Under the anger, is there hurt or fear? You named a need to
     * matter. In your words: “…”".
     */
    public static String prompt(CycleEntry own) {
        StringBuilder b = new StringBuilder("Under the ")
                .append(own.surface())
                .append(", is there ")
                .append(own.softerInWords())
                .append("? You named a need ")
                .append(own.need().label())
                .append('.');
        if (own.words() != null) {
            b.append(" In your words: “").append(own.words()).append("”");
        }
        return b.toString();
    }
}
