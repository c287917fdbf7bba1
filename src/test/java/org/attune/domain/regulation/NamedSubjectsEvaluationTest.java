package org.attune.domain.regulation;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The safety screen as shipped on the two supplements of crises named plainly ({@link
 * SafetySets#NAMED}): 200 crises each, named in so many words in the writer's own life ("the
 * abuse", "suicidal", "an overdose"), and 240 harmless messages naming the same subjects in
 * frames (a lecture, a documentary, a job). The screen is not trained on them, and their writers
 * saw no code, so they are read as held-out sets are; but they were read while candidates were
 * tried (docs/benchmarks.md, "Crises named plainly"), so they are not blind to those. The tables
 * go to {@code target/escalation-evaluation/safety-named*.md}. First read (2026-12-05) by the
 * screen of the thirteenth candidate: recall 0.945 and 0.894, false alarms on calm 0.750 and
 * 0.350, on idioms 0.420 and 0.460, threats as threat 0.880 and 0.800; by the eighteenth, the
 * same but calm 0.650 in English and idioms 0.410 and 0.435 (0.415 and 0.440 once a review
 * narrowed what it weighs). The eighteenth was withdrawn: the bars are the figures of the screen
 * shipped, before it, less a margin.
 */
class NamedSubjectsEvaluationTest {

    @Test
    void theShippedScreenOnCrisesNamedPlainlyInEnglish() throws IOException {
        List<SafetyCrossValidation.Outcome> outcomes = NeverTunedEvaluationTest.evaluate(
                SafetySets.NAMED.get(0), "English crises named plainly", "safety-named.md");
        SafetyCrossValidation.assertBars(outcomes, 0.93, 0.80, 0.45, 0.84);
    }

    @Test
    void theShippedScreenOnCrisesNamedPlainlyInFrench() throws IOException {
        List<SafetyCrossValidation.Outcome> outcomes = NeverTunedEvaluationTest.evaluate(
                SafetySets.NAMED.get(1), "French crises named plainly", "safety-fr-named.md");
        SafetyCrossValidation.assertBars(outcomes, 0.88, 0.40, 0.49, 0.76);
    }
}
