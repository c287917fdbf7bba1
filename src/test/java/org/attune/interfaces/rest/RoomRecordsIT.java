package org.attune.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.support.TestRoom.command;
import static org.attune.support.TestRoom.say;
import static org.attune.support.TestRoom.token;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.attune.support.ApiClient;
import org.attune.support.AttuneIT;
import org.attune.support.DemoUsers;
import org.attune.support.Json;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Transcripts, audit, export, invitations and erasure through the REST API. */
class RoomRecordsIT extends AttuneIT {

    private static final String SAM_ID = DemoUsers.idOf(DemoUsers.SAM);

    private final ApiClient api = ApiClient.forTestStack();
    private TestRoom room;

    @BeforeEach
    void aConversationWithANoteAndAWhisper() {
        room = TestRoom.inSession();
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient alex = room.enter(DemoUsers.ALEX)) {
            alex.send(say("a-1", "I <script>alert('x')</script> felt left out."));
            alex.next("ack");
            maya.send(
                    command("note", "n-1").add("text", "Watch for withdrawal.").build());
            maya.next(f -> "ack".equals(f.getString("type")) && "n-1".equals(f.getString("id")));
            maya.send(command("whisper", "w-1")
                    .add("to", SAM_ID)
                    .add("text", "You're doing well.")
                    .build());
            maya.next(f -> "ack".equals(f.getString("type")) && "w-1".equals(f.getString("id")));
        }
    }

    @Test
    void aTranscriptHoldsOnlyWhatTheReaderMaySee() {
        List<String> alexSees = kinds(transcript(DemoUsers.ALEX));
        List<String> samSees = kinds(transcript(DemoUsers.SAM));
        List<String> mayaSees = kinds(transcript(DemoUsers.THERAPIST));

        assertThat(alexSees).contains("message").doesNotContain("note", "whisper");
        assertThat(samSees).contains("message", "whisper").doesNotContain("note");
        assertThat(mayaSees).contains("message", "note", "whisper");
    }

    @Test
    void aTranscriptComesAsTextOrHtmlWithEveryWordEscaped() {
        HttpResponse<String> text =
                api.get("/api/rooms/" + room.id() + "/transcript?format=text", token(DemoUsers.ALEX));
        assertThat(text.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(text.body())
                .contains("Alex Chen: I <script>alert('x')</script> felt left out.")
                .doesNotContain("Watch for");

        HttpResponse<String> html =
                api.get("/api/rooms/" + room.id() + "/transcript?format=html", token(DemoUsers.ALEX));
        assertThat(html.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(html.body()).contains("&lt;script&gt;").doesNotContain("<script>");

        assertThat(api.get("/api/rooms/" + room.id() + "/transcript?format=pdf", token(DemoUsers.ALEX))
                        .statusCode())
                .isEqualTo(400);
        assertThat(api.get("/api/rooms/" + room.id() + "/transcript", token(DemoUsers.MORGAN))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void everyTranscriptReadAndMembershipChangeIsAudited() {
        transcript(DemoUsers.ALEX);

        HttpResponse<String> response = api.get("/api/rooms/" + room.id() + "/audit", token(DemoUsers.THERAPIST));

        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonObject> rows =
                Json.parse("{\"r\":" + response.body() + "}").getJsonArray("r").getValuesAs(JsonValue::asJsonObject);
        assertThat(rows)
                .extracting(r -> r.getString("action"))
                .contains("room_opened", "invitation_created", "member_joined", "session_started", "transcript_read");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.getString("action")).isEqualTo("transcript_read");
            assertThat(r.getString("actor")).isEqualTo(DemoUsers.idOf(DemoUsers.ALEX));
        });
        assertThat(api.get("/api/rooms/" + room.id() + "/audit", token(DemoUsers.ALEX))
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/rooms/" + room.id() + "/audit", token(DemoUsers.PRACTICE_ADMIN))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aPersonCanTakeAwayEverythingStoredAboutThem() {
        HttpResponse<String> response = api.get("/api/me/export", token(DemoUsers.ALEX));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("attachment"));
        JsonObject export = Json.parse(response.body());
        assertThat(export.getJsonObject("person").getString("username")).isEqualTo("alex");
        assertThat(export.getJsonArray("memberships").getValuesAs(JsonValue::asJsonObject))
                .anySatisfy(m -> assertThat(m.getString("roomId")).isEqualTo(room.id()));
        assertThat(export.getJsonArray("authored").getValuesAs(JsonValue::asJsonObject))
                .filteredOn(e -> e.containsKey("payload"))
                .anySatisfy(e -> assertThat(e.getJsonObject("payload").getString("text", ""))
                        .contains("felt left out"));
        assertThat(export.getJsonArray("authored").toString()).doesNotContain("Watch for withdrawal");
    }

    @Test
    void aWithdrawnInvitationCannotBeUsed() {
        String therapist = token(DemoUsers.THERAPIST);
        String code = api.invite(therapist, room.id(), "participant");
        JsonArray open = Json.parse("{\"r\":"
                        + api.get("/api/rooms/" + room.id() + "/invitations", therapist)
                                .body() + "}")
                .getJsonArray("r");
        assertThat(open.getValuesAs(JsonValue::asJsonObject))
                .anySatisfy(i -> assertThat(i.getString("code")).isEqualTo(code));

        assertThat(api.delete("/api/invitations/" + code, token(DemoUsers.ALEX)).statusCode())
                .isEqualTo(403);
        assertThat(api.delete("/api/invitations/" + code, therapist).statusCode())
                .isEqualTo(204);

        HttpResponse<String> accept = api.post("/api/invitations/" + code + "/accept", token(DemoUsers.JAMIE), null);
        assertThat(accept.statusCode()).isEqualTo(410);
        assertThat(Json.parse(accept.body()).getString("detail")).contains("withdrawn");
    }

    @Test
    void aDeletedRoomIsGoneForEveryoneButItsDeletionIsAudited() {
        try (LiveClient alex = room.enter(DemoUsers.ALEX)) {
            assertThat(api.delete("/api/rooms/" + room.id(), token(DemoUsers.ALEX))
                            .statusCode())
                    .isEqualTo(403);

            assertThat(api.delete("/api/rooms/" + room.id(), token(DemoUsers.THERAPIST))
                            .statusCode())
                    .isEqualTo(204);

            assertThat(alex.awaitClose()).isEqualTo(1008);
        }
        assertThat(api.get("/api/rooms/" + room.id() + "/transcript", token(DemoUsers.THERAPIST))
                        .statusCode())
                .isEqualTo(403);
        String audit = api.get("/api/rooms/" + room.id() + "/audit", token(DemoUsers.PRACTICE_ADMIN))
                .body();
        assertThat(audit).contains("room_deleted").doesNotContain("felt left out");
    }

    @Test
    void theServerDescribesItsApi() {
        HttpResponse<String> openapi = api.get("/openapi", null);

        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/rooms/{roomId}/transcript", "/api/me/export");
    }

    private JsonObject transcript(String user) {
        HttpResponse<String> response = api.get("/api/rooms/" + room.id() + "/transcript?format=json", token(user));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    private static List<String> kinds(JsonObject transcript) {
        return transcript.getJsonArray("events").getValuesAs(JsonValue::asJsonObject).stream()
                .map(e -> e.getString("kind"))
                .toList();
    }
}
