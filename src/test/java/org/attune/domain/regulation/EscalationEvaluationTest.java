package org.attune.domain.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Measures the escalation detector and the safety screen against labelled
 * messages written by people, not by the detector's authors' patterns: per
 * signal precision and recall, overall escalation precision and recall, safety
 * recall and false alarms. Fails below the bars Attune promises. The figures
 * are also written to {@code target/escalation-evaluation/<set>.md}.
 */
class EscalationEvaluationTest {

    private static final Path DATA = Path.of("src/test/resources/escalation");

    record Labelled(int id, String category, String text, Set<Signal> signals, boolean safety) {}

    record Count(int truePositives, int falsePositives, int falseNegatives) {
        double precision() {
            return truePositives + falsePositives == 0 ? 1 : truePositives / (double) (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1 : truePositives / (double) (truePositives + falseNegatives);
        }

        Count add(boolean predicted, boolean actual) {
            return new Count(
                    truePositives + (predicted && actual ? 1 : 0),
                    falsePositives + (predicted && !actual ? 1 : 0),
                    falseNegatives + (!predicted && actual ? 1 : 0));
        }
    }

    /**
     * The sets, and the escalation bars each must meet (safety bars are the
     * same for all: recall 1.0, at most 5 % false alarms on calm messages).
     *
     * <ul>
     *   <li>{@code labelled-messages}: the development set; the bars of the product.
     *   <li>{@code held-out-messages}: written independently and never used to
     *       tune the escalation cues; its bars guard against regressions at the
     *       level first measured (precision 0.94, recall 0.76).
     *   <li>{@code safety-fresh-messages}: crisis, calm and hard-negative
     *       messages for the safety screen only; no escalation labels.
     * </ul>
     */
    @ParameterizedTest
    @CsvSource({"labelled-messages, 0.85, 0.85", "held-out-messages, 0.90, 0.70", "safety-fresh-messages, 0, 0"})
    void meetsTheBars(String set, double minPrecision, double minRecall) throws IOException {
        List<Labelled> messages = read(DATA.resolve(set + ".jsonl"));
        assertThat(messages).isNotEmpty();
        Count escalation = new Count(0, 0, 0);
        Count safety = new Count(0, 0, 0);
        Map<Signal, Count> perSignal = new EnumMap<>(Signal.class);
        int calm = 0;
        int calmAlarms = 0;
        List<String> misses = new ArrayList<>();
        for (Labelled m : messages) {
            EscalationDetector.Assessment a = EscalationDetector.assess(m.text());
            Set<Signal> found = a.findings().stream()
                    .map(EscalationDetector.Finding::signal)
                    .collect(Collectors.toSet());
            escalation = escalation.add(!found.isEmpty(), !m.signals().isEmpty());
            for (Signal s : Signal.values()) {
                if (s != Signal.RAPID_FIRE) {
                    perSignal.merge(
                            s,
                            new Count(0, 0, 0)
                                    .add(found.contains(s), m.signals().contains(s)),
                            (x, y) -> new Count(
                                    x.truePositives() + y.truePositives(),
                                    x.falsePositives() + y.falsePositives(),
                                    x.falseNegatives() + y.falseNegatives()));
                }
            }
            boolean alarm = !SafetyScreen.screen(m.text()).isEmpty();
            safety = safety.add(alarm, m.safety());
            if (m.category().equals("calm")) {
                calm++;
                calmAlarms += alarm ? 1 : 0;
            }
            if (found.isEmpty() != m.signals().isEmpty() || alarm != m.safety()) {
                misses.add("#" + m.id() + " " + m.category() + ": expected " + m.signals()
                        + (m.safety() ? " +safety" : "") + ", found " + found + (alarm ? " +safety" : ""));
            }
        }
        double calmFalseAlarmRate = calm == 0 ? 0 : calmAlarms / (double) calm;
        writeReport(set, messages.size(), escalation, perSignal, safety, calm, calmAlarms);

        assertThat(escalation.precision())
                .as("escalation precision; misses: %s", misses)
                .isGreaterThanOrEqualTo(minPrecision);
        assertThat(escalation.recall())
                .as("escalation recall; misses: %s", misses)
                .isGreaterThanOrEqualTo(minRecall);
        assertThat(safety.recall()).as("safety recall; misses: %s", misses).isEqualTo(1.0);
        assertThat(calmFalseAlarmRate)
                .as("safety false alarms on calm messages")
                .isLessThanOrEqualTo(0.05);
    }

    private static void writeReport(
            String set,
            int size,
            Count escalation,
            Map<Signal, Count> perSignal,
            Count safety,
            int calm,
            int calmAlarms)
            throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("| ").append(set).append(" (").append(size).append(" messages) | precision | recall |\n");
        out.append("|---|---|---|\n");
        out.append(row("escalation (any signal)", escalation));
        perSignal.forEach((s, c) -> {
            if (c.truePositives() + c.falseNegatives() + c.falsePositives() > 0) {
                out.append(row(s.wireName(), c));
            }
        });
        out.append(row("safety", safety));
        out.append("\nSafety false alarms on calm messages: ")
                .append(calmAlarms)
                .append(" of ")
                .append(calm)
                .append("; on all messages without a safety label: ")
                .append(safety.falsePositives())
                .append(".\n");
        Path dir = Path.of("target/escalation-evaluation");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(set + ".md"), out);
    }

    private static String row(String name, Count c) {
        return String.format(Locale.ROOT, "| %s | %.2f | %.2f |%n", name, c.precision(), c.recall());
    }

    private static List<Labelled> read(Path file) throws IOException {
        List<Labelled> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            try (JsonReader reader = Json.createReader(new StringReader(line))) {
                JsonObject o = reader.readObject();
                Set<Signal> signals = o.getJsonArray("signals").getValuesAs(JsonString.class).stream()
                        .map(s -> Signal.fromWireName(s.getString()).orElseThrow())
                        .collect(Collectors.toSet());
                out.add(new Labelled(
                        o.getInt("id"), o.getString("category"), o.getString("text"), signals, o.getBoolean("safety")));
            }
        }
        return out;
    }
}
