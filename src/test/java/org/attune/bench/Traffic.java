package org.attune.bench;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sockets of one target (Attune or the baseline), one per seat, and the
 * members' talk on them: each member sends on average once per interval, at
 * exponentially distributed gaps, so the load is smooth. What arrives is
 * counted by the current {@link Deliveries}, which a run can swap between
 * steps.
 */
final class Traffic implements AutoCloseable {

    static final int OFFSET = 20000;
    static final String ORIGIN = "http://localhost:" + (8080 + OFFSET);

    private final boolean attune;
    private final List<LoadSocket> sockets = new ArrayList<>();
    private final AtomicReference<Deliveries> counting = new AtomicReference<>();
    private final AtomicLong counter = new AtomicLong();
    private final AtomicLong welcomed = new AtomicLong();
    private final AtomicInteger generation = new AtomicInteger();
    private final ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);

    private Traffic(boolean attune) {
        this.attune = attune;
    }

    /** Opens a socket for every seat of every room, {@code perSeat} times. */
    static Traffic open(
            LoadSocket.Pool pool, String target, String baseUrl, Benchmark.Population population, int perSeat)
            throws IOException {
        Traffic traffic = new Traffic(target.startsWith("attune"));
        String ws = baseUrl.replaceFirst("^http", "ws");
        for (int r = 0; r < population.roomIds().size(); r++) {
            String roomId = population.roomIds().get(r);
            URI uri = URI.create(traffic.attune ? ws + "/live/rooms/" + roomId : ws + "/baseline/baseline/" + roomId);
            for (String token : population.memberTokens().get(r)) {
                for (int copy = 0; copy < perSeat; copy++) {
                    String self = "s" + traffic.sockets.size() + "-";
                    traffic.sockets.add(LoadSocket.open(
                            pool,
                            uri,
                            traffic.attune ? "attune.v1" : null,
                            traffic.attune ? token : null,
                            ORIGIN,
                            text -> traffic.onText(text, self)));
                }
            }
        }
        return traffic;
    }

    int size() {
        return sockets.size();
    }

    /** Every socket is in its room: Attune has welcomed each; the baseline's are in once open. */
    boolean allIn() {
        return !attune || welcomed.get() >= sockets.size();
    }

    long open() {
        return sockets.stream().filter(LoadSocket::isOpen).count();
    }

    /** From now on, what arrives is counted by {@code deliveries}. */
    void countInto(Deliveries deliveries) {
        counting.set(deliveries);
    }

    /** Every member talks, on average once per {@code interval}; an earlier pace stops. */
    void talk(Duration interval) {
        int now = generation.incrementAndGet();
        long meanMicros = Math.max(1, interval.toNanos() / 1_000);
        for (int i = 0; i < sockets.size(); i++) {
            scheduleNext(sockets.get(i), "s" + i + "-", meanMicros, now);
        }
    }

    /** Everybody stops talking. */
    void quiet() {
        generation.incrementAndGet();
    }

    private void scheduleNext(LoadSocket socket, String self, long meanMicros, int talking) {
        long gap = (long) (-Math.log(1 - ThreadLocalRandom.current().nextDouble()) * meanMicros);
        clock.schedule(
                () -> {
                    if (!socket.isOpen() || generation.get() != talking) {
                        return;
                    }
                    String id = self + counter.incrementAndGet();
                    counting.get().sent(id);
                    String body = "b|" + System.nanoTime() + "|" + id;
                    socket.send(attune ? "{\"type\":\"say\",\"id\":\"" + id + "\",\"text\":\"" + body + "\"}" : body);
                    scheduleNext(socket, self, meanMicros, talking);
                },
                Math.min(gap, meanMicros * 10),
                TimeUnit.MICROSECONDS);
    }

    /**
     * A delivered message carries "b|sentNanos|id"; a member's own message
     * coming back to them is not a delivery. An error frame counts as an error.
     */
    private void onText(String text, String self) {
        if (text.startsWith("{\"type\":\"welcome\"")) {
            welcomed.incrementAndGet();
            return;
        }
        Deliveries deliveries = counting.get();
        if (deliveries == null) {
            return;
        }
        int at = text.indexOf("b|");
        if (at >= 0 && (text.startsWith("b|") || text.contains("\"kind\":\"message\""))) {
            int bar = text.indexOf('|', at + 2);
            int end = text.indexOf('"', bar);
            String id = text.substring(bar + 1, end < 0 ? text.length() : end);
            if (!id.startsWith(self)) {
                deliveries.delivered(id, Long.parseLong(text.substring(at + 2, bar)));
            }
        } else if (text.startsWith("{\"type\":\"error\"")) {
            int code = text.indexOf("\"code\":\"");
            deliveries.error(code < 0 ? "error" : text.substring(code + 8, text.indexOf('"', code + 8)));
        }
    }

    @Override
    public void close() {
        quiet();
        clock.shutdownNow();
        sockets.forEach(LoadSocket::close);
    }
}
