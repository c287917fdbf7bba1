package org.attune.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.support.TestRoom.command;
import static org.attune.support.TestRoom.say;
import static org.attune.support.TestRoom.token;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.attune.support.AlsoOnH2;
import org.attune.support.ApiClient;
import org.attune.support.DemoUsers;
import org.attune.support.Deployments;
import org.attune.support.FreshUsers;
import org.attune.support.Json;
import org.attune.support.LiveClient;
import org.attune.support.RetentionControl;
import org.attune.support.TestRoom;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person asks for their data to be erased: what no retention hold keeps goes
 * at once; a room that holds a clinical record keeps their part until its
 * period ends, its therapist sees what is held and why, and the retention job,
 * run with a clock the test controls, lets it go when the period has passed.
 * The test server keeps rooms of region IE one year (the others ten).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@AlsoOnH2
class ErasureIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.attuneWar().addClass(RetentionControl.class);
    }

    private final ApiClient api = ApiClient.forTestStack();
    private final String maya = token(DemoUsers.THERAPIST);

    @Test
    void erasureTakesWhatIsNotHeldAtOnceAndTheRestWhenThePeriodEnds() {
        String robin = FreshUsers.signedIn("client", "Robin", "Quill");
        String robinId = Json.parse(api.get("/api/me", robin).body()).getString("id");
        String quiet = roomWith(robin, "Before we begin");
        String held = roomWith(robin, "Robin and Kai");
        assertThat(api.patch("/api/rooms/" + held, maya, "{\"crisisRegion\":\"IE\"}")
                        .statusCode())
                .isEqualTo(200);
        String whisper = "A word just for you, Robin, before we begin.";
        try (LiveClient therapist = LiveClient.connect(quiet, maya)) {
            therapist.next("welcome");
            therapist.send(command("whisper", "w-0")
                    .add("to", robinId)
                    .add("text", whisper)
                    .build());
            therapist.next(LiveClient.ack("w-0"));
        }
        assertThat(transcript(quiet)).contains(whisper);
        String address = "robin.quill@home.test";
        try (LiveClient robinLive = LiveClient.connect(quiet, robin)) {
            robinLive.next("welcome");
            robinLive.send(
                    command("practice_reminders", "p-1").add("email", address).build());
            robinLive.next(LiveClient.ack("p-1"));
        }
        assertThat(api.get("/api/rooms/" + quiet + "/transcript", maya).body())
                .as("the therapist has the address Robin gave for reminders")
                .contains(address);
        String words = "I felt unheard when the plans changed at the last minute";
        try (LiveClient therapist = LiveClient.connect(held, maya);
                LiveClient robinLive = LiveClient.connect(held, robin)) {
            therapist.next("welcome");
            robinLive.next("welcome");
            TestRoom.clear(therapist);
            therapist.send(command("start_session", "start").build());
            therapist.next(LiveClient.ack("start"));
            robinLive.send(say("r-1", words));
            robinLive.next(LiveClient.ack("r-1"));
            therapist.send(command("whisper", "w-1")
                    .add("to", robinId)
                    .add("text", "Take your time, Robin.")
                    .build());
            therapist.next(LiveClient.ack("w-1"));

            HttpResponse<String> unconfirmed = api.post("/api/me/erasure", robin, "{}");
            assertThat(unconfirmed.statusCode()).isEqualTo(400);
            assertThat(unconfirmed.body()).contains("confirm");
            assertThat(api.get("/api/rooms", robin).body()).contains(held, quiet);
            assertThat(api.post("/api/me/erasure", maya, "{\"confirm\":true}").statusCode())
                    .isEqualTo(403);

            HttpResponse<String> asked = api.post("/api/me/erasure", robin, "{\"confirm\":true}");
            assertThat(asked.statusCode()).isEqualTo(202);
            JsonObject receipt = Json.parse(asked.body());
            assertThat(receipt.getBoolean("complete")).isFalse();
            JsonObject heldOutcome = outcome(receipt, held);
            assertThat(heldOutcome.getBoolean("erased")).isFalse();
            assertThat(heldOutcome.getString("why")).contains("Clinical record", "1 year after", "IE");
            Instant until = Instant.parse(heldOutcome.getString("heldUntil"));
            assertThat(until)
                    .isBetween(inAYear().minus(Duration.ofDays(1)), inAYear().plus(Duration.ofDays(1)));
            assertThat(outcome(receipt, quiet).getBoolean("erased")).isTrue();
            assertThat(robinLive.awaitClose()).isEqualTo(1008);
        }

        // Robin is in no room any more; the room without a clinical record has nothing of them left.
        assertThat(api.get("/api/rooms", robin).body()).doesNotContain(held, quiet);
        String quietTranscript = transcript(quiet);
        assertThat(quietTranscript).contains("Former member").doesNotContain("Robin", whisper);
        assertThat(api.get("/api/rooms/" + quiet + "/transcript", maya).body())
                .as("nor the address Robin gave for reminders")
                .doesNotContain(address);
        assertThat(api.get("/api/rooms/" + quiet + "/audit", maya).body()).contains("member_erased");

        // The room with sessions keeps Robin's part, and says so to its therapist.
        String heldTranscript = transcript(held);
        assertThat(heldTranscript).contains(words, "Robin Quill left the room.");
        JsonObject records =
                Json.parse(api.get("/api/rooms/" + held + "/records", maya).body());
        assertThat(records.getBoolean("clinicalRecord")).isTrue();
        assertThat(records.getInt("retentionYears")).isEqualTo(1);
        JsonObject heldPart = records.getJsonArray("held").getJsonObject(0);
        assertThat(heldPart.getString("name")).isEqualTo("Robin Quill");
        assertThat(heldPart.getString("why")).contains("Clinical record");
        assertThat(api.get("/api/rooms/" + held + "/records", robin).statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/rooms/" + held + "/records", token(DemoUsers.ALEX))
                        .statusCode())
                .isEqualTo(403);
        assertThat(rows("rowsNaming", robinId)).isPositive();

        // A day before the period ends, the job keeps it all; a day after, the room's record goes.
        assertThat(sweepAt(inAYear().minus(Duration.ofDays(2))).getInt("roomsPurged"))
                .isZero();
        assertThat(transcript(held)).contains(words);
        JsonObject sweep = sweepAt(inAYear().plus(Duration.ofDays(2)));
        assertThat(sweep.getInt("roomsPurged")).isPositive();
        assertThat(sweep.getInt("requestsCompleted")).isPositive();
        assertThat(api.get("/api/rooms/" + held + "/transcript?format=text", maya)
                        .statusCode())
                .isIn(403, 404);
        assertThat(rows("rowsOfRoom", held)).isZero();
        assertThat(rows("rowsOfRoom", quiet)).isPositive();
        assertThat(rows("rowsNaming", robinId)).isZero();
        String audit = api.get("/api/rooms/" + held + "/audit", token(DemoUsers.PRACTICE_ADMIN))
                .body();
        assertThat(audit).contains("room_purged").doesNotContain(words, "Take your time");
    }

    /**
     * The retention job runs by itself (every minute on the test server): a
     * room of region IE (kept one year) that has been quiet for 400 days goes
     * without anyone asking, and the audit log says the job purged it.
     */
    @Test
    void theRetentionJobPurgesARoomWhosePeriodEndedByItself() {
        String roomId = api.openRoom(maya, "Quiet for long", "couple", "moderated");
        api.accept(FreshUsers.signedIn("client", "Kai", "Rowan"), api.invite(maya, roomId, "participant"));
        assertThat(api.patch("/api/rooms/" + roomId, maya, "{\"crisisRegion\":\"IE\"}")
                        .statusCode())
                .isEqualTo(200);
        api.get(RetentionControl.PATH + "?backdate=" + roomId + "&days=400", null);
        Awaitility.await("the job's next run")
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> rows("rowsOfRoom", roomId) == 0);
        assertThat(rows("rowsOfRoom", roomId))
                .as("the room's rows after the job's next run")
                .isZero();
        assertThat(api.get("/api/rooms/" + roomId + "/audit", token(DemoUsers.PRACTICE_ADMIN))
                        .body())
                .contains("room_purged", "attune-retention");
    }

    /** Maya Ortiz's room, with the person and Kai (a second fresh person) as its participants. */
    private String roomWith(String person, String name) {
        String roomId = api.openRoom(maya, name, "couple", "moderated");
        api.accept(person, api.invite(maya, roomId, "participant"));
        api.accept(FreshUsers.signedIn("client", "Kai", "Rowan"), api.invite(maya, roomId, "participant"));
        return roomId;
    }

    private static Instant inAYear() {
        return Instant.now().atZone(ZoneOffset.UTC).plusYears(1).toInstant();
    }

    private static JsonObject outcome(JsonObject receipt, String roomId) {
        return receipt.getJsonArray("rooms").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("roomId").equals(roomId))
                .findFirst()
                .orElseThrow();
    }

    private String transcript(String roomId) {
        HttpResponse<String> text = api.get("/api/rooms/" + roomId + "/transcript?format=text", maya);
        assertThat(text.statusCode()).isEqualTo(200);
        return text.body();
    }

    private JsonObject sweepAt(Instant at) {
        return Json.parse(
                api.get(RetentionControl.PATH + "?sweepAt=" + at, null).body());
    }

    private long rows(String which, String id) {
        return Json.parse(api.get(RetentionControl.PATH + "?" + which + "=" + id, null)
                        .body())
                .getJsonNumber("rows")
                .longValue();
    }
}
