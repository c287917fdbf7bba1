package org.attune.domain.regulation;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * How the learned layer's settings were chosen: for each L2 penalty and
 * weight of a missed crisis in a grid, a five-fold cross-validation on the
 * development set, and the recall (cues or safety model) at the safety
 * threshold where false alarms on its calm messages and idioms reach 2, 5,
 * 10 and 20 %; with {@code -Dsafety.tune.french=true}, the same on the
 * French development set and on both together. Prints only; runs only when asked:
 *
 * <pre>
 * ./mvnw -o -B test -Dtest=SafetyTuning -Dsafety.tune=true \
 *     -Dsafety.tune.penalties=1e-5,1e-4,1e-3 -Dsafety.tune.weights=1,2,3 -Dsafety.tune.epochs=30 \
 *     -Dsafety.tune.budgets=0.02,0.05,0.10,0.20
 * </pre>
 */
class SafetyTuning {

    @Test
    void grid() {
        Assumptions.assumeTrue(Boolean.getBoolean("safety.tune"));
        List<SafetySets.Message> development = SafetySets.development();
        List<SafetySets.Message> others = SafetySets.others();
        double[] penalties = SafetyCrossValidation.numbers("safety.tune.penalties", "1e-5,1e-4,1e-3");
        double[] weights = SafetyCrossValidation.numbers("safety.tune.weights", "1,2,3");
        int epochs = Integer.getInteger("safety.tune.epochs", SafetyModel.Settings.CHOSEN.epochs());
        double threat = SafetyModel.Settings.CHOSEN.threatThreshold();
        for (double penalty : penalties) {
            for (double weight : weights) {
                SafetyModel.Settings settings = new SafetyModel.Settings(penalty, epochs, weight, 0.5, 0.5, threat);
                List<SafetyCrossValidation.Outcome> out = SafetyCrossValidation.run(development, others, 5, settings);
                System.out.println(summary(out, settings));
                if (Boolean.getBoolean("safety.tune.french")) {
                    List<SafetyCrossValidation.Outcome> french = SafetyCrossValidation.run(
                            SafetySets.read(SafetySets.FRENCH_DEVELOPMENT), SafetySets.allButFrench(), 5, settings);
                    System.out.println("  French development set: " + summary(french, settings));
                    List<SafetyCrossValidation.Outcome> both = new java.util.ArrayList<>(out);
                    both.addAll(french);
                    System.out.println("  both development sets: " + summary(both, settings));
                }
            }
        }
    }

    private static String summary(List<SafetyCrossValidation.Outcome> out, SafetyModel.Settings settings) {
        StringBuilder line = new StringBuilder(String.format(
                Locale.ROOT,
                "penalty %g, weight %g, %d passes",
                settings.regularisation(),
                settings.positiveWeight(),
                settings.epochs()));
        for (double budget : SafetyCrossValidation.numbers("safety.tune.budgets", "0.02,0.05,0.10,0.20")) {
            double threshold = SafetyCrossValidation.thresholdWithin(out, budget);
            line.append(String.format(
                    Locale.ROOT,
                    " | at %.1f %%: threshold %.2f, recall %.3f",
                    budget * 100,
                    threshold,
                    SafetyCrossValidation.recallAt(out, threshold)));
        }
        return line.toString();
    }
}
