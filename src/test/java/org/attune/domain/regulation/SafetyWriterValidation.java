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
 * Judges the learned layer's settings by writers left out. Each writer's set is screened by
 * models trained on every other set: the eighteen supplements of {@link SafetySets#WRITERS},
 * each left out whole, and each language's development set, cross-validated in five folds.
 * A is trained with the shipped settings; B with the shipped ones, or with each setting of a
 * grid given as {@code -Dsafety.validate.penalties} and {@code -Dsafety.validate.weights}.
 * Each language's writers are pooled, and each model's recall is read where its false alarms
 * on calm messages and idioms reach 2, 5, 6.5 and 10 %, and at A's false-alarm rate at the
 * shipped thresholds; each writer's recall and false alarms at that rate are printed beside
 * the pooled curve. Run on demand (about two minutes per setting):
 *
 * <pre>
 * ./mvnw -o -B test -Dtest=SafetyWriterValidation -Dsafety.validate=true \
 *     -Dsafety.validate.penalties=3e-6,1e-5,3e-5 -Dsafety.validate.weights=2,3,4
 * </pre>
 *
 * <p>Until the eleventh candidate was adopted, the supplements were not trained on: A was the
 * screen then shipped, and B added the other supplements, which judged training data rather
 * than settings (the runs of {@code docs/benchmarks.md} up to the eleventh candidate, made by this
 * class as it stood before that adoption).
 */
class SafetyWriterValidation {

    private static final double[] BUDGETS = {0.02, 0.05, 0.065, 0.10};

    /** The recall the watchful screen's thresholds are chosen for ({@code SafetyModel.Settings#WATCHFUL}). */
    private static final double WATCHFUL_RECALL = 0.95;

    @Test
    void writersLeftOut() {
        Assumptions.assumeTrue(Boolean.getBoolean("safety.validate"));
        SafetyModel.Settings chosen = SafetyModel.Settings.CHOSEN;
        List<SafetySets.Message> all = SafetySets.all();
        Map<Boolean, Map<String, List<SafetyCrossValidation.Outcome>>> shipped = new LinkedHashMap<>();
        for (boolean french : new boolean[] {false, true}) {
            shipped.put(french, screenedByWriter(all, french, chosen));
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
                    print(shipped.get(french), screenedByWriter(all, french, settings), french);
                }
            }
        }
    }

    /** Each writer of a language, screened by models trained on every other set with these settings. */
    private static Map<String, List<SafetyCrossValidation.Outcome>> screenedByWriter(
            List<SafetySets.Message> all, boolean french, SafetyModel.Settings settings) {
        Map<String, List<SafetyCrossValidation.Outcome>> out = new LinkedHashMap<>();
        for (Path writer : SafetySets.WRITERS) {
            if (writer.getFileName().toString().startsWith("fr-") != french) {
                continue;
            }
            String set = writer.getFileName().toString().replace(".jsonl", "");
            SafetyModel model = SafetyModel.train(
                    examples(all.stream().filter(m -> !m.set().equals(set)).toList()), settings);
            out.put(
                    set,
                    all.stream()
                            .filter(m -> m.set().equals(set))
                            .map(m -> SafetyCrossValidation.screened(m, model))
                            .toList());
        }
        List<SafetySets.Message> development =
                french ? SafetySets.read(SafetySets.FRENCH_DEVELOPMENT) : SafetySets.development();
        List<SafetySets.Message> others = french ? SafetySets.allButFrench() : SafetySets.others();
        out.put(
                development.get(0).set() + " (cross-validated)",
                SafetyCrossValidation.run(development, others, 5, settings));
        return out;
    }

    private static void print(
            Map<String, List<SafetyCrossValidation.Outcome>> byWriterA,
            Map<String, List<SafetyCrossValidation.Outcome>> byWriterB,
            boolean french) {
        List<SafetyCrossValidation.Outcome> a = pooled(byWriterA);
        List<SafetyCrossValidation.Outcome> b = pooled(byWriterB);
        SafetyModel.Settings chosen = SafetyModel.Settings.CHOSEN;
        double rate = SafetyCrossValidation.falseAlarmsAt(a, french ? chosen.frenchThreshold() : chosen.threshold());
        System.out.println(String.format(
                Locale.ROOT,
                "%s, %d messages of %d writers left out; the shipped thresholds' false alarms %.3f",
                french ? "French" : "English",
                a.size(),
                byWriterA.size(),
                rate));
        System.out.println("  A, shipped settings: " + curve(a, rate));
        System.out.println("  B: " + curve(b, rate));
        double watchful = SafetyCrossValidation.thresholdForRecall(a, WATCHFUL_RECALL);
        System.out.println(String.format(
                Locale.ROOT,
                "  A, where recall reaches %.2f (the watchful screen's threshold): threshold %.2f, false alarms %.3f,"
                        + " recall %.3f",
                WATCHFUL_RECALL,
                watchful,
                SafetyCrossValidation.falseAlarmsAt(a, watchful),
                SafetyCrossValidation.recallAt(a, watchful)));
        double thresholdA = SafetyCrossValidation.thresholdWithin(a, rate);
        double thresholdB = SafetyCrossValidation.thresholdWithin(b, rate);
        byWriterA.forEach((writer, outcomes) -> System.out.println(String.format(
                Locale.ROOT,
                "    %s: A recall %.3f, false alarms %.3f | B recall %.3f, false alarms %.3f",
                writer,
                SafetyCrossValidation.recallAt(outcomes, thresholdA),
                SafetyCrossValidation.falseAlarmsAt(outcomes, thresholdA),
                SafetyCrossValidation.recallAt(byWriterB.get(writer), thresholdB),
                SafetyCrossValidation.falseAlarmsAt(byWriterB.get(writer), thresholdB))));
    }

    private static List<SafetyCrossValidation.Outcome> pooled(
            Map<String, List<SafetyCrossValidation.Outcome>> byWriter) {
        List<SafetyCrossValidation.Outcome> out = new ArrayList<>();
        byWriter.values().forEach(out::addAll);
        return out;
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
