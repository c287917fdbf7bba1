package org.attune.domain.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The watchful screen (for a member whose flag of the screen before joint work is open) beside the
 * screen as usual, on every held-out set of each language pooled: what holding from the lower
 * threshold finds, and what it costs. Its threshold was chosen on the writers left out, never on
 * these sets ({@code SafetyModel.Settings#WATCHFUL}); the two sets read first by it are read in
 * {@link NeverTunedEvaluationTest} and {@link FrenchSafetyEvaluationTest}. Writes
 * {@code target/escalation-evaluation/safety-watchful.md}.
 */
class WatchfulEvaluationTest {

    private static final List<Path> ENGLISH = List.of(
            NeverTunedEvaluationTest.NEVER_TUNED,
            NeverTunedEvaluationTest.SECOND_HELD_OUT,
            NeverTunedEvaluationTest.THIRD_HELD_OUT,
            NeverTunedEvaluationTest.FOURTH_HELD_OUT,
            NeverTunedEvaluationTest.FIFTH_HELD_OUT,
            NeverTunedEvaluationTest.SIXTH_HELD_OUT,
            NeverTunedEvaluationTest.SEVENTH_HELD_OUT,
            NeverTunedEvaluationTest.EIGHTH_HELD_OUT,
            NeverTunedEvaluationTest.NINTH_HELD_OUT,
            NeverTunedEvaluationTest.TENTH_HELD_OUT);

    private static final List<Path> FRENCH = List.of(
            FrenchSafetyEvaluationTest.FRENCH_HELD_OUT,
            FrenchSafetyEvaluationTest.SECOND_FRENCH_HELD_OUT,
            FrenchSafetyEvaluationTest.THIRD_FRENCH_HELD_OUT,
            FrenchSafetyEvaluationTest.FOURTH_FRENCH_HELD_OUT,
            FrenchSafetyEvaluationTest.FIFTH_FRENCH_HELD_OUT,
            FrenchSafetyEvaluationTest.SIXTH_FRENCH_HELD_OUT,
            FrenchSafetyEvaluationTest.SEVENTH_FRENCH_HELD_OUT,
            FrenchSafetyEvaluationTest.EIGHTH_FRENCH_HELD_OUT,
            FrenchSafetyEvaluationTest.NINTH_FRENCH_HELD_OUT);

    /**
     * Read first (2026-12-05), once the watchful screen shipped. English, 10 sets, 4,165 messages:
     * as usual recall 0.856, false alarms 0.070 calm and 0.119 idioms; watchful 0.938, 0.143 and
     * 0.170. French, 9 sets, 3,764 messages: as usual 0.876, 0.068, 0.097; watchful 0.959, 0.167
     * and 0.172. The bars are the watchful figures less a margin.
     */
    @Test
    void theWatchfulScreenFindsMoreOnEveryHeldOutSetAndHoldsMore() throws IOException {
        StringBuilder out = new StringBuilder();
        for (List<Path> sets : List.of(ENGLISH, FRENCH)) {
            List<SafetyCrossValidation.Outcome> usual = new ArrayList<>();
            List<SafetyCrossValidation.Outcome> watchful = new ArrayList<>();
            for (Path set : sets) {
                usual.addAll(NeverTunedEvaluationTest.screened(set, false));
                watchful.addAll(NeverTunedEvaluationTest.screened(set, true));
            }
            boolean english = sets == ENGLISH;
            String language = english ? "English" : "French";
            out.append(line(language + ", " + sets.size() + " held-out sets, as usual", usual));
            out.append(line(language + ", " + sets.size() + " held-out sets, watchful", watchful));
            assertThat(SafetyCrossValidation.recall(watchful))
                    .as(language + " recall, watchful")
                    .isGreaterThanOrEqualTo(english ? 0.92 : 0.94)
                    .isGreaterThan(SafetyCrossValidation.recall(usual) + 0.05);
            assertThat(SafetyCrossValidation.falseAlarms(watchful, "calm"))
                    .as(language + " false alarms on calm messages, watchful")
                    .isLessThanOrEqualTo(english ? 0.16 : 0.19);
            assertThat(SafetyCrossValidation.falseAlarms(watchful, "idiom"))
                    .as(language + " false alarms on idioms, watchful")
                    .isLessThanOrEqualTo(0.19);
            assertThat(SafetyCrossValidation.falseAlarms(watchful, "heated"))
                    .as(language + " false alarms on heated messages, watchful")
                    .isLessThanOrEqualTo(english ? 0.13 : 0.20);
        }
        Path dir = Path.of("target/escalation-evaluation");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("safety-watchful.md"), out);
        System.out.println(out);
    }

    private static String line(String title, List<SafetyCrossValidation.Outcome> outcomes) {
        return String.format(
                Locale.ROOT,
                "%s: %d messages; recall %.3f; false alarms %.3f calm, %.3f heated, %.3f idioms; threats as threat"
                        + " %.3f%n",
                title,
                outcomes.size(),
                SafetyCrossValidation.recall(outcomes),
                SafetyCrossValidation.falseAlarms(outcomes, "calm"),
                SafetyCrossValidation.falseAlarms(outcomes, "heated"),
                SafetyCrossValidation.falseAlarms(outcomes, "idiom"),
                SafetyCrossValidation.threatsAsThreat(outcomes));
    }
}
