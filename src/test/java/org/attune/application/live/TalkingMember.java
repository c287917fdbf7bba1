package org.attune.application.live;

import static org.attune.support.TestRoom.command;
import static org.attune.support.TestRoom.say;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.attune.support.DemoUsers;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.awaitility.Awaitility;

/**
 * One member's live socket in one room, as a client program keeps it: it says
 * something at a steady rate, remembers every message it sent and every ack
 * and event it received, and after a crash reconnects, resumes after the last
 * {@code seq} it saw and sends again, with the same ids, what was never
 * acknowledged.
 */
final class TalkingMember {

    private final String wsBase;
    private final String roomId;
    private final String label;
    private final String username;
    private final String memberId;
    private final boolean therapist;

    private final Object lock = new Object();
    /** Every message sent, by command id, in the order they were first sent. */
    private final Map<String, String> sent = new LinkedHashMap<>();
    /** The acks received, by command id: the seq of the command's own event. */
    private final Map<String, Long> acks = new ConcurrentHashMap<>();
    /** How many acks each command id received. */
    private final Map<String, Integer> ackCounts = new ConcurrentHashMap<>();
    /** Acks that named another seq than an earlier ack of the same id. */
    private final List<String> conflictingAcks = Collections.synchronizedList(new ArrayList<>());
    /** Every event received, in arrival order, over every socket this member opened. */
    private final List<JsonObject> events = Collections.synchronizedList(new ArrayList<>());

    private final List<JsonObject> errors = Collections.synchronizedList(new ArrayList<>());

    private volatile LiveClient client;
    private volatile Thread reader;
    private volatile boolean talking;
    private volatile long lastSeq;
    /** The room's latest seq when the last resume was acknowledged. */
    private volatile long resumedAt;

    private ScheduledFuture<?> talk;
    private int next;

    TalkingMember(String wsBase, String roomId, String label, String username) {
        this.wsBase = wsBase;
        this.roomId = roomId;
        this.label = label;
        this.username = username;
        this.memberId = DemoUsers.idOf(username);
        this.therapist = DemoUsers.THERAPIST.equals(username);
    }

    String roomId() {
        return roomId;
    }

    String memberId() {
        return memberId;
    }

    boolean therapist() {
        return therapist;
    }

    @Override
    public String toString() {
        return username + " in room " + label;
    }

    /**
     * Opens a socket and resumes after the last seq seen ({@code 0} the first
     * time: the whole history); returns once the resume is acknowledged.
     */
    TalkingMember connect() {
        LiveClient socket = LiveClient.connect(wsBase, roomId, TestRoom.token(username), null);
        socket.next("welcome");
        client = socket;
        Thread thread = new Thread(() -> read(socket), "reader " + this);
        thread.setDaemon(true);
        reader = thread;
        thread.start();
        String resume = "resume-" + System.nanoTime();
        socket.send(command("resume", resume).add("afterSeq", lastSeq).build());
        resumedAt = awaitAck(resume);
        return this;
    }

    /** Sends a command (not a message) and waits for its ack. */
    long act(JsonObject command) {
        client.send(command);
        return awaitAck(command.getString("id"));
    }

