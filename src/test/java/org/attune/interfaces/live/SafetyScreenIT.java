package org.attune.interfaces.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.support.LiveClient.ack;
import static org.attune.support.LiveClient.event;
import static org.attune.support.TestRoom.calmScreen;
import static org.attune.support.TestRoom.command;
import static org.attune.support.TestRoom.say;
import static org.attune.support.TestRoom.screen;
import static org.attune.support.TestRoom.token;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.attune.support.ApiClient;
import org.attune.support.AttuneIT;
import org.attune.support.DemoUsers;
import org.attune.support.Json;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.junit.jupiter.api.Test;

/**
 * The safety screen before joint work, over real sockets and the REST API:
 * the answers reach the therapist and never the partner (live, on resume, in
 * the transcript, in the export); no session starts before the therapist opens
 * the room; a guided room stays locked while a flag is open.
 */
class SafetyScreenIT extends AttuneIT {

    private static final String ALEX_ID = DemoUsers.idOf(DemoUsers.ALEX);
    private static final String SAM_ID = DemoUsers.idOf(DemoUsers.SAM);

    private final ApiClient api = ApiClient.forTestStack();

    /** HITS 14 of 20, afraid of someone in the room, not sure it is safe to talk. */
    private static JsonObject worrying(String id) {
        return screen(id, 3, 4, 3, 4, "yes", "not_sure");
    }

    @Test
    void theAnswersReachTheTherapistAndNeverThePartnerAndNoSessionStartsBeforeTheRoomIsOpened() {
        TestRoom room = TestRoom.open();
        try (LiveClient maya = room.connect(DemoUsers.THERAPIST);
                LiveClient alex = room.connect(DemoUsers.ALEX);
                LiveClient sam = room.enter(DemoUsers.SAM)) {
            JsonObject mayasWelcome = maya.next("welcome").getJsonObject("screen");
            assertThat(mayasWelcome.getBoolean("cleared")).isFalse();
            assertThat(mayasWelcome.getJsonArray("notAnswered").toString()).contains(ALEX_ID, SAM_ID);
            assertThat(alex.next("welcome").getJsonObject("screen").getBoolean("answered"))
                    .isFalse();

            maya.send(command("start_session", "too-soon").build());
            JsonObject refused = maya.next("error");
            assertThat(refused.getString("code")).isEqualTo("invalid_state");
            assertThat(refused.getString("message")).startsWith("Open the room for conversation first");

            sam.send(worrying("s-screen"));
            JsonObject received = sam.next(event("screen_received", SAM_ID));
            assertThat(received.containsKey("screen"))
                    .as("the writer's confirmation holds no answers")
                    .isFalse();
            sam.next(ack("s-screen"));

            JsonObject answers = maya.next(event("screen_answered", SAM_ID));
            assertThat(answers.getString("audience")).isEqualTo("therapists");
            assertThat(answers.getJsonObject("screen").getInt("total")).isEqualTo(14);
            assertThat(answers.getJsonObject("screen").getString("safeToTalk")).isEqualTo("not_sure");
            assertThat(answers.getJsonArray("flags").toString())
                    .contains("hits_positive", "afraid", "not_safe_to_talk");
            JsonObject alert = maya.next(event("safety_alert", SAM_ID));
            assertThat(alert.getJsonNumber("message").longValue())
                    .isEqualTo(answers.getJsonNumber("seq").longValue());
            assertThat(alert.getJsonArray("concerns").toString()).contains("HITS 14 of 20");

            // Alex answers too; Sam's screen was stored and sent before Alex's answer is acknowledged.
            alex.send(calmScreen("a-screen"));
            alex.next(ack("a-screen"));
            assertThat(alex.drain())
                    .as("the partner receives nothing of Sam's screen, live, not even that Sam answered")
                    .noneMatch(f -> SAM_ID.equals(f.getString("target", "")))
                    .noneMatch(f -> "screen_answered".equals(f.getString("kind", "")))
                    .noneMatch(f -> "safety_alert".equals(f.getString("kind", "")));
            assertThat(sam.drain())
                    .as("nor anything of Alex's, nor the alert, nor the answers played back")
                    .noneMatch(f -> ALEX_ID.equals(f.getString("target", "")))
                    .noneMatch(f -> List.of("screen_answered", "safety_alert").contains(f.getString("kind", "")));

            maya.send(command("clear_room", "open").build());
            JsonObject cleared = alex.next(event("room_cleared"));
            assertThat(cleared.containsKey("audience")).as("seen by everyone").isFalse();
            sam.next(event("room_cleared"));
            maya.next(ack("open"));
            maya.send(command("start_session", "start").build());
            maya.next(ack("start"));
            alex.next(event("session_started"));
        }

        try (LiveClient alex = room.connect(DemoUsers.ALEX)) {
            JsonObject welcome = alex.next("welcome").getJsonObject("screen");
            assertThat(welcome.getBoolean("answered")).isTrue();
            assertThat(welcome.containsKey("openFlags"))
                    .as("nobody else's screen, on reconnecting")
                    .isFalse();
            String replay = alex.replayAfter(0);
            assertThat(replay)
                    .as("nor on resume")
                    .contains("room_cleared", "screen_received")
                    .doesNotContain("screen_answered", "safety_alert", "not_sure", "HITS");
            assertThat(replay.lines().filter(line -> line.contains("\"target\":\"" + SAM_ID + "\"")))
                    .as("of what concerns Sam, only that Sam joined")
                    .allMatch(line -> line.contains("\"kind\":\"member_joined\""));
        }
        try (LiveClient sam = room.enter(DemoUsers.SAM)) {
            assertThat(sam.replayAfter(0)).doesNotContain("screen_answered", "HITS", "\"total\"");
        }
        assertThat(transcript(room, DemoUsers.ALEX, "text"))
                .as("nor in the partner's transcript")
                .doesNotContain("Sam Rivera answered", "HITS", "Sam Rivera's safety screen");
        assertThat(transcript(room, DemoUsers.ALEX, "json")).doesNotContain("screen_answered", "not_sure");
        assertThat(transcript(room, DemoUsers.THERAPIST, "text"))
                .contains("answered the safety screen (for the therapist only): HITS 14 of 20", "opened the room");
        assertThat(Json.othersEventsInExport(
                        api.get("/api/me/export", token(DemoUsers.ALEX)).body(),
                        DemoUsers.idOf(DemoUsers.ALEX),
                        Set.of("screen_answered", "screen_received", "flag_resolved")))
                .as("nor in the partner's export")
                .isEmpty();
        assertThat(api.get("/api/me/export", token(DemoUsers.SAM)).body())
                .as("the writer's export holds their own answers")
                .contains("\"total\":14");
    }

