package org.attune.domain.regulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * k-fold cross-validation of the safety screen (cues and learned layer
 * together) on one set: each message is screened by a model trained on
 * every other set and on the other folds of its own, never on itself. Folds
 * are dealt in turn within each kind, so every fold holds every kind.
 */
final class SafetyCrossValidation {

    /** The kinds of message that must not raise a concern, and whose false alarms count. */
    static final Set<String> CALM_KINDS = Set.of("calm", "heated", "idiom", "hard_negative");

    /** The kinds whose false alarms choose a threshold: calm messages and idioms. */
    static final Set<String> JUDGED = Set.of("calm", "idiom");

    /** How one message was screened out of its fold. */
    record Outcome(SafetySets.Message message, double probability, Set<SafetyConcern> cues, Set<SafetyConcern> raised) {
        boolean alarm() {
            return !raised.isEmpty();
        }

        /** Whether a cue or the safety model at this threshold raises it. */
        boolean raisedAt(double threshold) {
            return probability >= threshold || !cues.isEmpty();
        }

        /** Whether the concern its kind should raise is among those raised. */
        boolean rightConcern() {
            SafetyModel.Kind kind = SafetyModel.KINDS.get(message.category());
            return kind == null || raised.contains(kind.concern());
        }
    }

    /** The figures for one kind of message. */
    record Row(String kind, int messages, int alarms, int rightConcern) {
        double rate() {
            return messages == 0 ? 0 : alarms / (double) messages;
        }
    }

    private SafetyCrossValidation() {}

    static List<Outcome> run(
            List<SafetySets.Message> evaluated,
            List<SafetySets.Message> others,
            int folds,
            SafetyModel.Settings settings) {
        int[] fold = folds(evaluated, folds);
        List<Outcome> out = new ArrayList<>(evaluated.size());
        for (int i = 0; i < evaluated.size(); i++) {
            out.add(null);
        }
        for (int k = 0; k < folds; k++) {
            List<SafetyModel.Example> training = new ArrayList<>();
            for (int i = 0; i < evaluated.size(); i++) {
                if (fold[i] != k) {
                    training.add(evaluated.get(i).example());
                }
            }
            others.forEach(m -> training.add(m.example()));
            SafetyModel model = SafetyModel.train(training, settings);
            for (int i = 0; i < evaluated.size(); i++) {
                if (fold[i] == k) {
                    out.set(i, screened(evaluated.get(i), model));
                }
            }
        }
        return out;
    }

    /** One message screened by a model: its learned probability, the concerns its cues raise and all it raises. */
    static Outcome screened(SafetySets.Message m, SafetyModel model) {
        return new Outcome(
                m,
                model.probability(m.text()),
                concerns(SafetyScreen.cues(m.text())),
                concerns(SafetyScreen.screen(m.text(), model)));
    }

    private static Set<SafetyConcern> concerns(List<SafetyScreen.Concern> found) {
        return found.stream().map(SafetyScreen.Concern::concern).collect(Collectors.toSet());
    }

    private static int[] folds(List<SafetySets.Message> messages, int folds) {
        Map<String, Integer> dealt = new TreeMap<>();
        int[] fold = new int[messages.size()];
        for (int i = 0; i < messages.size(); i++) {
            int n = dealt.merge(messages.get(i).category(), 1, Integer::sum) - 1;
            fold[i] = n % folds;
        }
        return fold;
    }

    /** One row per kind of message, crisis kinds first. */
    static Map<String, Row> byKind(List<Outcome> outcomes) {
        Map<String, Row> rows = new LinkedHashMap<>();
        outcomes.stream()
                .sorted((a, b) ->
                        Boolean.compare(b.message().safety(), a.message().safety()))
                .forEach(o -> rows.merge(
                        o.message().category(),
                        new Row(o.message().category(), 1, o.alarm() ? 1 : 0, o.alarm() && o.rightConcern() ? 1 : 0),
                        (x, y) -> new Row(
                                x.kind(),
                                x.messages() + y.messages(),
                                x.alarms() + y.alarms(),
                                x.rightConcern() + y.rightConcern())));
        return rows;
    }

    static double recall(List<Outcome> outcomes) {
        long crisis = outcomes.stream().filter(o -> o.message().safety()).count();
        long found =
                outcomes.stream().filter(o -> o.message().safety() && o.alarm()).count();
        return crisis == 0 ? 1 : found / (double) crisis;
    }

