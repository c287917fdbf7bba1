package org.attune.interfaces.rest;

import java.time.Duration;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;

/** A REST call over its limit: answered with 429, a calm problem and {@code Retry-After}. */
public final class TooManyCalls extends RefusedException {

    private final Duration retryAfter;

    TooManyCalls(Duration retryAfter) {
        super(Refusal.RATE_LIMITED, "refusal.rate.too-many");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds until the next call will be allowed, at least one. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
