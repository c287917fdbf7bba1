package org.attune.application.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.support.TestRoom.say;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.attune.support.DemoUsers;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;

/**
 * A member who says something at a steady pace, each message with a command id
 * of its own, and waits for its answer before the next; what came back for
 * each is kept, with when it was sent and answered. Then what the room's log
 * holds can be held against the acks.
 */
final class Traffic implements AutoCloseable {

    /** Below the live protocol's 100 frames a minute per member and room. */
    static final Duration PACE = Duration.ofMillis(700);

    /** What came back for one message: an ack (with its seq), an error (with its code), or nothing in time. */
    record Outcome(String id, String text, long sentNanos, long answeredNanos, String type, String code, long seq) {
        boolean acked() {
            return "ack".equals(type);
        }
    }

    private final LiveClient client;
    private final String label;
    private final List<Outcome> outcomes = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    private Traffic(LiveClient client, String label) {
        this.client = client;
        this.label = label;
        this.thread = new Thread(this::talk, "traffic-" + label);
    }

    /** Starts talking on the member's socket, which it owns from now on. */
    static Traffic start(LiveClient client, String label) {
        Traffic traffic = new Traffic(client, label);
        traffic.thread.start();
        return traffic;
    }

    private void talk() {
        for (int n = 1; running; n++) {
            String id = label + "-" + n;
            String text = "From " + label + ", message " + n + ".";
            long sent = System.nanoTime();
            Outcome outcome;
            try {
                client.send(say(id, text));
                JsonObject answer = client.next(
                        f -> id.equals(f.getString("id", null))
                                && ("ack".equals(f.getString("type")) || "error".equals(f.getString("type"))),
                        Duration.ofSeconds(15));
                outcome = "ack".equals(answer.getString("type"))
                        ? new Outcome(
                                id,
                                text,
                                sent,
                                System.nanoTime(),
                                "ack",
                                null,
                                answer.getJsonNumber("seq").longValue())
                        : new Outcome(id, text, sent, System.nanoTime(), "error", answer.getString("code"), -1);
            } catch (AssertionError | RuntimeException e) {
                outcome = new Outcome(id, text, sent, System.nanoTime(), "silence", String.valueOf(e), -1);
                running = false;
            }
            synchronized (outcomes) {
                outcomes.add(outcome);
            }
            try {
                Thread.sleep(PACE.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    List<Outcome> outcomes() {
        synchronized (outcomes) {
            return List.copyOf(outcomes);
        }
    }

    /** Whether a message sent after {@code nanos} was acked. */
    boolean ackedAfter(long nanos) {
        return outcomes().stream().anyMatch(o -> o.acked() && o.sentNanos() > nanos);
    }

    /** Whether a message sent after {@code nanos} was answered, acked or refused. */
    boolean answeredAfter(long nanos) {
        return outcomes().stream().anyMatch(o -> o.sentNanos() > nanos && !"silence".equals(o.type()));
    }

    long acks() {
        return outcomes().stream().filter(Outcome::acked).count();
    }

    /** Stops after the message under way is answered. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(Duration.ofSeconds(20).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        client.close();
    }

    /** The room's whole log, as a therapist (who sees every event) resuming from 0 reads it. */
    static List<JsonObject> readLog(TestRoom room) {
        List<JsonObject> log = new ArrayList<>();
        try (LiveClient reader = room.enter(DemoUsers.THERAPIST)) {
            reader.send(
                    TestRoom.command("resume", "read-all").add("afterSeq", 0).build());
            Predicate<JsonObject> eventOrDone = f -> "event".equals(f.getString("type"))
                    || "ack".equals(f.getString("type")) && "read-all".equals(f.getString("id"));
            JsonObject frame;
            while (!"ack".equals((frame = reader.next(eventOrDone, Duration.ofSeconds(30))).getString("type"))) {
                log.add(frame);
            }
        }
        return log;
    }

    /** Every message was answered, with an ack or an {@code unavailable} error, never silence or another code. */
    void assertEveryMessageWasAnsweredAckedOrUnavailable() {
        assertThat(outcomes())
                .as("every command is answered: acked, or refused as unavailable (never silence, never internal)")
                .allSatisfy(o -> assertThat(
                                o.type().equals("ack") || o.type().equals("error") && "unavailable".equals(o.code()))
                        .as("%s: %s %s", o.id(), o.type(), o.code())
                        .isTrue());
    }

    /**
     * Reads the room's whole log, as a therapist resuming from 0, and holds
     * the acks of every traffic in the room against it: each acknowledged
     * message is there exactly once, at the seq its ack named, in the order it
     * was sent; the log has no gaps; nothing is in it twice.
     */
    static void assertTheLogKeepsEveryAcknowledgedMessage(TestRoom room, Traffic... traffics) {
        List<JsonObject> log = readLog(room);
        for (int i = 0; i < log.size(); i++) {
            assertThat(log.get(i).getJsonNumber("seq").longValue())
                    .as("the log has no gaps")
                    .isEqualTo(i + 1);
        }
        Map<String, List<Long>> seqsOfText = new HashMap<>();
        for (JsonObject e : log) {
            if ("message".equals(e.getString("kind"))) {
                seqsOfText
                        .computeIfAbsent(e.getString("text"), t -> new ArrayList<>())
                        .add(e.getJsonNumber("seq").longValue());
            }
        }
        assertThat(seqsOfText.values())
                .as("no message is stored twice")
                .allSatisfy(seqs -> assertThat(seqs).hasSize(1));
        for (Traffic traffic : traffics) {
            long previous = 0;
            for (Outcome o : traffic.outcomes()) {
                if (!o.acked()) {
                    continue;
                }
                assertThat(seqsOfText.get(o.text()))
                        .as("acknowledged %s is in the log once, at the seq of its ack", o.id())
                        .containsExactly(o.seq());
                assertThat(o.seq()).as("in the order it was sent").isGreaterThan(previous);
                previous = o.seq();
            }
        }
    }
}
