package org.attune.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.support.LiveClient.ack;
import static org.attune.support.LiveClient.event;
import static org.attune.support.TestRoom.command;
import static org.attune.support.TestRoom.say;
import static org.attune.support.TestRoom.token;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.attune.support.ApiClient;
import org.attune.support.AttuneIT;
import org.attune.support.DemoUsers;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.junit.jupiter.api.Test;

/**
 * A session seen whole by its therapist, from what really happened over real
 * sockets: an escalation that the therapist answered with a time-out is one
 * rupture, and the repair attempt Sam accepted afterwards is linked to it,
 * with the time it took; the picture and the transcript carry it; the people
 * in the room are refused it.
 */
class SessionSummariesIT extends AttuneIT {

    private static final String ALEX_ID = DemoUsers.idOf(DemoUsers.ALEX);
    private static final String SAM_ID = DemoUsers.idOf(DemoUsers.SAM);

    private static final String SVG = "image/svg+xml";

    private final ApiClient api = ApiClient.forTestStack();

    @Test
    void anEscalationAndTheTimeOutThatFollowedAreOneRuptureLinkedToTheRepairSamAccepted() {
        TestRoom room = TestRoom.inSession();
        long escalation;
        long accepted;
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient alex = room.enter(DemoUsers.ALEX);
                LiveClient sam = room.enter(DemoUsers.SAM)) {
            alex.send(say("a-1", "You NEVER listen, you selfish idiot!!!"));
            alex.next(ack("a-1"));
            alex.send(say("a-2", "Whatever. You always do this and I'm done."));
            escalation =
                    maya.next(event("escalation", ALEX_ID)).getJsonNumber("seq").longValue();
            maya.send(command("pause", "m-1").add("minutes", 5).build());
            maya.next(ack("m-1"));
            maya.send(command("resume", "m-2").build());
            maya.next(ack("m-2"));
            alex.send(command("offer_repair", "a-3").add("phrase", "sorry").build());
            long offer = alex.next(ack("a-3")).getJsonNumber("seq").longValue();
            sam.send(command("accept_repair", "s-1").add("offer", offer).build());
            accepted = sam.next(ack("s-1")).getJsonNumber("seq").longValue();
            maya.send(command("end_session", "m-3").build());
            maya.next(ack("m-3"));
        }

        HttpResponse<String> listed = api.get("/api/rooms/" + room.id() + "/sessions", token(DemoUsers.THERAPIST));
        assertThat(listed.statusCode()).isEqualTo(200);
        JsonArray sessions = Json.createReader(new StringReader(listed.body())).readArray();
        assertThat(sessions).hasSize(1);
        JsonObject session = sessions.getJsonObject(0);
        assertThat(session.getInt("number")).isEqualTo(1);
        assertThat(session.getString("endedAt")).isNotBlank();
        JsonObject rupture = session.getJsonArray("ruptures").getJsonObject(0);
        assertThat(session.getJsonArray("ruptures")).hasSize(1);
        assertThat(rupture.getJsonNumber("seq").longValue()).isEqualTo(escalation);
        assertThat(rupture.getJsonArray("kinds").getValuesAs(JsonValue::toString))
                .containsExactly("\"escalation\"", "\"time_out\"");
        assertThat(rupture.getString("repairedBy")).isEqualTo("repair_accepted");
        assertThat(rupture.getJsonNumber("repairSeq").longValue()).isEqualTo(accepted);
        assertThat(rupture.getJsonNumber("secondsToRepair").longValue()).isBetween(0L, 120L);
        assertThat(session.getInt("repaired")).isEqualTo(1);
        assertThat(session.getJsonArray("pauses").getJsonObject(0).getString("reason"))
                .isEqualTo("therapist");
        assertThat(session.getInt("negative")).as("Alex's two heated messages").isEqualTo(2);
        assertThat(session.getInt("positive"))
                .as("Sam's acceptance of the repair")
                .isGreaterThanOrEqualTo(1);
        assertThat(session.getJsonArray("heat").getJsonObject(0).getString("member"))
                .isEqualTo(ALEX_ID);
        assertThat(session.getString("summary")).contains("1 rupture, 1 repaired");
        assertThat(session.getJsonArray("talk").getValuesAs(JsonValue::asJsonObject))
                .extracting(t -> t.getString("name"))
                .contains("Alex Chen");

