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
import java.util.Set;
import org.attune.support.ApiClient;
import org.attune.support.AttuneIT;
import org.attune.support.DemoUsers;
import org.attune.support.Json;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.junit.jupiter.api.Test;

/**
 * The therapist's private check-in, "Are you safe to talk right now?", over
 * real sockets and the REST API: the partner never learns that one was sent
 * nor what was answered (live, on resume, in the transcript, in the export);
 * an answer of no offers resources privately and does not pause the room;
 * with no therapist connected, not sure raises a safety alert; what is not
 * allowed is refused and changes nothing.
 */
class SafeToTalkIT extends AttuneIT {

    private static final String ALEX_ID = DemoUsers.idOf(DemoUsers.ALEX);
    private static final String SAM_ID = DemoUsers.idOf(DemoUsers.SAM);
    private static final String MAYA_ID = DemoUsers.idOf(DemoUsers.THERAPIST);
    private static final List<String> CHECK_KINDS =
            List.of("safe_to_talk_asked", "safe_to_talk_answered", "resources_offered", "safety_alert");

    private final ApiClient api = ApiClient.forTestStack();

    private static JsonObject ask(String id, String member) {
        return command("ask_safe_to_talk", id).add("member", member).build();
    }

    private static JsonObject answer(String id, long check, String answer) {
        return command("answer_safe_to_talk", id)
                .add("check", check)
                .add("answer", answer)
                .build();
    }

    private static long seq(JsonObject frame) {
        return frame.getJsonNumber("seq").longValue();
    }

    @Test
    void theCheckInAndItsAnswerReachTheTherapistAndNeverThePartner() {
        TestRoom room = TestRoom.inSession();
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient alex = room.enter(DemoUsers.ALEX);
                LiveClient sam = room.enter(DemoUsers.SAM)) {
            maya.send(ask("m-1", SAM_ID));
            long check = seq(maya.next(event("safe_to_talk_asked", SAM_ID)));
            assertThat(seq(maya.next(ack("m-1"))))
                    .as("acknowledged after the commit")
                    .isEqualTo(check);
            JsonObject asked = sam.next(event("safe_to_talk_asked", SAM_ID));
            assertThat(seq(asked)).isEqualTo(check);
            assertThat(asked.getString("actor")).isEqualTo(MAYA_ID);

            sam.send(answer("s-1", check, "no"));
            JsonObject own = sam.next(event("safe_to_talk_answered", SAM_ID));
            assertThat(own.getJsonNumber("check").longValue()).isEqualTo(check);
            JsonObject offered = sam.next(event("resources_offered", SAM_ID));
            assertThat(offered.getString("why")).isEqualTo("safe_to_talk");
            assertThat(offered.getString("followUp")).isEqualTo("therapist_here");
            assertThat(offered.getJsonObject("resources").getJsonArray("resources"))
                    .isNotEmpty();
            assertThat(seq(sam.next(ack("s-1")))).as("the ack names the answer").isEqualTo(seq(own));

            JsonObject answered = maya.next(event("safe_to_talk_answered", SAM_ID));
            assertThat(answered.getString("answer")).isEqualTo("no");
            assertThat(answered.getJsonNumber("check").longValue()).isEqualTo(check);
            maya.next(event("resources_offered", SAM_ID));

            alex.send(say("a-1", "Shall we go on with the weekend plans?"));
            alex.next(ack("a-1"));
            assertThat(alex.drain())
                    .as("the partner receives nothing of the check-in, live, and the room did not pause")
                    .noneMatch(f -> CHECK_KINDS.contains(f.getString("kind", "")))
                    .noneMatch(f -> "paused".equals(f.getString("kind", "")))
                    .noneMatch(f -> f.toString().contains("safe_to_talk"));
            assertThat(sam.drain()).noneMatch(f -> "safety_alert".equals(f.getString("kind", "")));
        }