    @Test
    void aGuidedRoomOpensOnceEveryoneAnsweredAndStaysLockedWhileAFlagIsOpen() {
        TestRoom room = TestRoom.guidedCouple();
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient alex = room.enter(DemoUsers.ALEX);
                LiveClient sam = room.enter(DemoUsers.SAM)) {
            alex.send(command("start_session", "a-start").build());
            JsonObject notYet = alex.next("error");
            assertThat(notYet.getString("code")).isEqualTo("invalid_state");
            assertThat(notYet.getString("message")).contains("not open for a session yet");

            alex.send(calmScreen("a-screen"));
            alex.next(ack("a-screen"));
            maya.send(command("clear_room", "open-1").build());
            assertThat(maya.next("error").getString("message"))
                    .as("in a guided room everyone answers first")
                    .contains("Not answered yet: Sam");

            sam.send(worrying("s-screen"));
            sam.next(ack("s-screen"));
            maya.next(event("safety_alert", SAM_ID));
            maya.send(command("clear_room", "open-2").build());
            alex.next(event("room_cleared"));
            maya.next(ack("open-2"));

            alex.send(command("start_session", "a-start-2").build());
            JsonObject locked = alex.next("error");
            assertThat(locked.getString("code")).isEqualTo("invalid_state");
            assertThat(locked.getString("message"))
                    .as("Alex is told nothing of Sam's screen")
                    .contains("not open for a session yet")
                    .doesNotContain("flag");
            maya.send(command("start_session", "m-start").build());
            assertThat(maya.next("error").getString("message")).contains("A safety flag is open");

            maya.send(command("resolve_flag", "resolve")
                    .add("member", SAM_ID)
                    .add("note", "Spoke with Sam alone; a safety plan is in place.")
                    .build());
            JsonObject resolved = maya.next(event("flag_resolved", SAM_ID));
            assertThat(resolved.getString("text")).startsWith("Spoke with Sam alone");
            maya.next(ack("resolve"));

            alex.send(command("start_session", "a-start-3").build());
            alex.next(ack("a-start-3"));
            sam.next(event("session_started"));
            assertThat(alex.drain())
                    .as("Alex never learns of Sam's screen, its flag or its resolution")
                    .noneMatch(f -> SAM_ID.equals(f.getString("target", "")))
                    .noneMatch(f -> List.of("screen_answered", "safety_alert", "flag_resolved")
                            .contains(f.getString("kind", "")));
        }
    }

    /**
     * While Sam's flag is open the screen reads Sam's messages watchfully: a quiet sign of
     * isolation, which the usual screen lets through, is held for the therapist and never reaches
     * Alex, whose own words are screened as usual; once the therapist resolves the flag, Sam's
     * words go to the room.
     */
    @Test
    void whileAFlagIsOpenTheScreenHoldsMoreOfWhatTheFlaggedMemberWritesAndThePartnerNeverReadsIt() {
        String quiet = "I don't really go out anymore, it's easier that way.";
        TestRoom room = TestRoom.open();
        try (LiveClient maya = room.connect(DemoUsers.THERAPIST);
                LiveClient alex = room.connect(DemoUsers.ALEX);
                LiveClient sam = room.enter(DemoUsers.SAM)) {
            sam.send(worrying("s-screen"));
            sam.next(ack("s-screen"));
            maya.next(event("safety_alert", SAM_ID));
            alex.send(calmScreen("a-screen"));
            alex.next(ack("a-screen"));
            maya.send(command("clear_room", "open").build());
            maya.next(ack("open"));
            maya.send(command("start_session", "start").build());
            maya.next(ack("start"));
            alex.next(event("session_started"));

            sam.send(say("s-1", quiet));
            JsonObject own = sam.next(event("held_message", SAM_ID));
            assertThat(own.getString("text")).isEqualTo(quiet);
            sam.next(ack("s-1"));
            assertThat(maya.next(event("held_message", SAM_ID)).getString("text"))
                    .isEqualTo(quiet);
            assertThat(maya.next(event("safety_alert", SAM_ID))
                            .getJsonNumber("message")
                            .longValue())
                    .isEqualTo(own.getJsonNumber("seq").longValue());
            alex.send(say("a-1", "Can we talk about the weekend?"));
            alex.next(ack("a-1"));
            assertThat(alex.drain())
                    .as("the partner receives nothing of it")
                    .noneMatch(f -> f.toString().contains("go out anymore"))
                    .noneMatch(f -> SAM_ID.equals(f.getString("target", "")));
            alex.send(say("a-2", quiet));
            alex.next(ack("a-2"));
            assertThat(sam.next(event("message")
                            .and(f ->
                                    ALEX_ID.equals(f.getString("actor", "")) && quiet.equals(f.getString("text", "")))))
                    .as("the partner's own words are screened as usual: nothing tells them of the flag")
                    .isNotNull();

            maya.send(command("resolve_flag", "resolve")
                    .add("member", SAM_ID)
                    .add("note", "Spoke with Sam alone.")
                    .build());
            maya.next(ack("resolve"));
            sam.send(say("s-2", quiet));
            sam.next(ack("s-2"));
            assertThat(alex.next(event("message").and(f -> SAM_ID.equals(f.getString("actor", ""))))
                            .getString("text"))
                    .as("the flag resolved, the usual screen lets Sam's words through")
                    .isEqualTo(quiet);
        }
    }

    private String transcript(TestRoom room, String user, String format) {
        HttpResponse<String> response =
                api.get("/api/rooms/" + room.id() + "/transcript?format=" + format, token(user));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
