package org.attune.support;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * A fresh room opened through the REST API with real tokens: by default for
 * the couple Alex and Sam with Maya Ortiz as their therapist; optionally with
 * a session running, or for a family. Before a session starts the room is
 * opened for conversation, as a therapist does after the safety screen
 * ({@link #clearedForConversation}).
 */
public final class TestRoom {

    private final String baseUrl;
    private final ApiClient api;
    private final String roomId;
    private final String mode;
    private final List<String> participants;

    private TestRoom(String baseUrl, String roomId, String mode, List<String> participants) {
        this.baseUrl = baseUrl;
        this.api = new ApiClient(baseUrl);
        this.roomId = roomId;
        this.mode = mode;
        this.participants = List.copyOf(participants);
    }

    public static TestRoom open() {
        return open(TestStack.appUrl());
    }

    /** Opens the room on the server at {@code baseUrl}, e.g. {@code http://localhost:18080}. */
    public static TestRoom open(String baseUrl) {
        return open(baseUrl, "Alex and Sam", "couple", "moderated", DemoUsers.ALEX, DemoUsers.SAM);
    }

    /** A guided room for Alex and Sam: the protocol moderates; Maya Ortiz reviews later. */
    public static TestRoom guidedCouple() {
        return open(TestStack.appUrl(), "Alex and Sam, guided", "couple", "guided", DemoUsers.ALEX, DemoUsers.SAM);
    }

    /** A guided room for Alex and Sam on the server at {@code baseUrl}. */
    public static TestRoom guidedCouple(String baseUrl) {
        return open(baseUrl, "Alex and Sam, guided", "couple", "guided", DemoUsers.ALEX, DemoUsers.SAM);
    }

    /** A family room for Morgan, Jamie and Riley, moderated by Maya Ortiz or guided. */
    public static TestRoom family(String mode) {
        return open(
                TestStack.appUrl(), "The Parkers", "family", mode, DemoUsers.MORGAN, DemoUsers.JAMIE, DemoUsers.RILEY);
    }

    private static TestRoom open(String baseUrl, String name, String kind, String mode, String... participants) {
        ApiClient api = new ApiClient(baseUrl);
        String therapist = token(DemoUsers.THERAPIST);
        String roomId = api.openRoom(therapist, name, kind, mode);
        for (String participant : participants) {
            api.accept(token(participant), api.invite(therapist, roomId, "participant"));
        }
        return new TestRoom(baseUrl, roomId, mode, List.of(participants));
    }

    /** Opens the room and starts a session in it, as the therapist would. */
    public static TestRoom inSession() {
        return inSession(TestStack.appUrl());
    }

    public static TestRoom inSession(String baseUrl) {
        TestRoom room = open(baseUrl).clearedForConversation();
        try (LiveClient maya = room.connect(DemoUsers.THERAPIST)) {
            maya.next("welcome");
            maya.send(command("start_session", "start").build());
            maya.next(LiveClient.ack("start"));
        }
        return room;
    }

    /**
     * Opens the room for conversation as its therapist does after the safety
     * screen: in a guided room each participant first answers it, with nothing
     * to flag (everyone answers before a guided room opens); then Maya Ortiz
     * clears the room. A moderated room she clears at once, her judgment.
     */
    public TestRoom clearedForConversation() {
        if ("guided".equals(mode)) {
            for (String participant : participants) {
                try (LiveClient p = enter(participant)) {
                    p.send(calmScreen("screen"));
                    p.next(LiveClient.ack("screen"));
                }
            }
        }
        try (LiveClient maya = enter(DemoUsers.THERAPIST)) {
            clear(maya);
        }
        return this;
    }

    /** A therapist who has taken the welcome opens the room for conversation, and waits for the ack. */
    public static void clear(LiveClient therapist) {
        therapist.send(command("clear_room", "clear").build());
        therapist.next(LiveClient.ack("clear"));
    }

    /** The safety screen answered with nothing to flag: never on each HITS item, not afraid, safe to talk. */
    public static JsonObject calmScreen(String id) {
        return screen(id, 1, 1, 1, 1, "no", "yes");
    }

    /** The safety screen's answers: the four HITS items (1–5), then the two direct questions. */
    public static JsonObject screen(
            String id, int hurt, int insult, int threaten, int scream, String afraid, String safeToTalk) {
        return command("answer_screen", id)
                .add("hurt", hurt)
                .add("insult", insult)
                .add("threaten", threaten)
                .add("scream", scream)
                .add("afraid", afraid)
                .add("safeToTalk", safeToTalk)
                .build();
    }

    public String id() {
        return roomId;
    }

    /** Invites another demo user with the given room role; they accept. */
    public JsonObject invite(String username, String role) {
        return api.accept(token(username), api.invite(token(DemoUsers.THERAPIST), roomId, role));
    }

    public LiveClient connect(String username) {
        return LiveClient.connect(baseUrl.replaceFirst("^http", "ws"), roomId, token(username), null);
    }

    /** Connects as the user and takes the welcome: they are in the room, ready to act. */
    public LiveClient enter(String username) {
        LiveClient client = connect(username);
        client.next("welcome");
        return client;
    }

    public static String token(String username) {
        return TestStack.tokens().accessToken(username);
    }

    /** A command frame with its type and id; add the rest and build. */
    public static jakarta.json.JsonObjectBuilder command(String type, String id) {
        return Json.object().add("type", type).add("id", id);
    }

    public static JsonObject say(String id, String text) {
        return command("say", id).add("text", text).build();
    }

    /**
     * A room's whole log, as a therapist (who may see every event) reads it
     * from the start with {@code resume}, on the server at {@code ws}.
     */
    public static java.util.List<JsonObject> wholeLog(String ws, String roomId) {
        try (LiveClient maya = LiveClient.connect(ws, roomId, token(DemoUsers.THERAPIST), null)) {
            maya.next("welcome");
            maya.send(command("resume", "whole-log").add("afterSeq", 0).build());
            java.util.List<JsonObject> log = new java.util.ArrayList<>();
            JsonObject frame;
            while (!"ack"
                    .equals((frame = maya.next(f ->
                                    java.util.List.of("event", "ack", "error").contains(f.getString("type"))))
                            .getString("type"))) {
                if (!"event".equals(frame.getString("type"))) {
                    throw new AssertionError("Reading the whole log was refused: " + frame);
                }
                log.add(frame);
            }
            if (!"whole-log".equals(frame.getString("id"))) {
                throw new AssertionError("An ack for another command came while reading the whole log: " + frame);
            }
            return log;
        }
    }
}
