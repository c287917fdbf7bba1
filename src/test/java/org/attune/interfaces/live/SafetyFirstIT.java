package org.attune.interfaces.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.support.LiveClient.ack;
import static org.attune.support.LiveClient.event;
import static org.attune.support.TestRoom.command;
import static org.attune.support.TestRoom.say;
import static org.attune.support.TestRoom.token;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.attune.support.ApiClient;
import org.attune.support.AttuneIT;
import org.attune.support.DemoUsers;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.junit.jupiter.api.Test;

/**
 * Safety first, over real sockets and the REST API: a disclosure reaches the
 * therapist and never the partner (live, on resume, in the transcript, in the
 * export); its writer may share it; a threat pauses the room naming nobody;
 * the private line reaches the therapist alone, also from the lobby.
 */
class SafetyFirstIT extends AttuneIT {

    private static final String ALEX_ID = DemoUsers.idOf(DemoUsers.ALEX);
    private static final String SAM_ID = DemoUsers.idOf(DemoUsers.SAM);
    private static final String DISCLOSURE = "He grabbed me by the arm again last night, in front of the kids.";

    private final ApiClient api = ApiClient.forTestStack();

    @Test
    void aDisclosureReachesTheTherapistAndNeverThePartner() {
        TestRoom room = TestRoom.inSession();
        long held;
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient alex = room.enter(DemoUsers.ALEX);
                LiveClient sam = room.enter(DemoUsers.SAM)) {
            sam.send(say("s-1", DISCLOSURE));
            JsonObject own = sam.next(event("held_message", SAM_ID));
            held = own.getJsonNumber("seq").longValue();
            assertThat(own.getString("text")).isEqualTo(DISCLOSURE);
            assertThat(own.getBoolean("shareable")).isTrue();
            assertThat(sam.next(ack("s-1")).getJsonNumber("seq").longValue())
                    .as("acknowledged as held, after the commit")
                    .isEqualTo(held);
            JsonObject offered = sam.next(event("resources_offered", SAM_ID));
            assertThat(offered.getString("why")).isEqualTo("held");
            assertThat(offered.getJsonObject("resources").getJsonArray("resources"))
                    .isNotEmpty();

            assertThat(maya.next(event("held_message", SAM_ID)).getString("text"))
                    .isEqualTo(DISCLOSURE);
            JsonObject alert = maya.next(event("safety_alert", SAM_ID));
            assertThat(alert.getJsonNumber("message").longValue()).isEqualTo(held);
            assertThat(alert.getJsonArray("concerns").toString()).contains("violence");

            // Alex goes on talking; the disclosure never came before Alex's own message.
            alex.send(say("a-1", "Can we talk about the weekend?"));
            alex.next(ack("a-1"));
            assertThat(alex.drain())
                    .as("the partner receives nothing of the disclosure, live")
                    .noneMatch(f -> f.toString().contains("grabbed"))
                    .noneMatch(f -> List.of("held_message", "safety_alert", "resources_offered")
                            .contains(f.getString("kind", "")));
            assertThat(sam.drain()).noneMatch(f -> "safety_alert".equals(f.getString("kind", "")));
        }

        try (LiveClient alex = room.enter(DemoUsers.ALEX)) {
            assertThat(alex.replayAfter(0))
                    .as("nor on resume")
                    .contains("Can we talk about the weekend?")
                    .doesNotContain("grabbed")
                    .doesNotContain("held_message");
        }
        assertThat(transcript(room, DemoUsers.ALEX)).as("nor in the transcript").doesNotContain("grabbed");
        assertThat(transcript(room, DemoUsers.SAM)).contains(DISCLOSURE, "held back from the room");
        assertThat(transcript(room, DemoUsers.THERAPIST)).contains(DISCLOSURE, "Safety alert for");
        assertThat(api.get("/api/me/export", token(DemoUsers.ALEX)).body())
                .as("nor in the partner's export")
                .doesNotContain("grabbed");
        assertThat(api.get("/api/me/export", token(DemoUsers.SAM)).body())
                .as("the writer's export holds their own words")
                .contains("grabbed me by the arm");

