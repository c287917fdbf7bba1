package org.attune.domain.regulation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Judges training on more writers by writers left out. Each of the later supplements
 * ({@link SafetySets#LATER_SUPPLEMENTS}), none of them trained on, is screened by two
 * models: A, the shipped screen; B, the shipped examples and the other later supplements.
 * Each language's validations are pooled, and each model's recall is read where its false
 * alarms on calm messages and idioms reach 2, 5, 6.5 and 10 %, and at the false-alarm rate
 * of the shipped thresholds. B is trained with the shipped settings, or with each setting of a
 * grid given as {@code -Dsafety.validate.penalties} and {@code -Dsafety.validate.weights}. Run
 * on demand (about 40 seconds per setting):
 *
 * <pre>
 * ./mvnw -o -B test -Dtest=SafetyWriterValidation -Dsafety.validate=true \
 *     -Dsafety.validate.penalties=3e-6,1e-5,3e-5 -Dsafety.validate.weights=2,3,4
 * </pre>
 */
class SafetyWriterValidation {

    private static final double[] BUDGETS = {0.02, 0.05, 0.065, 0.10};

    @Test
    void writersLeftOut() {
        Assumptions.assumeTrue(Boolean.getBoolean("safety.validate"));
        SafetyModel.Settings chosen = SafetyModel.Settings.CHOSEN;
        SafetyModel shipped = SafetyModel.train(examples(SafetySets.all()), chosen);
        Map<Path, List<SafetySets.Message>> supplements = new LinkedHashMap<>();
        SafetySets.LATER_SUPPLEMENTS.forEach(p -> supplements.put(p, SafetySets.read(p)));
        for (double penalty : numbers("safety.validate.penalties", chosen.regularisation())) {
            for (double weight : numbers("safety.validate.weights", chosen.positiveWeight())) {
                SafetyModel.Settings settings = new SafetyModel.Settings(
                        penalty,
                        chosen.epochs(),
                        weight,
                        chosen.threshold(),
                        chosen.frenchThreshold(),
                        chosen.threatThreshold());
                System.out.println(String.format(
                        Locale.ROOT, "B: penalty %g, weight %g, %d passes", penalty, weight, chosen.epochs()));
                for (boolean french : new boolean[] {false, true}) {
                    validate(shipped, supplements, settings, french);
                }
            }
        }
    }

    private static void validate(
            SafetyModel shipped,
            Map<Path, List<SafetySets.Message>> supplements,
            SafetyModel.Settings settings,
            boolean french) {
        List<SafetyCrossValidation.Outcome> a = new ArrayList<>();
        List<SafetyCrossValidation.Outcome> b = new ArrayList<>();
        int writers = 0;
        for (Path left : supplements.keySet()) {
            if (left.getFileName().toString().startsWith("fr-") != french) {
                continue;
            }
            List<SafetySets.Message> training = new ArrayList<>(SafetySets.all());
            supplements.forEach((p, messages) -> {
                if (!p.equals(left)) {
                    training.addAll(messages);
                }
            });
            SafetyModel others = SafetyModel.train(examples(training), settings);
            writers++;
            for (SafetySets.Message m : supplements.get(left)) {
                a.add(SafetyCrossValidation.screened(m, shipped));
                b.add(SafetyCrossValidation.screened(m, others));
            }
        }
        SafetyModel.Settings chosen = SafetyModel.Settings.CHOSEN;
        double rate = SafetyCrossValidation.falseAlarmsAt(a, french ? chosen.frenchThreshold() : chosen.threshold());
        System.out.println(String.format(
                Locale.ROOT,
                "%s, %d messages of %d writers left out; the shipped thresholds' false alarms %.3f",
                french ? "French" : "English",
                a.size(),
                writers,
                rate));
        System.out.println("  A, shipped: " + curve(a, rate));
        System.out.println("  B, with the other supplements: " + curve(b, rate));
    }

    private static double[] numbers(String property, double fallback) {
        return SafetyCrossValidation.numbers(property, String.valueOf(fallback));
    }

    private static List<SafetyModel.Example> examples(List<SafetySets.Message> messages) {
        return messages.stream().map(SafetySets.Message::example).collect(Collectors.toList());
    }

    private static String curve(List<SafetyCrossValidation.Outcome> out, double shippedRate) {
        StringBuilder line = new StringBuilder();
        double sum = 0;
        for (double budget : BUDGETS) {
            double threshold = SafetyCrossValidation.thresholdWithin(out, budget);
            double recall = SafetyCrossValidation.recallAt(out, threshold);
            sum += recall;
            line.append(String.format(
                    Locale.ROOT, "at %.1f %%: threshold %.2f, recall %.3f | ", budget * 100, threshold, recall));
        }
        double threshold = SafetyCrossValidation.thresholdWithin(out, shippedRate);
        line.append(String.format(
                Locale.ROOT,
                "mean %.3f | at the shipped rate %.3f: threshold %.2f, recall %.3f",
                sum / BUDGETS.length,
                shippedRate,
                threshold,
                SafetyCrossValidation.recallAt(out, threshold)));
        return line.toString();
    }
}
