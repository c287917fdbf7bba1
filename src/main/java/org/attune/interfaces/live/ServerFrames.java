package org.attune.interfaces.live;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.attune.domain.Refusal;
import org.attune.domain.room.Member;
import org.attune.domain.room.Room;
import org.attune.domain.transcript.RoomEvent;

/** The JSON text frames the server sends, one method per frame type. */
public final class ServerFrames {

    public static final String SUBPROTOCOL = "attune.v1";

    private ServerFrames() {}

    public static String welcome(Member you, Room room, List<Member> members, long lastSeq) {
        JsonArrayBuilder memberArray = Json.createArrayBuilder();
        members.forEach(m -> memberArray.add(member(m)));
        return Json.createObjectBuilder()
                .add("type", "welcome")
                .add("protocol", SUBPROTOCOL)
                .add("you", member(you))
                .add(
                        "room",
                        Json.createObjectBuilder()
                                .add("id", room.id())
                                .add("name", room.name())
                                .add("kind", room.kind().wireName())
                                .add("mode", room.mode().wireName()))
                .add("members", memberArray)
                .add("lastSeq", lastSeq)
                .build()
                .toString();
    }

    public static String event(RoomEvent event) {
        JsonObjectBuilder frame = Json.createObjectBuilder()
                .add("type", "event")
                .add("seq", event.seq())
                .add("at", event.occurredAt().toString())
                .add("kind", event.kind().wireName())
                .add("actor", event.actorId())
                .add("actorName", event.actorName());
        event.text().ifPresent(text -> frame.add("text", text));
        return frame.build().toString();
    }

    public static String ack(String commandId, long seq) {
        return Json.createObjectBuilder()
                .add("type", "ack")
                .add("id", commandId)
                .add("seq", seq)
                .build()
                .toString();
    }

    public static String pong(String commandId) {
        return Json.createObjectBuilder()
                .add("type", "pong")
                .add("id", commandId)
                .build()
                .toString();
    }

    public static String error(String commandId, Refusal refusal, String message) {
        JsonObjectBuilder frame = Json.createObjectBuilder().add("type", "error");
        if (commandId == null) {
            frame.addNull("id");
        } else {
            frame.add("id", commandId);
        }
        return frame.add("code", refusal.code()).add("message", message).build().toString();
    }

    private static JsonObjectBuilder member(Member m) {
        return Json.createObjectBuilder()
                .add("id", m.userId())
                .add("name", m.displayName())
                .add("role", m.role().wireName());
    }
}
