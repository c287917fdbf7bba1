package org.attune.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.support.TestRoom.token;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import org.attune.support.ApiClient;
import org.attune.support.AttuneIT;
import org.attune.support.DemoUsers;
import org.attune.support.Json;
import org.attune.support.TestRoom;
import org.junit.jupiter.api.Test;

/**
 * A therapist's seat in a room opens its notes, signals, safety alerts and
 * audit log, and lets its holder delete the room: only someone with the
 * realm's therapist role, who signs in with a one-time code, may take it.
 */
class TherapistSeatIT extends AttuneIT {

    private final ApiClient api = ApiClient.forTestStack();

    @Test
    void aClientWhoAcceptsATherapistInvitationIsRefusedAndNothingChanges() {
        TestRoom room = TestRoom.open();
        String maya = token(DemoUsers.THERAPIST);
        String code = api.invite(maya, room.id(), "therapist");
        String morgan = token(DemoUsers.MORGAN);

        HttpResponse<String> accepted = api.post("/api/invitations/" + code + "/accept", morgan, null);

        assertThat(accepted.statusCode()).isEqualTo(403);
        assertThat(accepted.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonObject problem = Json.parse(accepted.body());
        assertThat(problem.getString("code")).isEqualTo("forbidden");
        assertThat(problem.getString("detail")).contains("therapist");
        assertThat(api.get("/api/rooms/" + room.id(), morgan).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/rooms/" + room.id() + "/audit", morgan).statusCode())
                .isEqualTo(403);
        assertThat(api.delete("/api/rooms/" + room.id(), morgan).statusCode()).isEqualTo(403);
        assertThat(openCodes(maya, room.id())).contains(code);
        assertThat(api.get("/api/rooms/" + room.id() + "/audit", maya).body())
                .doesNotContain(DemoUsers.idOf(DemoUsers.MORGAN));
    }

    @Test
    void anAdministratorIsNoTherapistEither() {
        TestRoom room = TestRoom.open();
        String maya = token(DemoUsers.THERAPIST);
        String code = api.invite(maya, room.id(), "therapist");

        HttpResponse<String> accepted =
                api.post("/api/invitations/" + code + "/accept", token(DemoUsers.PRACTICE_ADMIN), null);

        assertThat(accepted.statusCode()).isEqualTo(403);
        assertThat(openCodes(maya, room.id())).contains(code);
    }

    @Test
    void aParticipantCannotBecomeTheRoomsTherapistWithASecondInvitation() {
        TestRoom room = TestRoom.open();
        String maya = token(DemoUsers.THERAPIST);
        String code = api.invite(maya, room.id(), "therapist");
        String alex = token(DemoUsers.ALEX);

        api.post("/api/invitations/" + code + "/accept", alex, null);

        assertThat(api.get("/api/rooms/" + room.id() + "/audit", alex).statusCode())
                .isEqualTo(403);
        assertThat(Json.parse(api.get("/api/rooms/" + room.id(), alex).body()).getString("yourRole"))
                .isEqualTo("participant");
    }

    private java.util.List<String> openCodes(String therapistToken, String roomId) {
        HttpResponse<String> listed = api.get("/api/rooms/" + roomId + "/invitations", therapistToken);
        assertThat(listed.statusCode()).isEqualTo(200);
        return Json.parse("{\"r\":" + listed.body() + "}")
                .getJsonArray("r")
                .getValuesAs(JsonValue::asJsonObject)
                .stream()
                .map(i -> i.getString("code"))
                .toList();
    }
}
