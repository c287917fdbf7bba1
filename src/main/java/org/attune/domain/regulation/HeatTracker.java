package org.attune.domain.regulation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Each member's running heat: every message's heat is added, and the sum
 * halves every {@link #HALF_LIFE} of calm, and at once with each repair
 * attempt ({@link #afterRepair}). Also notices rapid-fire sending:
 * {@link #RAPID_COUNT} messages or more within {@link #RAPID_WINDOW}.
 * Rebuilt from the log like the rest of a room's state.
 */
public final class HeatTracker {

    public static final Duration HALF_LIFE = Duration.ofSeconds(90);
    public static final Duration RAPID_WINDOW = Duration.ofSeconds(30);
    public static final int RAPID_COUNT = 4;
    /** What is left of a member's running heat after a repair attempt. */
    public static final double REPAIR_FACTOR = 0.5;

    private record Heat(double value, Instant at) {
        double at(Instant now) {
            long millis = Math.max(0, Duration.between(at, now).toMillis());
            return value * Math.pow(0.5, millis / (double) HALF_LIFE.toMillis());
        }
    }

    private final Map<String, Heat> heat = new HashMap<>();
    private final Map<String, Deque<Instant>> recent = new HashMap<>();

    /** Notes that a member sent a message. */
    public void sent(String memberId, Instant at) {
        Deque<Instant> times = recent.computeIfAbsent(memberId, id -> new ArrayDeque<>());
        times.addLast(at);
        while (times.size() > RAPID_COUNT) {
            times.removeFirst();
        }
    }

    /** How many of the member's messages, up to {@link #RAPID_COUNT}, fell within the window before {@code at}. */
    public int recentCount(String memberId, Instant at) {
        return (int) recent.getOrDefault(memberId, new ArrayDeque<>()).stream()
                .filter(t -> !t.isBefore(at.minus(RAPID_WINDOW)) && !t.isAfter(at))
                .count();
    }

    /** Whether the member is sending rapid-fire: {@link #RAPID_COUNT} messages within {@link #RAPID_WINDOW}. */
    public boolean rapid(String memberId, Instant at) {
        return recentCount(memberId, at) >= RAPID_COUNT;
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

    /**
     * The member's running heat after a repair attempt of theirs: half of what
     * it was, as if a {@link #HALF_LIFE} of calm had passed. A repair that is
     * heard ends an escalation sooner than silence does (Gottman &amp; Silver,
     * <i>The Seven Principles for Making Marriage Work</i>, ch. 3), so it cools
     * at least as much as the calm it replaces.
     */
    public double afterRepair(String memberId, Instant at) {
        return running(memberId, at) * REPAIR_FACTOR;
    }

    /** Sets the member's running heat, as a repair attempt recorded it. */
    public void set(String memberId, double value, Instant at) {
        heat.put(memberId, new Heat(Math.max(0, value), at));
    }

    /** After an escalation was raised: the member starts cool again, so one heated exchange is one alert. */
    public void reset(String memberId, Instant at) {
        heat.put(memberId, new Heat(0, at));
    }
}
