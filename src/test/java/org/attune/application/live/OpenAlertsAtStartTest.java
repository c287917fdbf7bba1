package org.attune.application.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.attune.application.Transactions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Rooms with open safety alerts are looked up again while the database cannot
 * answer, and no more once the application has stopped: the server's scheduler
 * outlives a deployment, and a look from one that is gone can never succeed.
 */
class OpenAlertsAtStartTest {

    private final ManualScheduler scheduler = new ManualScheduler();
    private int looks;

    private final Transactions unavailable = new Transactions() {
        @Override
        public <T> T inNewTransaction(java.util.function.Supplier<T> work) {
            looks++;
            throw new IllegalStateException("not yet");
        }
    };

    private final OpenAlertsAtStart openAlerts = new OpenAlertsAtStart(
            null,
            unavailable,
            Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC),
            scheduler,
            room -> {});

    @AfterEach
    void shutDown() {
        scheduler.shutdownNow();
    }

    @Test
    void aLookThatFailsIsTriedAgainLater() {
        openAlerts.start();
        scheduler.runNext();
        scheduler.runNext();

        assertThat(looks).isEqualTo(2);
        assertThat(scheduler.due).hasSize(1);
    }

    @Test
    void onceTheApplicationStopsNothingIsLookedUpOrScheduledAgain() {
        openAlerts.start();
        scheduler.runNext();
        openAlerts.stop();
        scheduler.runNext();

        assertThat(looks).isEqualTo(1);
        assertThat(scheduler.due).isEmpty();
    }
}
