package org.attune.application.live;

import static org.attune.support.TestRoom.command;
import static org.attune.support.TestRoom.say;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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

    private volatile String wsBase;
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
    /** Each event followed, by seq, as {@link #key}. Used by the reader only. */
    private final Map<Long, String> followed = new HashMap<>();
    /** Events that came while a resume was being answered, followed in seq order once it is. Reader only. */
    private final List<JsonObject> held = new ArrayList<>();
    /** Events that came again with the seq of another event, or out of order. */
    private final List<String> conflicts = Collections.synchronizedList(new ArrayList<>());
    /** Events that came again, the same as when they were followed: live, then in a replay. */
    private final AtomicInteger again = new AtomicInteger();

    private final List<JsonObject> errors = Collections.synchronizedList(new ArrayList<>());

    private volatile LiveClient client;
    private volatile Thread reader;
    private volatile boolean talking;
    private volatile long lastSeq;
    /** The id of the resume being answered, if one is. */
    private volatile String replaying;
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
        String resume = "resume-" + System.nanoTime();
        replaying = resume;
        Thread thread = new Thread(() -> read(socket), "reader " + this);
        thread.setDaemon(true);
        reader = thread;
        thread.start();
        socket.send(command("resume", resume).add("afterSeq", lastSeq).build());
        resumedAt = awaitAck(resume);
        return this;
    }

    /** From now on this member reaches the room on another server, as a load balancer would send them. */
    TalkingMember moveTo(String otherWsBase) {
        this.wsBase = otherWsBase;
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

    /**
     * Events that came with the seq of an event followed before but were
     * another event, or that came out of order: never allowed.
     */
    List<String> conflicts() {
        return List.copyOf(conflicts);
    }

    /**
     * Events that came twice, the same both times: one stored while the socket
     * was opening came live and again in the replay that the client asked for
     * (as a browser does, the client follows it once).
     */
    int receivedAgain() {
        return again.get();
    }

    /** How a test compares events: seq, kind, actor and text. */
    static String key(JsonObject event) {
        return event.getJsonNumber("seq") + " " + event.getString("kind") + " " + event.getString("actor") + " "
                + event.getString("text", "");
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
                if (replaying != null) {
                    held.add(frame);
                } else {
                    follow(frame);
                }
            }
            case "ack" -> {
                String id = frame.getString("id");
                long seq = frame.getJsonNumber("seq").longValue();
                if (id.equals(replaying)) {
                    // As a browser does: what came during the replay is followed in seq order, each event once.
                    replaying = null;
                    held.sort(java.util.Comparator.comparingLong(
                            e -> e.getJsonNumber("seq").longValue()));
                    held.forEach(this::follow);
                    held.clear();
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

    /** Follows an event after the last one followed; one that came before is checked to be the same. */
    private void follow(JsonObject event) {
        long seq = event.getJsonNumber("seq").longValue();
        String key = key(event);
        if (seq > lastSeq) {
            events.add(event);
            followed.put(seq, key);
            lastSeq = seq;
        } else if (key.equals(followed.get(seq))) {
            again.incrementAndGet();
        } else {
            conflicts.add("came " + key + " after seq " + lastSeq
                    + (followed.containsKey(seq)
                            ? ", where " + followed.get(seq) + " was followed"
                            : ", out of order"));
        }
    }
}
