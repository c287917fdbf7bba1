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
 * the shipped examples), on the held-out set {@code never-tuned-messages.jsonl}:
 * written apart from the screen and its development set, and never used to
 * choose cues, features, thresholds or training data (see {@code NEVER-TUNED.md}
 * beside it). The figures are reported as they are, in
 * {@code target/escalation-evaluation/safety-never-tuned.md} and
 * {@code docs/benchmarks.md}. The bars only guard against falling below what
 * was first measured; they are not the targets, which the screen does not reach
 * yet.
 */
class NeverTunedEvaluationTest {

    static final Path NEVER_TUNED = Path.of("src/test/resources/safety/never-tuned-messages.jsonl");

    /**
     * First measured 2026-12-02 on the 415 messages not also in training: recall
     * 0.758, false alarms on calm 0.043 and on idioms 0.070, threats raised as
     * threat 0.833. The bars are those, less a margin.
     */
    private static final double MIN_RECALL = 0.72;

    private static final double MAX_CALM_FALSE_ALARMS = 0.06;
    private static final double MAX_IDIOM_FALSE_ALARMS = 0.10;
    private static final double MIN_THREATS_AS_THREAT = 0.75;

    @Test
    void theShippedScreenOnMessagesItWasNeverTunedOn() throws IOException {
        List<SafetyCrossValidation.Outcome> outcomes = new ArrayList<>();
        SafetyScreen.prepare();
        for (SafetySets.Message m : unseen()) {
            outcomes.add(new SafetyCrossValidation.Outcome(
                    m, Double.NaN, concerns(SafetyScreen.cues(m.text())), concerns(SafetyScreen.screen(m.text()))));
        }
        long crises = outcomes.stream().filter(o -> o.message().safety()).count();
        long byCues = outcomes.stream()
                .filter(o -> o.message().safety() && !o.cues().isEmpty())
                .count();
        long cueAlarms = outcomes.stream()
                .filter(o -> !o.message().safety() && !o.cues().isEmpty())
                .count();
        String table = SafetyCrossValidation.table("never-tuned set, the screen as shipped (never tuned on)", outcomes)
                + String.format(
                        Locale.ROOT,
                        "%nThe cues alone: %d of %d crisis messages, %d false alarms on %d others.%n",
                        byCues,
                        crises,
                        cueAlarms,
                        outcomes.size() - crises);
        Path dir = Path.of("target/escalation-evaluation");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("safety-never-tuned.md"), table);
        System.out.println(table);

        SafetyCrossValidation.assertBars(
                outcomes, MIN_RECALL, MAX_CALM_FALSE_ALARMS, MAX_IDIOM_FALSE_ALARMS, MIN_THREATS_AS_THREAT);
    }

    /**
     * Five of its 420 messages came out word for word as messages of the sets
     * the screen is trained on (different writers, the same everyday
     * sentences, e.g. "WHY is it always my fault??"): they are not counted. More
     * would mean the held-out set leaked into training.
     */
    @Test
    void onlyTheKnownFiveAreAlsoAmongTheShippedExamples() throws IOException {
        assertThat(SafetySets.read(NEVER_TUNED).size() - unseen().size()).isLessThanOrEqualTo(5);
    }

    /** The held-out messages whose words the shipped examples do not hold. */
    private static List<SafetySets.Message> unseen() throws IOException {
        String shipped = Files.readString(SafetySets.SHIPPED).toLowerCase(Locale.ROOT);
        return SafetySets.read(NEVER_TUNED).stream()
                .filter(m -> !shipped.contains(m.text().toLowerCase(Locale.ROOT)))
                .toList();
    }

    private static Set<SafetyConcern> concerns(List<SafetyScreen.Concern> found) {
        return found.stream().map(SafetyScreen.Concern::concern).collect(Collectors.toSet());
    }
}
