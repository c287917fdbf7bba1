package org.attune.domain.regulation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measures the whole safety screen, cues and learned layer, on the
 * development set by five-fold cross-validation: each message is screened by
 * a model that never saw it (trained on the other four fifths, the
 * supplement and the escalation sets). The figures are tuned on, since the settings were chosen
 * on this set; they are written to
 * {@code target/escalation-evaluation/safety-development-cv.md}. Fails below
 * the figures reached when the settings were chosen, less a margin.
 */
class SafetyEvaluationTest {

    private static final double MIN_RECALL = 0.72;
    private static final double MAX_CALM_FALSE_ALARMS = 0.06;
    private static final double MAX_IDIOM_FALSE_ALARMS = 0.11;
    private static final double MIN_THREATS_AS_THREAT = 0.70;

    @Test
    void crossValidatedOnTheDevelopmentSet() throws IOException {
        List<SafetySets.Message> development = SafetySets.development();
        List<SafetySets.Message> others = SafetySets.others();
        List<SafetyCrossValidation.Outcome> outcomes =
                SafetyCrossValidation.run(development, others, 5, SafetyModel.Settings.CHOSEN);

        String table = SafetyCrossValidation.table("development set, 5-fold cross-validated (tuned on)", outcomes);
        Path dir = Path.of("target/escalation-evaluation");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("safety-development-cv.md"), table);
        System.out.println(table);

        SafetyCrossValidation.assertBars(
                outcomes, MIN_RECALL, MAX_CALM_FALSE_ALARMS, MAX_IDIOM_FALSE_ALARMS, MIN_THREATS_AS_THREAT);
    }
}
