package org.attune.interfaces.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attune.support.TestRoom.command;
import static org.attune.support.TestRoom.say;
import static org.attune.support.TestRoom.token;

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

/** What a therapist does in a live room, and who sees what, over real sockets. */
class ModerationIT extends AttuneIT {

    private static final String ALEX_ID = DemoUsers.idOf(DemoUsers.ALEX);
    private static final String SAM_ID = DemoUsers.idOf(DemoUsers.SAM);
    private static final String JAMIE_ID = DemoUsers.idOf(DemoUsers.JAMIE);

    private TestRoom room;

    @BeforeEach
    void aCoupleInSession() {
        room = TestRoom.inSession();
    }

    @Test
    void notesReachOnlyTherapistsAndWhispersOnlyTheirAddresseeToo() {
        try (LiveClient maya = room.connect(DemoUsers.THERAPIST);
                LiveClient alex = room.connect(DemoUsers.ALEX);
                LiveClient sam = room.connect(DemoUsers.SAM)) {
            long start = maya.next("welcome").getJsonNumber("lastSeq").longValue();
            alex.next("welcome");
            sam.next("welcome");

            maya.send(command("note", "n-1").add("text", "Alex looks tense.").build());
            maya.send(command("whisper", "w-1")
                    .add("to", SAM_ID)
                    .add("text", "Take a breath first.")
                    .build());
            maya.send(command("guide", "g-1")
                    .add("text", "Let's begin with something you appreciate.")
                    .build());
            maya.next(f -> "ack".equals(f.getString("type")) && "g-1".equals(f.getString("id")));

            JsonObject note = maya.next(kind("note"));
            assertThat(note.getString("audience")).isEqualTo("therapists");
            assertThat(maya.next(kind("whisper")).getString("targetName")).isEqualTo("Sam Rivera");

            JsonObject samFirst = sam.next("event");
            assertThat(samFirst.getString("kind")).isEqualTo("whisper");
            assertThat(samFirst.getString("text")).isEqualTo("Take a breath first.");
            assertThat(sam.next("event").getString("kind")).isEqualTo("guidance");

            JsonObject alexFirst = alex.next("event");
            assertThat(alexFirst.getString("kind"))
                    .as("Alex sees neither the note nor the whisper")
                    .isEqualTo("guidance");
            assertThat(alexFirst.getJsonNumber("seq").longValue()).isEqualTo(start + 3);

            alex.send(command("resume", "r-1").add("afterSeq", start).build());
            JsonObject replayed = alex.next("event");
            assertThat(replayed.getString("kind")).isEqualTo("guidance");
            assertThat(alex.next("ack").getJsonNumber("seq").longValue()).isEqualTo(start + 3);
        }
    }

    @Test
    void participantsCannotModerate() {
        try (LiveClient alex = room.enter(DemoUsers.ALEX)) {
            for (JsonObject attempt : List.of(
                    command("note", "a-1").add("text", "x").build(),
                    command("whisper", "a-2").add("to", SAM_ID).add("text", "x").build(),
                    command("guide", "a-3").add("text", "x").build(),
                    command("mute", "a-4")
                            .add("member", SAM_ID)
                            .add("minutes", 5)
                            .build(),
                    command("remove", "a-5").add("member", SAM_ID).build(),
                    command("end_session", "a-6").build())) {
                alex.send(attempt);
                JsonObject error = alex.next("error");
                assertThat(error.getString("code")).isEqualTo("forbidden");
                assertThat(error.getString("id")).isEqualTo(attempt.getString("id"));
            }
        }
    }

