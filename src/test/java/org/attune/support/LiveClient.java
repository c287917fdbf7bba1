package org.attune.support;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A member's live socket, driven the way a client program drives it. */
public final class LiveClient implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(15);

    /** The outcome of a handshake that was refused: the HTTP status, and no socket. */
    public static final class Refused extends RuntimeException {
        private final int status;

        Refused(int status) {
            super("Handshake refused with HTTP " + status);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private volatile String closeReason = "";
    private final List<JsonObject> seen = new ArrayList<>();
    private final List<JsonObject> backlog = new ArrayList<>();
    /** Held for the socket's lifetime: the JDK stops a client whose facade is garbage-collected. */
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private WebSocket socket;

    private LiveClient() {}

    public static LiveClient connect(String roomId, String token) {
        return connect(roomId, token, null);
    }

    public static LiveClient connect(String roomId, String token, String origin) {
        return connect(TestStack.wsUrl(), roomId, token, origin);
    }

    /** Connects to the server at {@code wsBase}, e.g. {@code ws://localhost:18080}. */
    public static LiveClient connect(String wsBase, String roomId, String token, String origin) {
        LiveClient client = new LiveClient();
        WebSocket.Builder builder =
                client.http.newWebSocketBuilder().subprotocols("attune.v1").connectTimeout(Duration.ofSeconds(10));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (origin != null) {
            builder.header("Origin", origin);
        }
        try {
            client.socket = builder.buildAsync(URI.create(wsBase + "/live/rooms/" + roomId), client.new Listener())
                    .join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException handshake) {
                throw new Refused(handshake.getResponse().statusCode());
            }
            throw e;
        }
        return client;
    }

    public void send(JsonObject command) {
        socket.sendText(command.toString(), true).join();
    }

    public void sendRaw(String text) {
        socket.sendText(text, true).join();
    }

    /**
     * The first frame, in arrival order, that matches; frames that do not match
     * stay available to later calls. Fails after {@link #WAIT}.
     */
    public JsonObject next(Predicate<JsonObject> wanted) {
        return next(wanted, WAIT);
    }

    /** Like {@link #next(Predicate)}, waiting up to {@code wait}. */
    public JsonObject next(Predicate<JsonObject> wanted, Duration wait) {
        for (var it = backlog.iterator(); it.hasNext(); ) {
            JsonObject frame = it.next();
            if (wanted.test(frame)) {
                it.remove();
                return frame;
            }
        }
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                JsonObject frame = left > 0 ? frames.poll(left, TimeUnit.NANOSECONDS) : null;
                if (frame == null) {
                    throw new AssertionError(
                            "No matching frame within " + wait + "; " + socketState() + "; seen: " + seen);
                }
                seen.add(frame);
                if (wanted.test(frame)) {
                    return frame;
                }
                backlog.add(frame);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Whether the server closed the socket, and how, for a failure's message. */
    private String socketState() {
        if (!closed.isDone()) {
            return "the socket is still open";
        }
        int code = closed.join();
        return code < 0 ? "the socket failed" : "the server closed the socket with " + code + " (" + closeReason + ")";
    }

    /** Matches an event frame of the given kind. */
    public static Predicate<JsonObject> event(String kind) {
        return f -> "event".equals(f.getString("type")) && kind.equals(f.getString("kind"));
    }

    /** Matches an event frame of the given kind about the given member. */
    public static Predicate<JsonObject> event(String kind, String target) {
        return event(kind).and(f -> target.equals(f.getString("target", null)));
    }

    /** Matches the ack of the command with this id. */
    public static Predicate<JsonObject> ack(String id) {
        return f -> "ack".equals(f.getString("type")) && id.equals(f.getString("id"));
    }

    public JsonObject next(String type) {
        return next(f -> type.equals(f.getString("type")));
    }

    /**
     * Asks for every event after {@code afterSeq} with {@code resume} and
     * returns the frames that came before its ack, one per line, as text.
     */
    public String replayAfter(long afterSeq) {
        String id = "replay-" + afterSeq + "-" + System.nanoTime();
        send(jakarta.json.Json.createObjectBuilder()
                .add("type", "resume")
                .add("id", id)
                .add("afterSeq", afterSeq)
                .build());
        StringBuilder replayed = new StringBuilder();
        JsonObject frame;
        while (!ack(id).test(frame = next(f -> true))) {
            replayed.append(frame).append('\n');
        }
        return replayed.toString();
    }

    /** Every frame received so far and not yet taken, without waiting. */
    public List<JsonObject> drain() {
        List<JsonObject> out = new ArrayList<>(backlog);
        backlog.clear();
        frames.drainTo(out);
        seen.addAll(out);
        return out;
    }

    public String subprotocol() {
        return socket.getSubprotocol();
    }

    /** Waits for the server to close the socket and returns the close code. */
    /** The reason the server gave when it closed the socket; empty until it did. */
    public String closeReason() {
        return closeReason;
    }

    public int awaitClose() {
        return awaitClose(WAIT);
    }

    public int awaitClose(Duration wait) {
        return closed.orTimeout(wait.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    @Override
    public void close() {
        if (socket != null && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye")
                    .exceptionally(e -> null)
                    .join();
        }
        if (socket != null) {
            socket.abort();
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                frames.add(Json.parse(partial.toString()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeReason = reason;
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }
    }
}