        try (LiveClient alex = room.enter(DemoUsers.ALEX)) {
            assertThat(alex.replayAfter(0))
                    .as("nor on resume")
                    .contains("Shall we go on")
                    .doesNotContain("safe_to_talk");
        }
        try (LiveClient sam = room.enter(DemoUsers.SAM)) {
            assertThat(sam.replayAfter(0)).contains("safe_to_talk_asked", "safe_to_talk_answered");
        }
        for (String format : List.of("text", "json", "html")) {
            assertThat(transcript(room, DemoUsers.ALEX, format))
                    .as("nor in the partner's transcript (" + format + ")")
                    .contains("Shall we go on")
                    .doesNotContainIgnoringCase("check-in")
                    .doesNotContainIgnoringCase("safe to talk")
                    .doesNotContain("safe_to_talk");
        }
        String partnersExport = api.get("/api/me/export", token(DemoUsers.ALEX)).body();
        assertThat(Json.othersEventsInExport(
                        partnersExport,
                        DemoUsers.idOf(DemoUsers.ALEX),
                        Set.of("safe_to_talk_asked", "safe_to_talk_answered", "resources_offered")))
                .as("nor in the partner's export")
                .isEmpty();
        assertThat(partnersExport).doesNotContain("Help lines");
        assertThat(transcript(room, DemoUsers.THERAPIST, "text"))
                .contains("privately: are you safe to talk right now?", "answered the private check-in: no.");
        assertThat(api.get("/api/me/export", token(DemoUsers.THERAPIST)).body())
                .as("the therapist's export holds the check-in they sent")
                .contains("safe_to_talk_asked");
    }

    @Test
    void whatIsNotAllowedIsRefusedAndChangesNothing() {
        TestRoom room = TestRoom.inSession();
        room.invite(DemoUsers.JAMIE, "observer");
        String jamieId = DemoUsers.idOf(DemoUsers.JAMIE);
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient alex = room.enter(DemoUsers.ALEX);
                LiveClient sam = room.enter(DemoUsers.SAM)) {
            alex.send(ask("a-1", SAM_ID));
            assertThat(alex.next("error").getString("code")).isEqualTo("forbidden");
            maya.send(ask("m-1", MAYA_ID));
            assertThat(maya.next("error").getString("code"))
                    .as("not a therapist")
                    .isEqualTo("invalid_state");
            maya.send(ask("m-2", jamieId));
            assertThat(maya.next("error").getString("code"))
                    .as("not an observer")
                    .isEqualTo("invalid_state");
            maya.send(ask("m-3", "no-such-member"));
            assertThat(maya.next("error").getString("code")).as("not a member").isEqualTo("not_found");

            maya.send(ask("m-4", SAM_ID));
            long check = seq(maya.next(event("safe_to_talk_asked", SAM_ID)));
            maya.next(ack("m-4"));
            maya.send(ask("m-5", SAM_ID));
            assertThat(maya.next("error").getString("code"))
                    .as("one check-in waits at a time")
                    .isEqualTo("invalid_state");

            alex.send(answer("a-2", check, "yes"));
            JsonObject notAlexs = alex.next("error");
            alex.send(answer("a-3", 999_999, "yes"));
            JsonObject unknown = alex.next("error");
            assertThat(notAlexs.getString("code")).isEqualTo("not_found");
            assertThat(notAlexs.getString("message"))
                    .as("answering someone else's check-in tells nothing of it")
                    .isEqualTo(unknown.getString("message"));
            sam.send(answer("s-1", check, "maybe"));
            assertThat(sam.next("error").getString("code")).isEqualTo("bad_request");

            sam.send(answer("s-2", check, "yes"));
            sam.next(ack("s-2"));
            sam.send(answer("s-3", check, "no"));
            JsonObject twice = sam.next("error");
            assertThat(twice.getString("code")).isEqualTo("invalid_state");
            assertThat(twice.getString("id")).isEqualTo("s-3");
            sam.send(answer("s-2", check, "yes"));
            sam.next(ack("s-2"));

            JsonObject yes = maya.next(event("safe_to_talk_answered", SAM_ID));
            assertThat(yes.getString("answer")).isEqualTo("yes");
            assertThat(maya.drain())
                    .as("one answer, the first; a yes offers nothing")
                    .noneMatch(f -> List.of("safe_to_talk_answered", "resources_offered")
                            .contains(f.getString("kind", "")));
            assertThat(alex.drain()).noneMatch(f -> CHECK_KINDS.contains(f.getString("kind", "")));
        }
    }

    @Test
    void withNoTherapistConnectedNotSureRaisesASafetyAlertAndIsAnsweredFromTheLobby() {
        TestRoom room = TestRoom.inSession();
        api.patch("/api/rooms/" + room.id(), token(DemoUsers.THERAPIST), "{\"requiresAdmission\":true}");
        room.invite(DemoUsers.JAMIE, "participant");
        String jamieId = DemoUsers.idOf(DemoUsers.JAMIE);
        long check;
        try (LiveClient alex = room.enter(DemoUsers.ALEX)) {
            try (LiveClient maya = room.enter(DemoUsers.THERAPIST)) {
                maya.send(ask("m-1", jamieId));
                check = seq(maya.next(event("safe_to_talk_asked", jamieId)));
                maya.next(ack("m-1"));
            }
            alex.next(f -> "presence".equals(f.getString("type"))
                    && MAYA_ID.equals(f.getString("member"))
                    && !f.getBoolean("online"));
            try (LiveClient jamie = room.enter(DemoUsers.JAMIE)) {
                assertThat(jamie.replayAfter(0))
                        .as("waiting in the lobby, Jamie is asked")
                        .contains("safe_to_talk_asked");
                jamie.send(answer("j-1", check, "not_sure"));
                JsonObject offered = jamie.next(event("resources_offered", jamieId));
                assertThat(offered.getString("why")).isEqualTo("safe_to_talk");
                assertThat(offered.getString("followUp"))
                        .as("nobody is here to read it now")
                        .isNotEqualTo("therapist_here");
                jamie.next(ack("j-1"));
                assertThat(jamie.drain()).noneMatch(f -> "safety_alert".equals(f.getString("kind", "")));
            }
            assertThat(alex.drain()).noneMatch(f -> CHECK_KINDS.contains(f.getString("kind", "")));
        }
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST)) {
            String seen = maya.replayAfter(0);
            assertThat(seen).contains("safe_to_talk_answered", "\"answer\":\"not_sure\"", "safety_alert");
            assertThat(seen).contains("\"concern\":\"safe_to_talk\"");
        }
        HttpResponse<String> alerts = api.get("/api/rooms/" + room.id() + "/safety-alerts", token(DemoUsers.THERAPIST));
        assertThat(alerts.statusCode()).isEqualTo(200);
        assertThat(alerts.body()).as("the alert waits for a clinician").contains("\"acknowledged\":false");
        try (LiveClient alex = room.enter(DemoUsers.ALEX)) {
            assertThat(alex.replayAfter(0)).doesNotContain("safe_to_talk", "safety_alert");
        }
    }

    private String transcript(TestRoom room, String user, String format) {
        HttpResponse<String> response =
                api.get("/api/rooms/" + room.id() + "/transcript?format=" + format, token(user));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
