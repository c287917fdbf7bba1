package org.attune.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attune.support.WildFlyServer;

/**
 * Scenario (b): the highest rate each target sustains. The same sockets talk
 * faster step by step; a step is sustained when its p99 delivery latency is at
 * most 100 ms, with no error and nothing lost. The ramp stops at the first step
 * that is not.
 */
final class RampScenario {

    static final long P99_LIMIT_MICROS = 100_000;

    /** One step of the ramp. */
    record Step(String target, int offeredPerSecond, Benchmark.Result result) {
        boolean sustained() {
            return result.latency().getTotalCount() > 0
                    && result.latency().getValueAtPercentile(99) <= P99_LIMIT_MICROS
                    && result.errors() == 0
                    && result.lost() == 0;
        }
    }

    private RampScenario() {}

    static List<Step> run(
            String target,
            Benchmark.Settings settings,
            WildFlyServer server,
            ServerCpu cpu,
            Benchmark.Population population)
            throws Exception {
        List<Step> steps = new ArrayList<>();
        try (LoadSocket.Pool pool = new LoadSocket.Pool(Integer.getInteger("bench.io-threads", 2));
                Traffic traffic = Traffic.open(pool, target, server.baseUrl(), population, 1)) {
            for (int rate : rates()) {
                Deliveries deliveries = new Deliveries(settings.members() - 1);
                traffic.countInto(deliveries);
                traffic.talk(Duration.ofNanos(traffic.size() * 1_000_000_000L / rate));
                Thread.sleep(settings.warmUp().toMillis());
                Map<String, Double> perMessage = Benchmark.measure(deliveries, settings.measure(), cpu);
                traffic.quiet();
                for (long closed = traffic.size() - traffic.open(); closed > 0; closed--) {
                    deliveries.error();
                }
                Step step = new Step(target, rate, Benchmark.Result.of(target, settings, deliveries, perMessage));
                steps.add(step);
                System.out.printf(
                        Locale.ROOT,
                        "%s at %d msg/s: %s%s%n",
                        target,
                        rate,
                        Report.line(step.result()),
                        step.sustained() ? "" : " (not sustained)");
                if (!step.sustained()) {
                    break;
                }
            }
        }
        return steps;
    }

    /** The offered rates, messages in per second: {@code -Dbench.ramp-rates=1000,2000,…}. */
    static int[] rates() {
        return Arrays.stream(System.getProperty(
                                "bench.ramp-rates",
                                "500,1000,1500,2000,2500,3000,4000,5000,6000,8000,10000,12000,16000")
                        .split(","))
                .map(String::strip)
                .mapToInt(Integer::parseInt)
                .toArray();
    }

    /** The highest sustained rate of a target's steps, or 0. */
    static int maximum(List<Step> steps, String target) {
        return steps.stream()
                .filter(s -> s.target().equals(target) && s.sustained())
                .mapToInt(Step::offeredPerSecond)
                .max()
                .orElse(0);
    }

    static void write(Path dir, Benchmark.Settings settings, List<Step> steps) throws IOException {
        StringBuilder md = new StringBuilder(String.format(
                Locale.ROOT,
                "%d rooms × %d members; each step %d s measured after %d s of warm-up; sustained = p99 ≤ 100 ms, no error, nothing lost.%n%n",
                settings.rooms(),
                settings.members(),
                settings.measure().toSeconds(),
                settings.warmUp().toSeconds()));
        md.append(
                "| target | offered msg/s | msg/s in | deliveries/s | p50 | p99 | p99.9 | max | lost | errors | server CPU per message | sustained |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        double seconds = Math.max(1, settings.measure().toSeconds());
        for (Step step : steps) {
            Benchmark.Result r = step.result();
            String[] l = Report.latencies(r.latency());
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.0f | %.0f | %s | %s | %s | %s | %d | %d | %s | %s |%n",
                    r.target(),
                    step.offeredPerSecond(),
                    r.sent() / seconds,
                    r.deliveries() / seconds,
                    l[0],
                    l[1],
                    l[2],
                    l[3],
                    r.lost(),
                    r.errors(),
                    ServerCpu.describe(r.cpuPerMessage()),
                    step.sustained() ? "yes" : "no"));
        }
        int base = maximum(steps, "baseline");
        md.append(String.format(Locale.ROOT, "%nMaximum sustained rate: baseline %d msg/s", base));
        steps.stream()
                .map(Step::target)
                .filter(t -> !t.equals("baseline"))
                .distinct()
                .forEach(target -> {
                    int attune = maximum(steps, target);
                    md.append(String.format(
                            Locale.ROOT,
                            "; %s %d msg/s (÷ baseline %s)",
                            target,
                            attune,
                            base == 0 ? "—" : String.format(Locale.ROOT, "%.2f", attune / (double) base)));
                });
        md.append(".\n");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("ramp.md"), md);
    }
}
