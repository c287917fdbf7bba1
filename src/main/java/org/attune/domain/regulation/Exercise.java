package org.attune.domain.regulation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.attune.domain.WireNamed;

/**
 * A guided exercise for a pause: a list of timed steps a client can animate
 * (a breathing circle that grows on "inhale", holds, and shrinks on "exhale";
 * a grounding prompt shown for its time). Steps repeat for {@code cycles}
 * rounds; a cycle count of 0 means "until the pause is over".
 */
public enum Exercise implements WireNamed {
    BOX_BREATHING(
            "box_breathing",
            "Box breathing",
            "Breathe in for 4, hold for 4, out for 4, hold for 4. Slow and even, like tracing the sides of a box.",
            0,
            Step.inhale(4, "Breathe in through your nose"),
            Step.hold(4, "Hold gently"),
            Step.exhale(4, "Breathe out slowly"),
            Step.hold(4, "Rest before the next breath")),
    BREATHING_478(
            "breathing_478",
            "4-7-8 breathing",
            "Breathe in for 4, hold for 7, and breathe out for 8 through pursed lips. Four rounds.",
            4,
            Step.inhale(4, "Breathe in quietly through your nose"),
            Step.hold(7, "Hold your breath"),
            Step.exhale(8, "Breathe out fully through your mouth, with a soft whoosh")),
    CYCLIC_SIGHING(
            "cyclic_sighing",
            "Cyclic sighing",
            "A deep breath in, a short second sip of air to fill the lungs, then a long, slow breath out. About five minutes.",
            33,
            Step.inhale(2, "Breathe in deeply through your nose"),
            Step.inhale(1, "Take a second, shorter sip of air"),
            Step.exhale(6, "Let it all out slowly through your mouth")),
    PHYSIOLOGICAL_SIGH(
            "physiological_sigh",
            "Physiological sigh",
            "Two breaths in through the nose, one long breath out. Three times, about thirty seconds.",
            3,
            Step.inhale(2, "Breathe in through your nose"),
            Step.inhale(1, "A second short breath in, on top"),
            Step.exhale(6, "A long breath out through your mouth")),
    GROUNDING_54321(
            "grounding_54321",
            "5-4-3-2-1 grounding",
            "Come back to the room you are in, one sense at a time.",
            1,
            Step.prompt(30, "Name five things you can see"),
            Step.prompt(30, "Name four things you can touch, and feel them"),
            Step.prompt(30, "Name three things you can hear"),
            Step.prompt(20, "Name two things you can smell"),
            Step.prompt(20, "Name one thing you can taste")),
    SELF_SOOTHING(
            "self_soothing",
            "Self-soothing break",
            "For a longer pause: step away and do something calming that has nothing to do with the conversation. "
                    + "Try not to rehearse the argument; it keeps your body on alert.",
            1,
            Step.prompt(60, "Notice your breathing and let your shoulders drop"),
            Step.prompt(
                    600,
                    "Do something soothing: a short walk, music, a warm drink, stretching, or just sitting outside"),
            Step.prompt(60, "Check in with your body: is your heart slower now? Are your hands relaxed?"),
            Step.prompt(60, "Think of one thing you appreciate about the people in this room"));

    private final String wireName;
    private final String title;
    private final String description;
    private final int cycles;
    private final List<Step> steps;

    Exercise(String wireName, String title, String description, int cycles, Step... steps) {
        this.wireName = wireName;
        this.title = title;
        this.description = description;
        this.cycles = cycles;
        this.steps = List.of(steps);
    }

    /** One timed step: breathe in, hold, breathe out, or a prompt to read and follow. */
    public record Step(String action, int seconds, String text) {
        static Step inhale(int seconds, String text) {
            return new Step("inhale", seconds, text);
        }

        static Step hold(int seconds, String text) {
            return new Step("hold", seconds, text);
        }

        static Step exhale(int seconds, String text) {
            return new Step("exhale", seconds, text);
        }

        static Step prompt(int seconds, String text) {
            return new Step("prompt", seconds, text);
        }
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** How many rounds of the steps; 0 for "until the pause ends". */
    public int cycles() {
        return cycles;
    }

    public List<Step> steps() {
        return steps;
    }

    /** Seconds of one round of the steps. */
    public int cycleSeconds() {
        return steps.stream().mapToInt(Step::seconds).sum();
    }

    public static Optional<Exercise> fromWireName(String name) {
        return WireNamed.parse(Exercise.class, name);
    }

    /** Every exercise's wire name, for messages that list them. */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(Exercise::wireName).toList());
    }
}
