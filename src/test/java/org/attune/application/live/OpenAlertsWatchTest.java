package org.attune.application.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.attune.application.RoomClaims;
import org.attune.application.Transactions;
import org.attune.security.AuditAction;
import org.attune.security.AuditEntry;
import org.attune.security.AuditTrail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Rooms with open safety alerts are woken when the server starts, and then
 * again whenever nobody takes care of them (their server stopped or died);
 * a look that fails is tried again, and none is made once the application has
 * stopped: the server's scheduler outlives a deployment.
 */
class OpenAlertsWatchTest {

    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

    private final ManualScheduler scheduler = new ManualScheduler();
    private final InMemoryClaims claims = new InMemoryClaims();
    private final List<String> woken = new ArrayList<>();
    private boolean databaseAnswers = true;
    private int looks;

    private final Transactions tx = new Transactions() {
        @Override
        public <T> T inNewTransaction(java.util.function.Supplier<T> work) {
            looks++;
            if (!databaseAnswers) {
                throw new IllegalStateException("not yet");
            }
            return work.get();
        }
    };

    private final AuditTrail audit = new AuditTrail() {
        @Override
        public void record(AuditEntry entry) {}

        @Override
        public List<AuditEntry> ofRoom(String roomId) {
            return List.of();
        }

        @Override
        public List<AuditEntry> ofAction(AuditAction action, Instant since, int limit) {
            return List.of(alert("room-here"), alert("room-elsewhere"), alert("room-of-a-gone-server"));
        }

        @Override
        public List<AuditEntry> concerning(String userId) {
            return List.of();
        }
    };

    private final OpenAlertsWatch watch =
            new OpenAlertsWatch(audit, claims, tx, Clock.fixed(NOW, ZoneOffset.UTC), scheduler, woken::add);

    @AfterEach
    void shutDown() {
        scheduler.shutdownNow();
    }

    @Test
    void atStartEveryRoomWithAlertsIsWokenThenOnlyThoseNobodyTakesCareOf() {
        claims.here(EngineHarness.WRITER, "node-a", NOW);
        claims.takenBy("room-here", EngineHarness.WRITER, NOW);
        claims.takenBy("room-elsewhere", "node-b/running", NOW);
        claims.takenBy(
                "room-of-a-gone-server",
                "node-c/killed",
                NOW.minus(RoomClaims.GONE_AFTER).minusSeconds(1));

        watch.start();
        scheduler.runNext();
        assertThat(woken).containsExactly("room-here", "room-elsewhere", "room-of-a-gone-server");

        woken.clear();
        scheduler.runNext();
        assertThat(woken).as("the watch goes on").containsExactly("room-of-a-gone-server");
        assertThat(scheduler.due).hasSize(1);
    }

    @Test
    void aLookThatFailsIsTriedAgainLater() {
        databaseAnswers = false;
        watch.start();
        scheduler.runNext();
        scheduler.runNext();

        assertThat(looks).isEqualTo(2);
        assertThat(scheduler.due).hasSize(1);
        assertThat(woken).isEmpty();
    }

    @Test
    void onceTheApplicationStopsNothingIsLookedUpOrScheduledAgain() {
        watch.start();
        scheduler.runNext();
        watch.stop();
        scheduler.runNext();

        assertThat(looks).isEqualTo(1);
        assertThat(scheduler.due).isEmpty();
    }

    private static AuditEntry alert(String room) {
        return new AuditEntry(NOW.minusSeconds(60), "sam", AuditAction.SAFETY_ALERT, room, null, "guided physical");
    }
}
