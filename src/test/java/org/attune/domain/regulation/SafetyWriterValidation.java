package org.attune.domain.regulation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    private static final Set<String> JUDGED = Set.of("calm", "idiom");

    private static final double[] BUDGETS = {0.02, 0.05, 0.065, 0.10};

    /** One message screened by a model that never saw it: its learned probability and whether a cue raised it. */
    record Outcome(SafetySets.Message message, double probability, boolean cue) {
        boolean raised(double threshold) {
            return cue || probability >= threshold;
        }
    }

    @Test
    void writersLeftOut() {
        Assumptions.assumeTrue(Boolean.getBoolean("safety.validate"));
        SafetyModel.Settings chosen = SafetyModel.Settings.CHOSEN;
        SafetyModel shipped = SafetyModel.train(examples(SafetySets.all()), chosen);
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
                    validate(shipped, settings, french);
                }
            }
        }
    }

    private static void validate(SafetyModel shipped, SafetyModel.Settings settings, boolean french) {
        List<Outcome> a = new ArrayList<>();
        List<Outcome> b = new ArrayList<>();
        int writers = 0;
        for (Path left : SafetySets.LATER_SUPPLEMENTS) {
            if (left.getFileName().toString().startsWith("fr-") != french) {
                continue;
            }
            List<SafetySets.Message> training = new ArrayList<>(SafetySets.all());
            SafetySets.LATER_SUPPLEMENTS.stream()
                    .filter(p -> !p.equals(left))
                    .forEach(p -> training.addAll(SafetySets.read(p)));
            SafetyModel others = SafetyModel.train(examples(training), settings);
            List<SafetySets.Message> held = SafetySets.read(left);
            writers++;
            a.addAll(screen(held, shipped));
            b.addAll(screen(held, others));
        }
        SafetyModel.Settings chosen = SafetyModel.Settings.CHOSEN;
        double shippedThreshold = french ? chosen.frenchThreshold() : chosen.threshold();
        double rate = falseAlarms(a, shippedThreshold);
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
        String value = System.getProperty(property);
        return value == null
                ? new double[] {fallback}
                : Arrays.stream(value.split(","))
                        .mapToDouble(Double::parseDouble)
                        .toArray();
    }

    private static List<SafetyModel.Example> examples(List<SafetySets.Message> messages) {
        return messages.stream().map(SafetySets.Message::example).collect(Collectors.toList());
    }

    private static List<Outcome> screen(List<SafetySets.Message> messages, SafetyModel model) {
        return messages.stream()
                .map(m -> new Outcome(
                        m,
                        model.probability(m.text()),
                        !SafetyScreen.cues(m.text()).isEmpty()))
                .toList();
    }

    private static String curve(List<Outcome> out, double shippedRate) {
        StringBuilder line = new StringBuilder();
        double sum = 0;
        for (double budget : BUDGETS) {
            double threshold = thresholdAt(out, budget);
            double recall = recall(out, threshold);
            sum += recall;
            line.append(String.format(
                    Locale.ROOT, "at %.1f %%: threshold %.2f, recall %.3f | ", budget * 100, threshold, recall));
        }
        double threshold = thresholdAt(out, shippedRate);
        line.append(String.format(
                Locale.ROOT,
                "mean %.3f | at the shipped rate %.3f: threshold %.2f, recall %.3f",
                sum / BUDGETS.length,
                shippedRate,
                threshold,
                recall(out, threshold)));
        return line.toString();
    }

    /** The lowest threshold, in steps of 0.01, whose false alarms stay within the budget. */
    private static double thresholdAt(List<Outcome> out, double budget) {
        double threshold = 1;
        for (int t = 99; t > 1 && falseAlarms(out, t / 100.0) <= budget + 1e-9; t--) {
            threshold = t / 100.0;
        }
        return threshold;
    }

    private static double recall(List<Outcome> out, double threshold) {
        List<Outcome> crises = out.stream().filter(o -> o.message().safety()).toList();
        return crises.stream().filter(o -> o.raised(threshold)).count() / (double) crises.size();
    }

    private static double falseAlarms(List<Outcome> out, double threshold) {
        List<Outcome> judged = out.stream()
                .filter(o -> JUDGED.contains(o.message().category()))
                .toList();
        return judged.stream().filter(o -> o.raised(threshold)).count() / (double) judged.size();
    }
}
