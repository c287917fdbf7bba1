package org.attune.domain.regulation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The safety screen on French messages.
 *
 * <ul>
 *   <li>The French development set, read by a screen that has seen no French
 *       example (its cues, and a learned layer trained on the English sets): what
 *       the screen did for a French speaker before it learned French.
 *   <li>The same set, five-fold cross-validated: each message screened by a
 *       model trained on every other set and the other four fifths of the
 *       French one, never on itself. Tuned on, like the English development
 *       set's figures.
 *   <li>The two French held-out sets, never tuned on (see {@code NEVER-TUNED.md}),
 *       read by the screen as shipped, reported as they came out.
 * </ul>
 *
 * The tables are written to {@code target/escalation-evaluation/} and
 * reported in {@code docs/benchmarks.md}; the bars only guard against falling
 * below what was measured, less a margin.
 */
class FrenchSafetyEvaluationTest {

    static final Path FRENCH_HELD_OUT = Path.of("src/test/resources/safety/fr-held-out-messages.jsonl");

    static final Path SECOND_FRENCH_HELD_OUT = Path.of("src/test/resources/safety/fr-second-held-out-messages.jsonl");

    static final Path THIRD_FRENCH_HELD_OUT = Path.of("src/test/resources/safety/fr-third-held-out-messages.jsonl");

    static final Path FOURTH_FRENCH_HELD_OUT = Path.of("src/test/resources/safety/fr-fourth-held-out-messages.jsonl");

    static final Path FIFTH_FRENCH_HELD_OUT = Path.of("src/test/resources/safety/fr-fifth-held-out-messages.jsonl");

    static final Path SIXTH_FRENCH_HELD_OUT = Path.of("src/test/resources/safety/fr-sixth-held-out-messages.jsonl");

    static final Path SEVENTH_FRENCH_HELD_OUT = Path.of("src/test/resources/safety/fr-seventh-held-out-messages.jsonl");

    static final Path EIGHTH_FRENCH_HELD_OUT = Path.of("src/test/resources/safety/fr-eighth-held-out-messages.jsonl");

    static final Path NINTH_FRENCH_HELD_OUT = Path.of("src/test/resources/safety/fr-ninth-held-out-messages.jsonl");

    @Test
    void theFrenchDevelopmentSetBeforeTheScreenLearnedFrench() throws IOException {
        List<SafetySets.Message> french = SafetySets.read(SafetySets.FRENCH_DEVELOPMENT);
        SafetyModel english = SafetyModel.train(
                SafetySets.english().stream().map(SafetySets.Message::example).toList(), SafetyModel.Settings.CHOSEN);
        List<SafetyCrossValidation.Outcome> outcomes = new ArrayList<>();
        for (SafetySets.Message m : french) {
            outcomes.add(new SafetyCrossValidation.Outcome(
                    m,
                    english.probability(m.text()),
                    concerns(SafetyScreen.cues(m.text())),
                    concerns(SafetyScreen.screen(m.text(), english))));
        }
        write("safety-fr-before-french.md", "French development set, screen without French examples", outcomes);
        // Measured 2026-12-04: recall 0.073. What French speakers had before; a record, not a bar to meet.
        org.assertj.core.api.Assertions.assertThat(SafetyCrossValidation.recall(outcomes))
                .isLessThan(0.2);
    }

    @Test
    void crossValidatedOnTheFrenchDevelopmentSet() throws IOException {
        List<SafetyCrossValidation.Outcome> outcomes = SafetyCrossValidation.run(
                SafetySets.read(SafetySets.FRENCH_DEVELOPMENT),
                SafetySets.allButFrench(),
                5,
                SafetyModel.Settings.CHOSEN);
        write("safety-fr-development-cv.md", "French development set, 5-fold cross-validated (tuned on)", outcomes);
        // Measured 2026-12-04: recall 0.727, false alarms 0.090 calm and 0.073 idioms, threats as threat 0.730.
        SafetyCrossValidation.assertBars(outcomes, 0.69, 0.12, 0.10, 0.68);
    }

    @Test
    void theShippedScreenOnTheFrenchHeldOutSet() throws IOException {
        List<SafetyCrossValidation.Outcome> outcomes =
                NeverTunedEvaluationTest.evaluate(FRENCH_HELD_OUT, "French held-out set", "safety-fr-held-out.md");
        // Measured first 2026-12-04: recall 0.839, false alarms 0.075 calm and 0.150 idioms, threats as
        // threat 0.769; again with a threshold for each language (French messages' unchanged): the same.
        SafetyCrossValidation.assertBars(outcomes, 0.80, 0.10, 0.17, 0.72);
    }

