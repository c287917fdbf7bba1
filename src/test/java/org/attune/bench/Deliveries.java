package org.attune.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Counts what was sent and what arrived where: latency from send to delivery
 * at every other member (one clock: the generator's), lost and duplicate
 * deliveries, and a per-second series for the charts.
 */
final class Deliveries {

    /** One second of the run: how many deliveries, and their latency percentiles in microseconds. */
    record Second(int second, long deliveries, long p50, long p99, long max) {}

    private final int expectedPerMessage;
    private final Recorder recorder = new Recorder(3);
    private final Histogram total = new Histogram(3);
    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final Map<String, AtomicInteger> errorCodes = new ConcurrentHashMap<>();
    private final List<Second> seconds = new ArrayList<>();
    private volatile boolean measuring;

    Deliveries(int expectedPerMessage) {
        this.expectedPerMessage = expectedPerMessage;
    }

    /** From now on, what is sent and delivered counts. */
    void startMeasuring() {
        recorder.reset();
        measuring = true;
    }

    void stopMeasuring() {
        measuring = false;
    }

    /** A message is on its way; returns whether it counts. */
    boolean sent(String messageId) {
        if (!measuring) {
            return false;
        }
        sent.incrementAndGet();
        received.put(messageId, new AtomicInteger());
        return true;
    }

    void delivered(String messageId, long sentNanos) {
        AtomicInteger count = received.get(messageId);
        if (count == null) {
            return;
        }
        count.incrementAndGet();
        recorder.recordValue(Math.max(1, (System.nanoTime() - sentNanos) / 1_000));
    }

    void error() {
        error("closed");
    }

    /** A refused command or a socket that closed, by its code. */
    void error(String code) {
        errors.incrementAndGet();
        errorCodes.computeIfAbsent(code, c -> new AtomicInteger()).incrementAndGet();
    }

    Map<String, Integer> errorCodes() {
        Map<String, Integer> out = new java.util.TreeMap<>();
        errorCodes.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /** Closes the current second of the series. */
    synchronized void tick() {
        Histogram interval = recorder.getIntervalHistogram();
        total.add(interval);
        seconds.add(new Second(
                seconds.size() + 1,
                interval.getTotalCount(),
                interval.getValueAtPercentile(50),
                interval.getValueAtPercentile(99),
                interval.getMaxValue()));
    }

    Histogram total() {
        return total;
    }

    List<Second> seconds() {
        return List.copyOf(seconds);
    }

    long sent() {
        return sent.get();
    }

    long errors() {
        return errors.get();
    }

    /** Deliveries that never came, of the messages sent while measuring. */
    long lost() {
        return received.values().stream()
                .mapToLong(c -> Math.max(0, expectedPerMessage - c.get()))
                .sum();
    }

    /** Deliveries that came more than once. */
    long duplicates() {
        return received.values().stream()
                .mapToLong(c -> Math.max(0, c.get() - expectedPerMessage))
                .sum();
    }
}