    static double falseAlarms(List<Outcome> outcomes, String kind) {
        long n = outcomes.stream()
                .filter(o -> o.message().category().equals(kind))
                .count();
        long alarms = outcomes.stream()
                .filter(o -> o.message().category().equals(kind) && o.alarm())
                .count();
        return n == 0 ? 0 : alarms / (double) n;
    }

    /** The share of calm messages and idioms that a cue or the safety model at this threshold raises. */
    static double falseAlarmsAt(List<Outcome> outcomes, double threshold) {
        List<Outcome> judged = outcomes.stream()
                .filter(o -> JUDGED.contains(o.message().category()))
                .toList();
        return judged.stream().filter(o -> o.raisedAt(threshold)).count() / (double) judged.size();
    }

    /** The lowest threshold, in steps of 0.01, whose false alarms on calm messages and idioms stay within the budget. */
    static double thresholdWithin(List<Outcome> outcomes, double budget) {
        double threshold = 1;
        for (int t = 99; t >= 1 && falseAlarmsAt(outcomes, t / 100.0) <= budget + 1e-9; t--) {
            threshold = t / 100.0;
        }
        return threshold;
    }

    /** The highest threshold, in steps of 0.01, at which a cue or the safety model raises at least this share of crises. */
    static double thresholdForRecall(List<Outcome> outcomes, double recall) {
        for (int t = 99; t >= 1; t--) {
            if (recallAt(outcomes, t / 100.0) >= recall - 1e-9) {
                return t / 100.0;
            }
        }
        return 0.01;
    }

    /** The share of crisis messages that a cue or the safety model at this threshold raises. */
    static double recallAt(List<Outcome> outcomes, double threshold) {
        List<Outcome> crises =
                outcomes.stream().filter(o -> o.message().safety()).toList();
        return crises.stream().filter(o -> o.raisedAt(threshold)).count() / (double) crises.size();
    }

    /** Numbers from a system property, comma-separated, or the fallback's. */
    static double[] numbers(String property, String fallback) {
        return java.util.Arrays.stream(System.getProperty(property, fallback).split(","))
                .mapToDouble(Double::parseDouble)
                .toArray();
    }

    /** Of the threats by the writer, the share raised as THREAT. */
    static double threatsAsThreat(List<Outcome> outcomes) {
        long threats = outcomes.stream().filter(o -> o.message().threat()).count();
        long asThreat = outcomes.stream()
                .filter(o -> o.message().threat() && o.raised().contains(SafetyConcern.THREAT))
                .count();
        return threats == 0 ? 1 : asThreat / (double) threats;
    }

    /** The figures as a Markdown table. */
    static String table(String title, List<Outcome> outcomes) {
        StringBuilder out = new StringBuilder();
        out.append("| ").append(title).append(" | messages | raised | share | right concern |\n");
        out.append("|---|---|---|---|---|\n");
        for (Row r : byKind(outcomes).values()) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %.3f | %d |%n",
                    r.kind(),
                    r.messages(),
                    r.alarms(),
                    r.rate(),
                    r.rightConcern()));
        }
        out.append(String.format(
                Locale.ROOT,
                "%nSafety recall %.3f; threats raised as threat %.3f; false alarms on calm %.3f, heated %.3f, idioms %.3f.%n",
                recall(outcomes),
                threatsAsThreat(outcomes),
                falseAlarms(outcomes, "calm"),
                falseAlarms(outcomes, "heated"),
                falseAlarms(outcomes, "idiom")));
        return out.toString();
    }

    /** Fails below a set's bars: recall, false alarms on calm messages and on idioms, threats raised as threat. */
    static void assertBars(
            List<Outcome> outcomes, double minRecall, double maxCalm, double maxIdioms, double minThreats) {
        double recall = recall(outcomes);
        org.assertj.core.api.Assertions.assertThat(recall).as("safety recall").isGreaterThanOrEqualTo(minRecall);
        org.assertj.core.api.Assertions.assertThat(falseAlarms(outcomes, "calm"))
                .as("false alarms on calm messages")
                .isLessThanOrEqualTo(maxCalm);
        org.assertj.core.api.Assertions.assertThat(falseAlarms(outcomes, "idiom"))
                .as("false alarms on idioms")
                .isLessThanOrEqualTo(maxIdioms);
        org.assertj.core.api.Assertions.assertThat(threatsAsThreat(outcomes))
                .as(String.format(java.util.Locale.ROOT, "threats raised as threat (recall %.3f)", recall))
                .isGreaterThanOrEqualTo(minThreats);
    }
}
