package org.attune.domain.regulation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Each member's running heat: every message's heat is added, and the sum
 * halves every {@link #HALF_LIFE} of calm. Also notices rapid-fire sending:
 * {@link #RAPID_COUNT} messages or more within {@link #RAPID_WINDOW}.
 * Rebuilt from the log like the rest of a room's state.
 */
public final class HeatTracker {

    public static final Duration HALF_LIFE = Duration.ofSeconds(90);
    public static final Duration RAPID_WINDOW = Duration.ofSeconds(30);
    public static final int RAPID_COUNT = 4;

    private record Heat(double value, Instant at) {
        double at(Instant now) {
            long millis = Math.max(0, Duration.between(at, now).toMillis());
            return value * Math.pow(0.5, millis / (double) HALF_LIFE.toMillis());
        }
    }

    private final Map<String, Heat> heat = new HashMap<>();
    private final Map<String, Deque<Instant>> recent = new HashMap<>();

    /** Notes that a member sent a message; whether it makes their sending rapid-fire. */
    public boolean sent(String memberId, Instant at) {
        Deque<Instant> times = recent.computeIfAbsent(memberId, id -> new ArrayDeque<>());
        times.addLast(at);
        while (!times.isEmpty() && times.peekFirst().isBefore(at.minus(RAPID_WINDOW))) {
            times.removeFirst();
        }
        while (times.size() > RAPID_COUNT) {
            times.removeFirst();
        }
        return times.size() >= RAPID_COUNT;
    }

    /** Whether the member's last messages were rapid-fire, without noting a new one. */
    public boolean wouldBeRapid(String memberId, Instant at) {
        Deque<Instant> times = recent.getOrDefault(memberId, new ArrayDeque<>());
        long within =
                times.stream().filter(t -> !t.isBefore(at.minus(RAPID_WINDOW))).count();
        return within + 1 >= RAPID_COUNT;
    }

    /** Adds a message's heat (0–1) and returns the member's running heat after it. */
    public double add(String memberId, double messageHeat, Instant at) {
        double now = running(memberId, at) + messageHeat;
        heat.put(memberId, new Heat(now, at));
        return now;
    }

    /** The member's running heat at a moment. */
    public double running(String memberId, Instant at) {
        Heat h = heat.get(memberId);
        return h == null ? 0 : h.at(at);
    }

    /** After an escalation was raised: the member starts cool again, so one heated exchange is one alert. */
    public void reset(String memberId, Instant at) {
        heat.put(memberId, new Heat(0, at));
    }
}