    /**
     * Written by another writer after the first French held-out set had been read once.
     * Measured first 2026-12-04, the screen with a threshold for each language: recall 0.780,
     * false alarms 0.074 calm and 0.140 idioms, threats as threat 0.692.
     */
    @Test
    void theShippedScreenOnTheSecondFrenchHeldOutSet() throws IOException {
        List<SafetyCrossValidation.Outcome> outcomes = NeverTunedEvaluationTest.evaluate(
                SECOND_FRENCH_HELD_OUT, "second French held-out set", "safety-fr-second-held-out.md");
        SafetyCrossValidation.assertBars(outcomes, 0.75, 0.09, 0.16, 0.65);
    }

    /**
     * Written at the same time as, and apart from, a second French supplement that is not trained
     * on. Read first (2026-12-04) by a screen trained on that supplement, which does not ship:
     * recall 0.849. Read second by the screen as shipped: recall 0.849, false alarms 0.045 calm
     * and 0.110 idioms, threats as threat 0.846.
     */
    @Test
    void theShippedScreenOnTheThirdFrenchHeldOutSet() throws IOException {
        List<SafetyCrossValidation.Outcome> outcomes = NeverTunedEvaluationTest.evaluate(
                THIRD_FRENCH_HELD_OUT, "third French held-out set", "safety-fr-third-held-out.md");
        SafetyCrossValidation.assertBars(outcomes, 0.82, 0.07, 0.14, 0.80);
    }

    /**
     * The fourth French held-out set, written at the same time as, and apart from, two look-alike
     * supplements that are not trained on, and read first (2026-12-04) by the screen as shipped:
     * recall 0.900, false alarms 0.157 calm and 0.150 idioms, threats as threat 0.920; idioms
     * 0.140 once the cues' idioms were blanked. The bars are the first figures less a margin.
     */
    @Test
    void theShippedScreenOnTheFourthFrenchHeldOutSet() throws IOException {
        List<SafetyCrossValidation.Outcome> outcomes = NeverTunedEvaluationTest.evaluate(
                FOURTH_FRENCH_HELD_OUT, "fourth French held-out set", "safety-fr-fourth-held-out.md");
        SafetyCrossValidation.assertBars(outcomes, 0.87, 0.18, 0.18, 0.88);
    }

    /**
     * The fifth French held-out set, written with the sixth English one, and read first
     * (2026-12-04) by the screen as shipped, with the cues' idioms blanked: recall 0.835, false alarms
     * 0.200 calm and 0.130 idioms, threats as threat 0.880. The bars are these figures less a margin.
     */
    @Test
    void theShippedScreenOnTheFifthFrenchHeldOutSet() throws IOException {
        List<SafetyCrossValidation.Outcome> outcomes = NeverTunedEvaluationTest.evaluate(
                FIFTH_FRENCH_HELD_OUT, "fifth French held-out set", "safety-fr-fifth-held-out.md");
        SafetyCrossValidation.assertBars(outcomes, 0.80, 0.23, 0.16, 0.84);
    }

    /**
     * The sixth French held-out set, written while the ninth candidate was tried, committed
     * unread, and read first (2026-12-04) once the eleventh was adopted, by both screens on the
     * same 419 messages: the screen shipped before, recall 0.834, false alarms 0.214 calm and
     * 0.190 idioms, threats as threat 0.800; the eleventh, recall 0.879, false alarms 0.100 calm
     * and 0.110 idioms, threats as threat 0.840. The bars are the eleventh's figures less a margin.
     */
    @Test
    void theShippedScreenOnTheSixthFrenchHeldOutSet() throws IOException {
        List<SafetyCrossValidation.Outcome> outcomes = NeverTunedEvaluationTest.evaluate(
                SIXTH_FRENCH_HELD_OUT, "sixth French held-out set", "safety-fr-sixth-held-out.md");
        SafetyCrossValidation.assertBars(outcomes, 0.85, 0.13, 0.14, 0.80);
    }

