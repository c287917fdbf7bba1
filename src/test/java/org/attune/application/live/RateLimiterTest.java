package org.attune.application.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void allowsTheBudgetThenRefusesUntilItRefills() {
        RateLimiter limiter = new RateLimiter(100);
        for (int i = 0; i < 100; i++) {
            assertThat(limiter.tryAcquire("alex", T0)).isTrue();
        }
        assertThat(limiter.tryAcquire("alex", T0)).isFalse();
        assertThat(limiter.tryAcquire("sam", T0))
                .as("each member has their own budget")
                .isTrue();
        assertThat(limiter.tryAcquire("alex", T0.plusMillis(600)))
                .as("one more after 0.6 s")
                .isTrue();
        assertThat(limiter.tryAcquire("alex", T0.plusMillis(600))).isFalse();
    }

    @Test
    void saysHowLongUntilTheNextTokenWhenTheBudgetIsSpent() {
        RateLimiter limiter = new RateLimiter(30);
        assertThat(limiter.untilNext("alex", T0)).isZero();
        for (int i = 0; i < 30; i++) {
            limiter.tryAcquire("alex", T0);
        }

        assertThat(limiter.untilNext("alex", T0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(limiter.untilNext("alex", T0.plusSeconds(1))).isEqualTo(Duration.ofSeconds(1));
        assertThat(limiter.untilNext("alex", T0.plusSeconds(2))).isZero();
    }

    @Test
    void aQuietMemberGetsTheirWholeBudgetBack() {
        RateLimiter limiter = new RateLimiter(10);
        for (int i = 0; i < 10; i++) {
            limiter.tryAcquire("alex", T0);
        }
        limiter.forgetIdle(T0.plusSeconds(120));
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire("alex", T0.plusSeconds(120))).isTrue();
        }
        assertThat(limiter.tryAcquire("alex", T0.plusSeconds(120))).isFalse();
    }
}
