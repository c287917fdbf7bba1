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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Measures the detector read in context against the labelled sets of
 * {@code src/test/resources/escalation/CONTEXT.md}: whether a listener's
 * reflection is kept out of their heat (and their own jabs are not), repair
 * attempts, multi-word sarcasm, a victim's fear (a safety concern, never the
 * writer's threat) and flooding in words, each against its look-alikes. Fails
 * below the bars; writes the figures to
 * {@code target/escalation-evaluation/<set>.md}.
 */
class ContextEvaluationTest {

    private static final Path DATA = Path.of("src/test/resources/escalation");

    record Labelled(
            int id,
            String category,
            boolean reflection,
            String text,
            Set<Signal> signals,
            boolean repair,
            boolean flooding,
            boolean safety,
            boolean threat) {}

    /**
     * The sets and their bars: heat (any signal of the writer's own) precision
     * and recall, repair, flooding and safety recall, and the most reflections
     * without heat of their own that may still show heat, and victims' fear
     * that may be read as the writer's threat (signal or concern). The second
     * held-out set was written by another hand, blind to the cues; its bars sit
     * at or just below its first measurement and only guard against
     * regressions. No cue is ever chosen on it.
     */
    @ParameterizedTest
    @CsvSource({
        "context-development-messages, 0.95, 0.95, 0.95, 0.95, 1.0, 0, 0",
        "context-held-out-messages, 0.95, 0.85, 0.95, 0.95, 0.90, 0, 1",
        "context-second-held-out-messages, 0.60, 0.20, 0.40, 0.50, 0.90, 0, 1"
    })
    void meetsTheBars(
            String set,
            double heatPrecision,
            double heatRecall,
            double repairRecall,
            double floodingRecall,
            double safetyRecall,
            int reflectionsHeated,
            int fearReadAsThreat)
            throws IOException {
        List<Labelled> messages = read(DATA.resolve(set + ".jsonl"));
        assertThat(messages).isNotEmpty();
        Map<String, EscalationEvaluationTest.Count> counts = new LinkedHashMap<>();
        for (String name : List.of("heat (any signal)", "contempt", "repair_attempt", "flooding", "safety", "threat")) {
            counts.put(name, new EscalationEvaluationTest.Count(0, 0, 0));
        }
        int heatedReflections = 0;
        int reflectionsWithoutHeat = 0;
        int fearAsThreat = 0;
        List<String> misses = new ArrayList<>();
        for (Labelled m : messages) {
            EscalationDetector.Assessment a = m.reflection()
                    ? EscalationDetector.assessReflection(m.text())
                    : EscalationDetector.assess(m.text());
            Set<Signal> found = a.findings().stream()
                    .map(EscalationDetector.Finding::signal)
                    .collect(Collectors.toSet());
            boolean repair = !m.reflection() && RepairAttempts.in(m.text(), a).isPresent();
            boolean flooding = !m.reflection() && Flooding.in(m.text()).isPresent();
            List<SafetyScreen.Concern> concerns =
                    m.reflection() ? SafetyScreen.screenReflection(m.text()) : SafetyScreen.screen(m.text());
            boolean threat = concerns.stream().anyMatch(c -> c.concern() == SafetyConcern.THREAT);
            count(counts, "heat (any signal)", !found.isEmpty(), !m.signals().isEmpty());
            count(
                    counts,
                    "contempt",
                    found.contains(Signal.CONTEMPT),
                    m.signals().contains(Signal.CONTEMPT));
            count(counts, "repair_attempt", repair, m.repair());
            count(counts, "flooding", flooding, m.flooding());
            count(counts, "safety", !concerns.isEmpty(), m.safety());
            count(counts, "threat", threat, m.threat());
            if (m.reflection() && m.signals().isEmpty()) {
                reflectionsWithoutHeat++;
                heatedReflections += found.isEmpty() ? 0 : 1;
            }
            if (m.category().equals("victim_fear") && (threat || found.contains(Signal.THREAT))) {
                fearAsThreat++;
            }
            if (found.isEmpty() != m.signals().isEmpty()
                    || repair != m.repair()
                    || flooding != m.flooding()
                    || concerns.isEmpty() == m.safety()
                    || threat != m.threat()) {
                misses.add(
                        "#" + m.id() + " " + m.category() + ": expected " + m.signals() + (m.repair() ? " +repair" : "")
                                + (m.flooding() ? " +flooding" : "") + (m.safety() ? " +safety" : "")
                                + (m.threat() ? " +threat" : "") + ", found " + found + (repair ? " +repair" : "")
                                + (flooding ? " +flooding" : "") + " " + concerns);
            }
        }
        writeReport(set, messages.size(), counts, heatedReflections, reflectionsWithoutHeat, fearAsThreat);
        String why = "misses: " + String.join("\n", misses);
        assertThat(counts.get("heat (any signal)").precision()).as(why).isGreaterThanOrEqualTo(heatPrecision);
        assertThat(counts.get("heat (any signal)").recall()).as(why).isGreaterThanOrEqualTo(heatRecall);
        assertThat(counts.get("repair_attempt").recall()).as(why).isGreaterThanOrEqualTo(repairRecall);
        assertThat(counts.get("flooding").recall()).as(why).isGreaterThanOrEqualTo(floodingRecall);
        assertThat(counts.get("safety").recall()).as(why).isGreaterThanOrEqualTo(safetyRecall);
        assertThat(heatedReflections).as(why).isLessThanOrEqualTo(reflectionsHeated);
        assertThat(fearAsThreat).as(why).isLessThanOrEqualTo(fearReadAsThreat);
    }

    private static void count(
            Map<String, EscalationEvaluationTest.Count> counts, String name, boolean predicted, boolean actual) {
        counts.merge(
                name,
                new EscalationEvaluationTest.Count(0, 0, 0).add(predicted, actual),
                (x, y) -> new EscalationEvaluationTest.Count(
                        x.truePositives() + y.truePositives(),
                        x.falsePositives() + y.falsePositives(),
                        x.falseNegatives() + y.falseNegatives()));
    }

    private static void writeReport(
            String set,
            int size,
            Map<String, EscalationEvaluationTest.Count> counts,
            int heatedReflections,
            int reflectionsWithoutHeat,
            int fearAsThreat)
            throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("| ").append(set).append(" (").append(size).append(" messages) | precision | recall |\n");
        out.append("|---|---|---|\n");
        counts.forEach((name, c) ->
                out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f |%n", name, c.precision(), c.recall())));
        out.append(String.format(
                Locale.ROOT,
                "%nReflections without heat of the listener's own that still showed heat: %d of %d."
                        + "%nA victim's fear read as the writer's threat: %d.%n",
                heatedReflections,
                reflectionsWithoutHeat,
                fearAsThreat));
        Path dir = Path.of("target/escalation-evaluation");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(set + ".md"), out);
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
                        o.getInt("id"),
                        o.getString("category"),
                        o.getString("voice").equals("reflection"),
                        o.getString("text"),
                        signals,
                        o.getBoolean("repair"),
                        o.getBoolean("flooding"),
                        o.getBoolean("safety"),
                        o.getBoolean("threat")));
            }
        }
        return out;
    }
}
