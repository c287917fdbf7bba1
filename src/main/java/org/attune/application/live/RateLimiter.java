package org.attune.application.live;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A token bucket per member: up to {@code perMinute} commands in any minute,
 * refilled smoothly, so a burst is allowed but a flood is not.
 */
public final class RateLimiter {

    private record Bucket(double tokens, Instant at) {}

    private final int perMinute;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be at least 1");
        }
        this.perMinute = perMinute;
    }

    /** Takes one token for the member; {@code false} when they have none left. */
    public boolean tryAcquire(String memberId, Instant now) {
        boolean[] granted = new boolean[1];
        buckets.compute(memberId, (id, bucket) -> {
            double tokens = bucket == null ? perMinute : refill(bucket, now);
            granted[0] = tokens >= 1;
            return new Bucket(granted[0] ? tokens - 1 : tokens, now);
        });
        return granted[0];
    }

    /** How long until the member has a token again; zero when they have one now. */
    public Duration untilNext(String memberId, Instant now) {
        Bucket bucket = buckets.get(memberId);
        double tokens = bucket == null ? perMinute : refill(bucket, now);
        return tokens >= 1 ? Duration.ZERO : Duration.ofNanos((long) Math.ceil((1 - tokens) * 60e9 / perMinute));
    }

    private double refill(Bucket bucket, Instant now) {
        double elapsedMinutes = Math.max(0, Duration.between(bucket.at(), now).toNanos()) / 60e9;
        return Math.min(perMinute, bucket.tokens() + elapsedMinutes * perMinute);
    }

    /** Forgets members who have been quiet for a minute (their bucket would be full anyway). */
    public void forgetIdle(Instant now) {
        buckets.entrySet().removeIf(e -> refill(e.getValue(), now) >= perMinute);
    }
}
