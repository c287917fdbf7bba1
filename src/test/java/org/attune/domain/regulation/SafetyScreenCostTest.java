package org.attune.domain.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Prints what the safety screen costs per message, best of several rounds
 * over every shipped example, on one thread: the cues alone, the learned
 * layer alone, and the whole screen; and how long the learned layer takes to
 * train. A measure to read, not a timed assertion: timings are judged in
 * benchmarks, never in tests.
 */
class SafetyScreenCostTest {

    private static final int ROUNDS = 7;

    @Test
    void printsTheCostPerMessage() {
        List<String> texts =
                SafetyModel.shipped().stream().map(SafetyModel.Example::text).toList();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = System.nanoTime();
        long startedCpu = threads.getCurrentThreadCpuTime();
        SafetyModel model = SafetyModel.train(SafetyModel.shipped(), SafetyModel.Settings.CHOSEN);
        double trainingCpuMs = (threads.getCurrentThreadCpuTime() - startedCpu) / 1e6;
        double trainingMs = (System.nanoTime() - started) / 1e6;
        for (int warming = 0; warming < 3; warming++) {
            bestMicros(texts, t -> SafetyScreen.screen(t, model));
        }
        double cues = bestMicros(texts, SafetyScreen::cues);
        double learned = bestMicros(texts, t -> model.read(t, false));
        double whole = bestMicros(texts, t -> SafetyScreen.screen(t, model));
        String line = String.format(
                Locale.ROOT,
                "Safety screen, %d messages, best of %d rounds: cues %.1f µs, learned layer %.1f µs,"
                        + " whole screen %.1f µs per message; training %.0f ms of CPU, %.0f ms elapsed"
                        + " (the first in this run, with the JIT still cold)",
                texts.size(),
                ROUNDS,
                cues,
                learned,
                whole,
                trainingCpuMs,
                trainingMs);
        System.out.println(line);
        assertThat(whole).isPositive();
    }

    private static double bestMicros(List<String> texts, Consumer<String> screen) {
        double best = Double.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            long started = System.nanoTime();
            for (String text : texts) {
                screen.accept(text);
            }
            best = Math.min(best, (System.nanoTime() - started) / 1e3 / texts.size());
        }
        return best;
    }
}