    /**
     * The seventh French held-out set, written while the twelfth candidate was tried, committed
     * unread, and read first (2026-12-05) once the thirteenth was adopted, by both screens on its
     * 420 messages, with the same figures: recall 0.860, false alarms 0.057 calm, 0.140 heated and
     * 0.110 idioms, threats as threat 0.840. The bars are these figures less a margin.
     */
    @Test
    void theShippedScreenOnTheSeventhFrenchHeldOutSet() throws IOException {
        List<SafetyCrossValidation.Outcome> outcomes = NeverTunedEvaluationTest.evaluate(
                SEVENTH_FRENCH_HELD_OUT, "seventh French held-out set", "safety-fr-seventh-held-out.md");
        SafetyCrossValidation.assertBars(outcomes, 0.83, 0.09, 0.14, 0.80);
    }

    /**
     * The eighth French held-out set, half its crises named plainly and half its idioms a named
     * subject in a harmless frame, written while the fourteenth candidate was tried, committed
     * unread, and read first (2026-12-05) once the eighteenth was adopted, by both screens on its
     * 420 messages: the screen shipped before, recall 0.880, false alarms 0.014 calm, 0.100 heated
     * and 0.170 idioms, threats as threat 0.720; the eighteenth, the same but 0.150 idioms. The
     * eighteenth was withdrawn (docs/benchmarks.md): the bars are the figures of the screen
     * shipped, before it, less a margin.
     */
    @Test
    void theShippedScreenOnTheEighthFrenchHeldOutSet() throws IOException {
        List<SafetyCrossValidation.Outcome> outcomes = NeverTunedEvaluationTest.evaluate(
                EIGHTH_FRENCH_HELD_OUT, "eighth French held-out set", "safety-fr-eighth-held-out.md");
        SafetyCrossValidation.assertBars(outcomes, 0.86, 0.03, 0.19, 0.68);
    }

    /**
     * The ninth French held-out set, written to the usual brief while the nineteenth candidate was
     * tried, committed unread, and read first (2026-12-05) once the watchful screen shipped, on its
     * 420 messages: as usual, recall 0.880, false alarms 0.100 calm and 0.070 idioms, threats as
     * threat 0.880. The bars are these figures less a margin.
     */
    @Test
    void theShippedScreenOnTheNinthFrenchHeldOutSet() throws IOException {
        List<SafetyCrossValidation.Outcome> outcomes = NeverTunedEvaluationTest.evaluate(
                NINTH_FRENCH_HELD_OUT, "ninth French held-out set", "safety-fr-ninth-held-out.md");
        SafetyCrossValidation.assertBars(outcomes, 0.86, 0.12, 0.09, 0.84);
    }

    /**
     * The watchful screen (for a member whose flag of the screen before joint work is open) on the
     * ninth French held-out set, read first with it: recall 0.955, false alarms 0.186 calm and
     * 0.140 idioms, threats as threat 0.880. The bars are these figures less a margin.
     */
    @Test
    void theWatchfulScreenOnTheNinthFrenchHeldOutSet() throws IOException {
        List<SafetyCrossValidation.Outcome> outcomes = NeverTunedEvaluationTest.evaluate(
                NINTH_FRENCH_HELD_OUT, "ninth French held-out set", "safety-fr-ninth-held-out-watchful.md", true);
        SafetyCrossValidation.assertBars(outcomes, 0.935, 0.20, 0.16, 0.84);
    }

    private static void write(String file, String title, List<SafetyCrossValidation.Outcome> outcomes)
            throws IOException {
        long crises = outcomes.stream().filter(o -> o.message().safety()).count();
        long byCues = outcomes.stream()
                .filter(o -> o.message().safety() && !o.cues().isEmpty())
                .count();
        long cueAlarms = outcomes.stream()
                .filter(o -> !o.message().safety() && !o.cues().isEmpty())
                .count();
        String table = SafetyCrossValidation.table(title, outcomes)
                + String.format(
                        Locale.ROOT,
                        "%nThe cues alone: %d of %d crisis messages, %d false alarms on %d others.%n",
                        byCues,
                        crises,
                        cueAlarms,
                        outcomes.size() - crises);
        Path dir = Path.of("target/escalation-evaluation");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(file), table);
        System.out.println(table);
    }

    private static Set<SafetyConcern> concerns(List<SafetyScreen.Concern> found) {
        return found.stream().map(SafetyScreen.Concern::concern).collect(Collectors.toSet());
    }
}
