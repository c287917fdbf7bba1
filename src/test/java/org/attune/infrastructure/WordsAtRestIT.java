package org.attune.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.support.TestRoom.command;
import static org.attune.support.TestRoom.say;
import static org.attune.support.TestRoom.token;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.attune.support.AlsoOnH2;
import org.attune.support.ApiClient;
import org.attune.support.DemoUsers;
import org.attune.support.Deployments;
import org.attune.support.Json;
import org.attune.support.LiveClient;
import org.attune.support.StoredRoomRows;
import org.attune.support.TestRoom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What is said is stored sealed with the room's own key: the database holds
 * none of the words, the people in the room read them as ever, and deleting
 * the room destroys its key.
 */
@AlsoOnH2
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WordsAtRestIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.attuneWar().addClass(StoredRoomRows.class);
    }

    private final String canary = "canary-" + UUID.randomUUID();
    private final ApiClient api = ApiClient.forTestStack();

    @Test
    void theDatabaseHoldsNoneOfTheWordsThatThePeopleInTheRoomStillRead() {
        TestRoom room = TestRoom.inSession();
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient alex = room.enter(DemoUsers.ALEX)) {
            alex.send(say("s-1", "I felt left out, " + canary));
            alex.next(LiveClient.ack("s-1"));
            maya.send(command("note", "n-1").add("text", "Note on " + canary).build());
            maya.next(LiveClient.ack("n-1"));
        }

        JsonObject stored = storedRows(room.id());
        List<JsonObject> events = stored.getJsonArray("events").getValuesAs(JsonObject.class);
        assertThat(stored.getInt("keys")).as("the room's data key").isEqualTo(1);
        assertThat(events)
                .filteredOn(e -> List.of("MESSAGE", "NOTE").contains(e.getString("kind")))
                .hasSize(2)
                .allSatisfy(e -> {
                    assertThat(e.containsKey("text")).as("text in the clear").isFalse();
                    assertThat(new String(Base64.getDecoder().decode(e.getString("sealed")), StandardCharsets.UTF_8))
                            .doesNotContain(canary)
                            .doesNotContain("left out");
                });
        assertThat(stored.toString()).doesNotContain(canary).doesNotContain("left out");

        String transcript = api.get("/api/rooms/" + room.id() + "/transcript?format=json", token(DemoUsers.THERAPIST))
                .body();
        assertThat(transcript).contains("I felt left out, " + canary).contains("Note on " + canary);
        assertThat(api.get("/api/rooms/" + room.id() + "/transcript?format=text", token(DemoUsers.ALEX))
                        .body())
                .contains("I felt left out, " + canary)
                .doesNotContain("Note on");
    }

    @Test
    void safetyScreenAnswersAreSealedWithTheirFlagsAndScores() {
        TestRoom room = TestRoom.guidedCouple().clearedForConversation();

        List<JsonObject> answers = storedRows(room.id()).getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("kind").equals("SCREEN_ANSWERED"))
                .toList();

        assertThat(answers)
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.keySet()).containsExactlyInAnyOrder("seq", "kind", "sealed"));
    }

    @Test
    void deletingTheRoomDestroysItsKeyWithItsEvents() {
        TestRoom room = TestRoom.inSession();
        try (LiveClient alex = room.enter(DemoUsers.ALEX)) {
            alex.send(say("s-1", "Forget this, " + canary));
            alex.next(LiveClient.ack("s-1"));
        }
        assertThat(storedRows(room.id()).getInt("keys")).isEqualTo(1);

        assertThat(api.delete("/api/rooms/" + room.id(), token(DemoUsers.THERAPIST))
                        .statusCode())
                .isEqualTo(204);

        JsonObject stored = storedRows(room.id());
        assertThat(stored.getInt("keys")).isZero();
        assertThat(stored.getJsonArray("events")).isEmpty();
    }

    private JsonObject storedRows(String roomId) {
        var response = api.get(StoredRoomRows.PATH + "?room=" + roomId, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }
}
