package org.attune.support;

import jakarta.json.JsonObject;

/**
 * A fresh room opened through the REST API with real tokens: by default for
 * the couple Alex and Sam with Maya Ortiz as their therapist; optionally with
 * a session running, or for a family.
 */
public final class TestRoom {

    private final String baseUrl;
    private final ApiClient api;
    private final String roomId;

    private TestRoom(String baseUrl, String roomId) {
        this.baseUrl = baseUrl;
        this.api = new ApiClient(baseUrl);
        this.roomId = roomId;
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
        return new TestRoom(baseUrl, roomId);
    }

    /** Opens the room and starts a session in it, as the therapist would. */
    public static TestRoom inSession() {
        return inSession(TestStack.appUrl());
    }

    public static TestRoom inSession(String baseUrl) {
        TestRoom room = open(baseUrl);
        try (LiveClient maya = room.connect(DemoUsers.THERAPIST)) {
            maya.next("welcome");
            maya.send(command("start_session", "start").build());
            maya.next("ack");
        }
        return room;
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
