package org.attune.interfaces.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.support.LiveClient.ack;
import static org.attune.support.LiveClient.event;
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
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.attune.support.TestStack;
import org.junit.jupiter.api.Test;

/** One-tap repair attempts over real sockets: offered, seen, accepted, refused calmly, and kept in the log. */
class RepairAttemptsIT extends AttuneIT {

    private static final String ALEX_ID = DemoUsers.idOf(DemoUsers.ALEX);
    private static final String SAM_ID = DemoUsers.idOf(DemoUsers.SAM);
    private static final String NOT_NOW =
            "Repair phrases are not available just now. You can write to your therapist at any time.";
    private static final String DISCLOSURE = "He grabbed me by the arm again last night, in front of the kids.";

    private final ApiClient api = ApiClient.forTestStack();

    private static JsonObject offer(String id, String phrase) {
        return command("offer_repair", id).add("phrase", phrase).build();
    }

    private static JsonObject accept(String id, long offer) {
        return command("accept_repair", id).add("offer", offer).build();
    }

    private static long seq(JsonObject frame) {
        return frame.getJsonNumber("seq").longValue();
    }

    private static JsonObject refusal(LiveClient client, String id) {
        JsonObject error = client.next(f -> "error".equals(f.getString("type")) && id.equals(f.getString("id", "")));
        return error;
    }

    @Test
    void alexOffersSamSeesItAndAcceptsAndBothSeeItAcceptedInTheLogAndTheTranscript() {
        TestRoom room = TestRoom.inSession();
        long offered;
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient alex = room.enter(DemoUsers.ALEX);
                LiveClient sam = room.enter(DemoUsers.SAM)) {
            alex.send(offer("a-1", "sorry"));
            JsonObject seen = sam.next(event("repair_offered"));
            offered = seq(seen);
            assertThat(seen.getString("actor")).isEqualTo(ALEX_ID);
            assertThat(seen.getString("phrase")).isEqualTo("sorry");
            assertThat(seen.getString("text")).isEqualTo("I'm sorry.");
            assertThat(seen.containsKey("replaces")).isFalse();
            assertThat(seq(alex.next(ack("a-1")))).isEqualTo(offered);
            assertThat(seq(maya.next(event("repair_offered")))).isEqualTo(offered);

            alex.send(accept("a-2", offered));
            JsonObject own = refusal(alex, "a-2");
            assertThat(own.getString("code")).isEqualTo("invalid_state");
            assertThat(own.getString("message")).contains("your own");
            alex.send(offer("a-3", "whatever"));
            assertThat(refusal(alex, "a-3").getString("code")).isEqualTo("bad_request");
            maya.send(offer("m-1", "sorry"));
            assertThat(refusal(maya, "m-1").getString("code")).isEqualTo("forbidden");

            try (LiveClient late = room.connect(DemoUsers.SAM)) {
                JsonObject repairs = late.next("welcome").getJsonObject("repairs");
                assertThat(repairs.getJsonArray("phrases").getValuesAs(JsonValue::asJsonObject))
                        .extracting(p -> p.getString("key"))
                        .contains("calm_down", "sorry", "try_again", "my_part", "appreciate");
                JsonObject open = repairs.getJsonArray("open").getJsonObject(0);
                assertThat(open.getJsonNumber("offer").longValue()).isEqualTo(offered);
                assertThat(open.getString("member")).isEqualTo(ALEX_ID);
                assertThat(open.getString("phrase")).isEqualTo("sorry");
            }

            sam.send(accept("s-1", offered));
            JsonObject accepted = alex.next(event("repair_accepted", ALEX_ID));
            assertThat(accepted.getString("actor")).isEqualTo(SAM_ID);
            assertThat(accepted.getJsonNumber("offer").longValue()).isEqualTo(offered);
            assertThat(accepted.getString("phrase")).isEqualTo("sorry");
            assertThat(seq(sam.next(ack("s-1")))).isEqualTo(seq(accepted));
            assertThat(seq(sam.next(event("repair_accepted", ALEX_ID)))).isEqualTo(seq(accepted));

            sam.send(accept("s-2", offered));
            assertThat(refusal(sam, "s-2").getString("message")).isEqualTo("That repair attempt was already accepted.");
        }

        List<JsonObject> log = TestRoom.wholeLog(TestStack.wsUrl(), room.id());
        assertThat(log)
                .extracting(e -> e.getString("kind"))
                .containsSubsequence("repair_offered", "repair_accepted")
                .filteredOn(k -> k.startsWith("repair_"))
                .as("refused commands left nothing in the log")
                .containsExactly("repair_offered", "repair_accepted");
        HttpResponse<String> transcript =
                api.get("/api/rooms/" + room.id() + "/transcript?format=text", token(DemoUsers.SAM));
        assertThat(transcript.body())
                .contains("offered a repair: \"I'm sorry.\"")
                .contains("accepted Alex");
    }

    @Test
    void noPhrasesWhileTheRoomIsPausedOrASafetyAlertWaitsAndTheRefusalSaysNothingOfIt() {
        TestRoom room = TestRoom.inSession();
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient alex = room.enter(DemoUsers.ALEX);
                LiveClient sam = room.enter(DemoUsers.SAM)) {
            maya.send(command("pause", "m-1").add("minutes", 10).build());
            maya.next(ack("m-1"));
            alex.send(offer("a-1", "sorry"));
            JsonObject paused = refusal(alex, "a-1");
            assertThat(paused.getString("code")).isEqualTo("invalid_state");
            assertThat(paused.getString("message")).isEqualTo(NOT_NOW);
            maya.send(command("resume", "m-2").build());
            maya.next(ack("m-2"));

            sam.send(say("s-1", DISCLOSURE));
            long alert = seq(maya.next(event("safety_alert", SAM_ID)));
            alex.send(offer("a-2", "sorry"));
            JsonObject duringAlert = refusal(alex, "a-2");
            assertThat(duringAlert.getString("code")).isEqualTo("invalid_state");
            assertThat(duringAlert.getString("message"))
                    .as("the partner learns nothing of the alert")
                    .isEqualTo(NOT_NOW);

            maya.send(command("acknowledge_alert", "m-3").add("alert", alert).build());
            maya.next(ack("m-3"));
            alex.send(offer("a-3", "my_part"));
            assertThat(sam.next(event("repair_offered")).getString("text")).isEqualTo("I see my part in this.");
            alex.next(ack("a-3"));
        }
        assertThat(TestRoom.wholeLog(TestStack.wsUrl(), room.id()))
                .extracting(e -> e.getString("kind"))
                .filteredOn(k -> k.startsWith("repair_"))
                .containsExactly("repair_offered");
    }
}