    /** Says something every {@code period}, until {@link #stopTalking()}. */
    void startTalking(ScheduledExecutorService scheduler, Duration period) {
        talking = true;
        talk = scheduler.scheduleAtFixedRate(this::sayNext, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stopTalking() {
        synchronized (lock) {
            talking = false;
        }
        if (talk != null) {
            talk.cancel(false);
        }
    }

    private void sayNext() {
        String id;
        String text;
        LiveClient socket;
        synchronized (lock) {
            if (!talking) {
                return;
            }
            socket = client;
            id = label + "-" + username + "-" + next;
            text = "Room " + label + ", " + username + ", message " + next + ": I hear you.";
            next++;
            sent.put(id, text);
        }
        try {
            socket.send(say(id, text));
        } catch (RuntimeException e) {
            // The server went away mid-send: the message counts as sent and unacknowledged.
            synchronized (lock) {
                talking = false;
            }
        }
    }

    /** Sends again, with the same ids and in order, every message that was never acknowledged; returns their ids. */
    List<String> resendUnacknowledged() {
        List<String> unacknowledged = new ArrayList<>();
        synchronized (lock) {
            sent.forEach((id, text) -> {
                if (!acks.containsKey(id)) {
                    unacknowledged.add(id);
                }
            });
        }
        Map<String, String> texts = sent();
        for (String id : unacknowledged) {
            client.send(say(id, texts.get(id)));
        }
        for (String id : unacknowledged) {
            awaitAck(id);
        }
        return unacknowledged;
    }

    /** Sends an acknowledged message again, waits for its second ack and returns the seq it names. */
    long repeat(String id) {
        int before = ackCounts.getOrDefault(id, 0);
        client.send(say(id, sent().get(id)));
        Awaitility.await(this + " gets another ack of " + id)
                .atMost(LiveClient.WAIT)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> ackCounts.getOrDefault(id, 0) > before);
        return acks.get(id);
    }

    /** The messages sent, by command id, in the order they were first sent. */
    Map<String, String> sent() {
        synchronized (lock) {
            return new LinkedHashMap<>(sent);
        }
    }

    Map<String, Long> acks() {
        return Map.copyOf(acks);
    }

    List<String> conflictingAcks() {
        return List.copyOf(conflictingAcks);
    }

    List<JsonObject> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    List<JsonObject> errors() {
        return List.copyOf(errors);
    }

    long lastSeq() {
        return lastSeq;
    }

    /** The room's latest seq when this member last resumed. */
    long resumedAt() {
        return resumedAt;
    }

    /** The first event of this kind received, waiting up to {@code wait}. */
    JsonObject awaitEvent(String kind, Duration wait) {
        return Awaitility.await(this + " sees " + kind)
                .atMost(wait)
                .pollInterval(Duration.ofMillis(50))
                .until(
                        () -> events().stream()
                                .filter(e -> kind.equals(e.getString("kind")))
                                .findFirst()
                                .orElse(null),
                        e -> e != null);
    }

    /** Forgets the socket of a server that is gone, without a closing handshake. */
    void lost() {
        stopTalking();
        Thread thread = reader;
        reader = null;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        LiveClient socket = client;
        if (socket != null) {
            socket.drain();
        }
    }

    void close() {
        stopTalking();
        reader = null;
        if (client != null) {
            client.close();
        }
    }

    private long awaitAck(String id) {
        return Awaitility.await(this + " gets the ack of " + id)
                .atMost(LiveClient.WAIT)
                .pollInterval(Duration.ofMillis(20))
                .until(
                        () -> {
                            JsonObject error = errors().stream()
                                    .filter(e -> id.equals(e.getString("id", null)))
                                    .findFirst()
                                    .orElse(null);
                            if (error != null) {
                                throw new AssertionError(this + ": " + id + " was refused: " + error);
                            }
                            return acks.get(id);
                        },
                        seq -> seq != null);
    }

    private void read(LiveClient socket) {
        while (reader == Thread.currentThread()) {
            for (JsonObject frame : socket.drain()) {
                take(frame);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                break;
            }
        }
        for (JsonObject frame : socket.drain()) {
            take(frame);
        }
    }

    private void take(JsonObject frame) {
        switch (frame.getString("type")) {
            case "event" -> {
                events.add(frame);
                lastSeq = Math.max(lastSeq, frame.getJsonNumber("seq").longValue());
            }
            case "ack" -> {
                String id = frame.getString("id");
                long seq = frame.getJsonNumber("seq").longValue();
                if (id.startsWith("resume-")) {
                    acks.put(id, seq);
                    return;
                }
                Long earlier = acks.putIfAbsent(id, seq);
                if (earlier != null && earlier != seq) {
                    conflictingAcks.add(id + " acknowledged with seq " + earlier + ", then " + seq);
                }
                ackCounts.merge(id, 1, Integer::sum);
            }
            case "error" -> errors.add(frame);
            default -> {
                // welcome, presence, turn, pong: not part of the record
            }
        }
    }
}