    @Test
    void aMutedParticipantWaitsUntilUnmuted() {
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient sam = room.enter(DemoUsers.SAM);
                LiveClient alex = room.enter(DemoUsers.ALEX)) {

            maya.send(command("mute", "m-1")
                    .add("member", SAM_ID)
                    .add("minutes", 5)
                    .build());
            maya.next("ack");
            JsonObject muted = alex.next(kind("member_muted"));
            assertThat(muted.getString("target")).isEqualTo(SAM_ID);
            assertThat(muted.getString("until")).isNotBlank();

            sam.next(kind("member_muted"));
            sam.send(say("s-1", "But I wasn't finished"));
            JsonObject refused = sam.next("error");
            assertThat(refused.getString("code")).isEqualTo("muted");
            assertThat(refused.getString("message")).contains("5 minutes");

            maya.send(command("unmute", "m-2").add("member", SAM_ID).build());
            sam.next(kind("member_unmuted"));
            sam.send(say("s-2", "Thank you."));
            assertThat(sam.next("ack").getString("id")).isEqualTo("s-2");
        }
    }

    @Test
    void aRemovedMemberIsDisconnectedAndCannotComeBack() {
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient alex = room.enter(DemoUsers.ALEX);
                LiveClient sam = room.enter(DemoUsers.SAM)) {

            maya.send(command("remove", "x-1").add("member", SAM_ID).build());

            assertThat(sam.next(kind("member_removed")).getString("target")).isEqualTo(SAM_ID);
            assertThat(sam.awaitClose()).isEqualTo(1008);
            assertThat(alex.next(kind("member_removed")).getString("targetName"))
                    .isEqualTo("Sam Rivera");
        }
        assertThatThrownBy(() -> room.connect(DemoUsers.SAM))
                .isInstanceOfSatisfying(
                        LiveClient.Refused.class, e -> assertThat(e.status()).isEqualTo(403));
        HttpResponse<String> transcript = ApiClient.forTestStack().get("/api/rooms/" + room.id(), token(DemoUsers.SAM));
        assertThat(transcript.statusCode()).isEqualTo(403);
    }

    @Test
    void inARoomThatAsksForAdmissionJoinersWaitInTheLobby() {
        ApiClient api = ApiClient.forTestStack();
        HttpResponse<String> patched =
                api.patch("/api/rooms/" + room.id(), token(DemoUsers.THERAPIST), "{\"requiresAdmission\":true}");
        assertThat(patched.statusCode()).isEqualTo(200);
        assertThat(Json.parse(patched.body()).getBoolean("requiresAdmission")).isTrue();

        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient alex = room.enter(DemoUsers.ALEX)) {
            assertThat(room.invite(DemoUsers.JAMIE, "participant").getString("status"))
                    .isEqualTo("waiting");
            assertThat(maya.next(kind("member_waiting")).getString("target")).isEqualTo(JAMIE_ID);

            try (LiveClient jamie = room.connect(DemoUsers.JAMIE)) {
                JsonObject welcome = jamie.next("welcome");
                assertThat(welcome.getJsonObject("you").getString("status")).isEqualTo("waiting");
                assertThat(welcome.getJsonArray("members")).isEmpty();
                jamie.send(say("j-1", "Hello?"));
                assertThat(jamie.next("error").getString("code")).isEqualTo("invalid_state");

                alex.send(say("a-1", "Something Jamie should not read yet."));
                alex.next("ack");

                maya.send(command("admit", "ad-1").add("member", JAMIE_ID).build());
                JsonObject admitted = jamie.next(kind("member_admitted"));
                assertThat(admitted.getString("target")).isEqualTo(JAMIE_ID);
                assertThat(alex.next(kind("member_admitted")).getString("targetName"))
                        .isEqualTo("Jamie Blake");
                jamie.send(say("j-2", "Hello, everyone."));
                assertThat(jamie.next("ack").getString("id")).isEqualTo("j-2");
                assertThat(jamie.drain())
                        .as("what was said before Jamie was admitted never reached Jamie")
                        .noneMatch(f -> f.toString().contains("should not read"));
            }
        }
    }

    @Test
    void everyoneSeesWhoIsConnected() {
        try (LiveClient alex = room.enter(DemoUsers.ALEX)) {
            try (LiveClient sam = room.connect(DemoUsers.SAM)) {
                JsonObject welcome = sam.next("welcome");
                JsonObject alexInWelcome = welcome.getJsonArray("members").getValuesAs(JsonValue::asJsonObject).stream()
                        .filter(m -> m.getString("id").equals(ALEX_ID))
                        .findFirst()
                        .orElseThrow();
                assertThat(alexInWelcome.getBoolean("online")).isTrue();
                JsonObject online = alex.next("presence");
                assertThat(online.getString("member")).isEqualTo(SAM_ID);
                assertThat(online.getBoolean("online")).isTrue();
            }
            JsonObject offline = alex.next("presence");
            assertThat(offline.getString("member")).isEqualTo(SAM_ID);
            assertThat(offline.getBoolean("online")).isFalse();
        }
    }

    private static java.util.function.Predicate<JsonObject> kind(String kind) {
        return f -> "event".equals(f.getString("type")) && kind.equals(f.getString("kind"));
    }
}
