package org.attune.interfaces.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.attune.support.AttuneIT;
import org.attune.support.DemoUsers;
import org.attune.support.LiveClient;
import org.attune.support.RawWebSocket;
import org.attune.support.TestRoom;
import org.attune.support.TestStack;
import org.junit.jupiter.api.Test;

/** A client that stops reading what the server sends does not hold the server's memory, however much it talks. */
class SlowReaderIT extends AttuneIT {

    private static final byte[] PING = "{\"type\":\"ping\",\"id\":\"p\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aClientThatStopsReadingButKeepsSendingPingsIsClosedWith4000() throws Exception {
        TestRoom room = TestRoom.inSession();
        String text = "The weather was lovely on Sunday afternoon. ".repeat(42).strip();
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient sam = room.enter(DemoUsers.SAM)) {
            for (int i = 0; i < 90; i++) {
                maya.send(TestRoom.say("m" + i, text));
                sam.send(TestRoom.say("s" + i, text));
            }
            maya.next(LiveClient.ack("m89"));
            sam.next(LiveClient.ack("s89"));
        }

        ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor();
        try (RawWebSocket alex =
                RawWebSocket.open(TestStack.appUrl(), "/live/rooms/" + room.id(), TestRoom.token(DemoUsers.ALEX))) {
            // Asks for the whole conversation again and again, and reads none of it.
            for (int i = 0; i < 50; i++) {
                alex.sendText(("{\"type\":\"resume\",\"id\":\"r" + i + "\",\"afterSeq\":0}")
                        .getBytes(StandardCharsets.UTF_8));
            }
            pinger.scheduleAtFixedRate(
                    () -> {
                        try {
                            alex.sendText(PING);
                        } catch (java.io.IOException e) {
                            // The server has closed the connection.
                        }
                    },
                    0,
                    2,
                    TimeUnit.SECONDS);

            assertThat(alex.awaitCloseCode(java.time.Duration.ofSeconds(60))).isEqualTo(4000);
        } finally {
            pinger.shutdownNow();
        }
    }
}
