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
 * grid given as {@code -Dsafety.validate.penalties} and {@code -Dsafety.validate.weights}.
 *
 * <p>With {@code -Dsafety.validate.development=true}, each language's development set counts
 * as one more writer: it is cross-validated in five folds (A trained as the shipped screen
 * without the fold; B the same and the later supplements) and pooled with the writers left out.
 * Each writer's recall and false alarms at the thresholds of the shipped false-alarm rate are
 * printed beside the pooled curve. Run on demand (one to two minutes per setting):
 *
 * <pre>
 * ./mvnw -o -B test -Dtest=SafetyWriterValidation -Dsafety.validate=true -Dsafety.validate.development=true \
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
        boolean development = Boolean.getBoolean("safety.validate.development");
        Map<Boolean, List<SafetyCrossValidation.Outcome>> shippedDevelopment = new LinkedHashMap<>();
        if (development) {
            for (boolean french : new boolean[] {false, true}) {
                shippedDevelopment.put(french, developmentOutcomes(french, List.of(), chosen));
            }
        }
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
                    validate(shipped, supplements, settings, french, shippedDevelopment.get(french));
                }
            }
        }
    }

    private static void validate(
            SafetyModel shipped,
            Map<Path, List<SafetySets.Message>> supplements,
            SafetyModel.Settings settings,
            boolean french,
            List<SafetyCrossValidation.Outcome> shippedDevelopment) {
        List<SafetyCrossValidation.Outcome> a = new ArrayList<>();
        List<SafetyCrossValidation.Outcome> b = new ArrayList<>();
        Map<String, List<List<SafetyCrossValidation.Outcome>>> byWriter = new LinkedHashMap<>();
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
            List<SafetyCrossValidation.Outcome> writerA = new ArrayList<>();
            List<SafetyCrossValidation.Outcome> writerB = new ArrayList<>();
            for (SafetySets.Message m : supplements.get(left)) {
                writerA.add(SafetyCrossValidation.screened(m, shipped));
                writerB.add(SafetyCrossValidation.screened(m, others));
            }
            byWriter.put(writerA.get(0).message().set(), List.of(writerA, writerB));
            a.addAll(writerA);
            b.addAll(writerB);
        }
        if (shippedDevelopment != null) {
            List<SafetySets.Message> later = new ArrayList<>();
            supplements.values().forEach(later::addAll);
            List<SafetyCrossValidation.Outcome> writerB = developmentOutcomes(french, later, settings);
            byWriter.put(writerB.get(0).message().set() + " (cross-validated)", List.of(shippedDevelopment, writerB));
            a.addAll(shippedDevelopment);
            b.addAll(writerB);
            writers++;
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
        double thresholdA = SafetyCrossValidation.thresholdWithin(a, rate);
        double thresholdB = SafetyCrossValidation.thresholdWithin(b, rate);
        byWriter.forEach((writer, outcomes) -> System.out.println(String.format(
                Locale.ROOT,
                "    %s: A recall %.3f, false alarms %.3f | B recall %.3f, false alarms %.3f",
                writer,
                SafetyCrossValidation.recallAt(outcomes.get(0), thresholdA),
                SafetyCrossValidation.falseAlarmsAt(outcomes.get(0), thresholdA),
                SafetyCrossValidation.recallAt(outcomes.get(1), thresholdB),
                SafetyCrossValidation.falseAlarmsAt(outcomes.get(1), thresholdB))));
    }

    /**
     * A language's development set, cross-validated in five folds: each fold screened by a model
     * trained as the shipped screen without it, and on the extra messages given.
     */
    private static List<SafetyCrossValidation.Outcome> developmentOutcomes(
            boolean french, List<SafetySets.Message> extra, SafetyModel.Settings settings) {
        List<SafetySets.Message> others = new ArrayList<>(french ? SafetySets.allButFrench() : SafetySets.others());
        others.addAll(extra);
        List<SafetySets.Message> evaluated =
                french ? SafetySets.read(SafetySets.FRENCH_DEVELOPMENT) : SafetySets.development();
        return SafetyCrossValidation.run(evaluated, others, 5, settings);
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
