package org.attune.interfaces.live;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attune.support.AttuneIT;
import org.attune.support.DemoUsers;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.junit.jupiter.api.Test;

/** A long conversation is replayed in pages while the room goes on: nothing lost, nothing out of order. */
class LongResumeIT extends AttuneIT {

    @Test
    void aLongHistoryIsResumedInPagesWhileOthersTalkAndNothingIsLost() {
        TestRoom room = TestRoom.inSession();
        List<String> said = new ArrayList<>();
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient sam = room.enter(DemoUsers.SAM)) {
            for (int i = 0; i < 90; i++) {
                maya.send(TestRoom.say("m" + i, "Maya, piece " + i));
                sam.send(TestRoom.say("s" + i, "Sam, piece " + i));
                said.add("Maya, piece " + i);
                said.add("Sam, piece " + i);
            }
            maya.next(LiveClient.ack("m89"));
            sam.next(LiveClient.ack("s89"));

            try (LiveClient alex = room.enter(DemoUsers.ALEX)) {
                alex.send(TestRoom.command("resume", "r").add("afterSeq", 0).build());
                for (int i = 0; i < 5; i++) {
                    maya.send(TestRoom.say("late" + i, "Meanwhile, " + i));
                    said.add("Meanwhile, " + i);
                }
                maya.next(LiveClient.ack("late4"));

                List<JsonObject> replayed = new ArrayList<>();
                long acked = 0;
                while (acked == 0) {
                    JsonObject frame = alex.next(f -> "event".equals(f.getString("type"))
                            || "ack".equals(f.getString("type")) && "r".equals(f.getString("id")));
                    if ("ack".equals(frame.getString("type"))) {
                        acked = frame.getJsonNumber("seq").longValue();
                    } else {
                        replayed.add(frame);
                    }
                }
                Map<Long, String> messages = new TreeMap<>();
                long lastSeq = 0;
                boolean inReplay = false;
                for (JsonObject e : replayed) {
                    long seq = e.getJsonNumber("seq").longValue();
                    inReplay |= seq == 1;
                    if (inReplay) {
                        assertThat(seq).as("the replay goes in order").isGreaterThan(lastSeq);
                        lastSeq = seq;
                    }
                    if ("message".equals(e.getString("kind"))) {
                        messages.putIfAbsent(seq, e.getString("text"));
                    }
                }
                assertThat(lastSeq).as("the replay goes as far as the ack").isLessThanOrEqualTo(acked);
                while (messages.size() < said.size()) {
                    // What was said after the replay had caught up comes live, after the ack.
                    JsonObject e = alex.next(LiveClient.event("message"));
                    assertThat(e.getJsonNumber("seq").longValue()).isGreaterThan(acked);
                    messages.putIfAbsent(e.getJsonNumber("seq").longValue(), e.getString("text"));
                }
                for (String who : List.of("Maya, piece ", "Sam, piece ", "Meanwhile, ")) {
                    assertThat(messages.values().stream().filter(t -> t.startsWith(who)))
                            .as("each of %s messages once, in the order said", who)
                            .containsExactlyElementsOf(
                                    said.stream().filter(t -> t.startsWith(who)).toList());
                }
                assertThat(messages).hasSameSizeAs(said);
            }
        }
    }
}