        HttpResponse<String> chart = api.get(session.getString("chart"), token(DemoUsers.THERAPIST), SVG);
        assertThat(chart.statusCode()).isEqualTo(200);
        assertThat(chart.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
        assertThat(chart.body())
                .startsWith("<svg")
                .contains("Session 1 summary")
                .contains("<title>Repaired: repair accepted, after ")
                .contains("Alex Chen");
        assertThat(api.get("/api/rooms/" + room.id() + "/sessions/2/chart", token(DemoUsers.THERAPIST), SVG)
                        .statusCode())
                .isEqualTo(404);

        String html = api.get("/api/rooms/" + room.id() + "/transcript?format=html", token(DemoUsers.THERAPIST))
                .body();
        assertThat(html).contains("<h2>Sessions</h2>").contains("<svg");
        assertThat(api.get("/api/rooms/" + room.id() + "/audit", token(DemoUsers.THERAPIST))
                        .body())
                .as("each read of the summaries is audited")
                .contains("1 session summed up");
    }

    @Test
    void theAppreciationRoundGoesRoundOnceAndEachAppreciationIsAPositiveMomentOfTheSession() {
        TestRoom room = TestRoom.inSession();
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient alex = room.enter(DemoUsers.ALEX);
                LiveClient sam = room.enter(DemoUsers.SAM)) {
            maya.send(command("set_protocol", "m-1")
                    .add("protocol", "appreciation")
                    .build());
            maya.next(ack("m-1"));
            maya.send(command("grant_floor", "m-2").add("to", SAM_ID).build());
            JsonObject turn =
                    alex.next(f -> "turn".equals(f.getString("type")) && SAM_ID.equals(f.getString("stepBy", "")));
            assertThat(turn.getString("phase")).isEqualTo("answering");
            assertThat(turn.getJsonArray("order").getValuesAs(JsonValue::toString))
                    .as("who comes next, as the page shows it")
                    .containsExactly("\"" + ALEX_ID + "\"");
            JsonObject samsTurn = alex.next(event("step", SAM_ID));
            assertThat(samsTurn.getString("step")).isEqualTo("appreciation");
            assertThat(samsTurn.getString("stem")).isEqualTo("One thing I appreciated lately is…");
            alex.send(say("a-1", "Me first?"));
            assertThat(alex.next("error").getString("message"))
                    .isEqualTo("It is someone else's turn to say what they appreciated. Yours is coming.");
            sam.send(say("s-1", "One thing I appreciated lately is that you made dinner on Tuesday."));
            sam.next(ack("s-1"));
            assertThat(sam.next(event("step", ALEX_ID)).getString("step")).isEqualTo("appreciation");
            alex.send(say("a-2", "One thing I appreciated lately is how you listened yesterday."));
            alex.next(ack("a-2"));
            assertThat(sam.next(event("step").and(f -> "appreciated".equals(f.getString("step", ""))))
                            .getString("stem"))
                    .isEqualTo("Thank you for noticing each other.");
            sam.send(say("s-2", "Thank you."));
            sam.next(ack("s-2"));
        }
        JsonObject session = Json.createReader(
                        new StringReader(api.get("/api/rooms/" + room.id() + "/sessions", token(DemoUsers.THERAPIST))
                                .body()))
                .readArray()
                .getJsonObject(0);
        assertThat(session.getInt("positive"))
                .as("Sam's and Alex's appreciations; not Sam's thanks")
                .isEqualTo(2);
        assertThat(session.getInt("negative")).isZero();
    }

    @Test
    void thePeopleInTheRoomAreRefusedTheSummariesAndTheirTranscriptHasNone() {
        TestRoom room = TestRoom.inSession();
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST)) {
            maya.send(command("end_session", "m-1").build());
            maya.next(ack("m-1"));
        }
        for (String person : new String[] {DemoUsers.ALEX, DemoUsers.SAM}) {
            HttpResponse<String> listed = api.get("/api/rooms/" + room.id() + "/sessions", token(person));
            assertThat(listed.statusCode()).isEqualTo(403);
            assertThat(listed.body()).contains("Only a therapist of this room can see the room's session summaries.");
            assertThat(api.get("/api/rooms/" + room.id() + "/sessions/1/chart", token(person), SVG)
                            .statusCode())
                    .isEqualTo(403);
            String html = api.get("/api/rooms/" + room.id() + "/transcript?format=html", token(person))
                    .body();
            assertThat(html)
                    .contains("Who spoke")
                    .doesNotContain("<h2>Sessions</h2>")
                    .doesNotContain("<svg");
            String text = api.get("/api/rooms/" + room.id() + "/transcript?format=text", token(person))
                    .body();
            assertThat(text).doesNotContain("Session 1,");
        }
        assertThat(api.get("/api/rooms/" + room.id() + "/transcript?format=text", token(DemoUsers.THERAPIST))
                        .body())
                .contains("Session 1, ")
                .contains("No rupture.");
    }
}