        try (LiveClient alex = room.enter(DemoUsers.ALEX);
                LiveClient sam = room.enter(DemoUsers.SAM)) {
            sam.send(command("share_held", "share-1").add("message", held).build());
            assertThat(sam.next(event("held_shared", SAM_ID))
                            .getJsonNumber("message")
                            .longValue())
                    .isEqualTo(held);
            assertThat(alex.next(event("message")).getString("text"))
                    .as("shared by its writer's choice, the room reads it")
                    .isEqualTo(DISCLOSURE);
            sam.next(ack("share-1"));
            sam.send(command("share_held", "share-2").add("message", held).build());
            assertThat(sam.next("error").getString("code")).as("once").isEqualTo("not_found");
            alex.send(command("share_held", "share-3").add("message", held).build());
            assertThat(alex.next("error").getString("code"))
                    .as("only by its writer")
                    .isEqualTo("not_found");
        }
    }

    @Test
    void aThreatPausesTheRoomNamingNobodyAndOffersThePartnerResources() {
        TestRoom room = TestRoom.inSession();
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient alex = room.enter(DemoUsers.ALEX);
                LiveClient sam = room.enter(DemoUsers.SAM)) {
            alex.send(say("a-1", "I'll hurt you if you tell them about the money."));
            JsonObject own = alex.next(event("held_message", ALEX_ID));
            assertThat(own.getBoolean("shareable")).isFalse();

            JsonObject paused = sam.next(event("paused"));
            assertThat(paused.getString("reason")).isEqualTo("safety");
            assertThat(paused.getString("actor")).isEqualTo("attune");
            assertThat(paused.containsKey("target"))
                    .as("the pause names nobody")
                    .isFalse();
            assertThat(sam.next(event("resources_offered", SAM_ID)).getString("why"))
                    .isEqualTo("room_paused");
            assertThat(alex.next(event("paused")).getString("reason")).isEqualTo("safety");

            JsonObject alert = maya.next(event("safety_alert", ALEX_ID));
            assertThat(alert.getJsonArray("concerns").toString()).contains("threat");

            sam.send(say("s-1", "Please stop."));
            assertThat(sam.next("error").getString("code")).isEqualTo("paused");
            assertThat(sam.drain()).noneMatch(f -> f.toString().contains("hurt you"));
            assertThat(alex.drain())
                    .as("the writer sees the pause, not an accusation")
                    .noneMatch(f -> List.of("safety_alert", "resources_offered").contains(f.getString("kind", "")));
        }
    }

    @Test
    void thePrivateLineReachesOnlyTheTherapistEvenFromTheLobby() {
        TestRoom room = TestRoom.inSession();
        api.patch("/api/rooms/" + room.id(), token(DemoUsers.THERAPIST), "{\"requiresAdmission\":true}");
        room.invite(DemoUsers.JAMIE, "participant");
        String jamieId = DemoUsers.idOf(DemoUsers.JAMIE);
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient alex = room.enter(DemoUsers.ALEX);
                LiveClient jamie = room.enter(DemoUsers.JAMIE)) {
            jamie.send(command("to_therapist", "j-1")
                    .add("text", "Before I come in: can I talk to you alone?")
                    .build());
            assertThat(jamie.next(event("to_therapist", jamieId)).getString("text"))
                    .startsWith("Before I come in");
            jamie.next(ack("j-1"));
            assertThat(maya.next(event("to_therapist", jamieId)).getString("text"))
                    .startsWith("Before I come in");

            maya.send(command("pause", "m-1").add("minutes", 5).build());
            alex.next(event("paused"));
            alex.send(command("to_therapist", "a-1")
                    .add("text", "I'm scared of him when we get home.")
                    .build());
            alex.next(ack("a-1"));
            JsonObject line = maya.next(event("to_therapist", ALEX_ID));
            JsonObject alert = maya.next(event("safety_alert", ALEX_ID));
            assertThat(alert.getJsonNumber("message").longValue())
                    .isEqualTo(line.getJsonNumber("seq").longValue());
            assertThat(alex.next(event("resources_offered", ALEX_ID)).getString("why"))
                    .isEqualTo("private_line");

            maya.send(command("to_therapist", "m-2").add("text", "hm").build());
            assertThat(maya.next("error").getString("code")).isEqualTo("forbidden");
        }
        try (LiveClient sam = room.enter(DemoUsers.SAM)) {
            assertThat(sam.replayAfter(0)).doesNotContain("scared", "Before I come in", "to_therapist");
        }
        assertThat(transcript(room, DemoUsers.SAM)).doesNotContain("scared", "Before I come in");
        assertThat(transcript(room, DemoUsers.THERAPIST)).contains("scared of him", "(only to the therapist)");
    }

    private String transcript(TestRoom room, String user) {
        HttpResponse<String> response = api.get("/api/rooms/" + room.id() + "/transcript?format=text", token(user));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
