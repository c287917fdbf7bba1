package org.attune.support;

import jakarta.json.JsonObject;

/**
 * A fresh room for Alex and Sam with Maya Ortiz as their therapist, opened
 * through the REST API with real tokens; optionally with a session running.
 */
public final class CoupleRoom {

    private final String baseUrl;
    private final ApiClient api;
    private final String roomId;

    private CoupleRoom(String baseUrl, String roomId) {
        this.baseUrl = baseUrl;
        this.api = new ApiClient(baseUrl);
        this.roomId = roomId;
    }

    public static CoupleRoom open() {
        return open(TestStack.appUrl());
    }

    /** Opens the room on the server at {@code baseUrl}, e.g. {@code http://localhost:18080}. */
    public static CoupleRoom open(String baseUrl) {
        ApiClient api = new ApiClient(baseUrl);
        String therapist = token(DemoUsers.THERAPIST);
        String roomId = api.openRoom(therapist, "Alex and Sam", "couple");
        api.accept(token(DemoUsers.ALEX), api.invite(therapist, roomId, "participant"));
        api.accept(token(DemoUsers.SAM), api.invite(therapist, roomId, "participant"));
        return new CoupleRoom(baseUrl, roomId);
    }

    /** Opens the room and starts a session in it, as the therapist would. */
    public static CoupleRoom inSession() {
        return inSession(TestStack.appUrl());
    }

    public static CoupleRoom inSession(String baseUrl) {
        CoupleRoom room = open(baseUrl);
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
}
