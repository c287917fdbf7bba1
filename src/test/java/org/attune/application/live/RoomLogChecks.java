package org.attune.application.live;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attune.support.LiveClient;
import org.awaitility.Awaitility;

/**
 * What a room's whole log must show after its server went away under
 * traffic: every acknowledged message once, in order, no gap, and every
 * member having followed exactly what they may see.
 */
final class RoomLogChecks {

    private RoomLogChecks() {}

    static void assertEndsByItself(TalkingMember therapist, String kind, Instant storedTime, Instant killedAt) {
        assertThat(storedTime).as("%s is due after the kill", kind).isAfter(killedAt);
        JsonObject end = therapist.awaitEvent(kind, Duration.ofSeconds(90));
        assertThat(end.getString("actor"))
                .as("%s comes from the server by itself", kind)
                .isEqualTo("attune");
        assertThat(Instant.parse(end.getString("at")))
                .as("%s not before its stored time", kind)
                .isAfterOrEqualTo(storedTime);
    }

    static void assertNoGapNoRepeat(String room, List<JsonObject> log) {
        List<Long> seqs =
                log.stream().map(e -> e.getJsonNumber("seq").longValue()).toList();
        List<Long> expected = new ArrayList<>();
        for (long s = 1; s <= seqs.size(); s++) {
            expected.add(s);
        }
        assertThat(seqs)
                .as("room %s: the log runs 1, 2, 3… without gaps or repeats", room)
                .isEqualTo(expected);
    }

    static void assertEverySentMessageOnce(TalkingMember m, List<JsonObject> log) {
        List<String> stored = log.stream()
                .filter(e ->
                        "message".equals(e.getString("kind")) && m.memberId().equals(e.getString("actor")))
                .map(e -> e.getString("text"))
                .toList();
        assertThat(stored)
                .as("%s: every message sent is stored exactly once, in the order sent", m)
                .containsExactlyElementsOf(m.sent().values());
    }

    static void assertEveryAckHoldsItsMessage(TalkingMember m, List<JsonObject> log) {
        assertThat(m.conflictingAcks()).as("%s: acks of one id agree", m).isEmpty();
        Map<String, String> sent = m.sent();
        m.acks().forEach((id, seq) -> {
            if (!sent.containsKey(id)) {
                return;
            }
            assertThat(seq)
                    .as("%s: the ack of %s names a seq in the log", m, id)
                    .isBetween(1L, (long) log.size());
            JsonObject event = log.get((int) (seq - 1));
            assertThat(event.getString("kind"))
                    .as("%s: seq %d holds %s", m, seq, id)
                    .isEqualTo("message");
            assertThat(event.getString("actor"))
                    .as("%s: seq %d holds %s", m, seq, id)
                    .isEqualTo(m.memberId());
            assertThat(event.getString("text"))
                    .as("%s: seq %d holds %s", m, seq, id)
                    .isEqualTo(sent.get(id));
        });
        assertThat(m.acks().keySet())
                .as("%s: every message sent is acknowledged", m)
                .containsAll(sent.keySet());
        assertThat(m.errors()).as("%s: nothing was refused", m).isEmpty();
    }

    /**
     * What the member followed over all their sockets, before the crash, in
     * the replay after it, and live since, is exactly what of the log they may
     * see: no gap, no repeat, nothing that was not stored. An event may come
     * twice, live while a socket opens and again in the replay its client asks
     * for; a client follows it once (as the browser does), and it must be the
     * same event both times.
     */
    static void assertSawWhatTheyMaySee(TalkingMember m, List<JsonObject> log) {
        List<String> visible =
                log.stream().filter(e -> maySee(m, e)).map(TalkingMember::key).toList();
        long last = log.stream()
                .filter(e -> maySee(m, e))
                .mapToLong(e -> e.getJsonNumber("seq").longValue())
                .max()
                .orElse(0);
        Awaitility.await(m + " has received the room's last event")
                .atMost(LiveClient.WAIT)
                .until(() -> m.lastSeq() >= last);
        assertThat(m.conflicts())
                .as("%s: no seq ever came with another event, nor out of order", m)
                .isEmpty();
        assertThat(m.events().stream().map(TalkingMember::key).toList())
                .as("%s followed every event they may see, once, in order", m)
                .containsExactlyElementsOf(visible);
    }

    private static boolean maySee(TalkingMember m, JsonObject event) {
        if (m.therapist()) {
            return true;
        }
        return switch (event.getString("audience", "everyone")) {
            case "everyone" -> true;
            case "therapists_and_target" -> m.memberId().equals(event.getString("target", null));
            default -> false;
        };
    }
}
