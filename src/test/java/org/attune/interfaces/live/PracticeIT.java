package org.attune.interfaces.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.support.LiveClient.ack;
import static org.attune.support.LiveClient.event;
import static org.attune.support.TestRoom.command;
import static org.attune.support.TestRoom.say;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.attune.support.ApiClient;
import org.attune.support.AttuneIT;
import org.attune.support.FreshUsers;
import org.attune.support.Json;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.attune.support.TestStack;
import org.junit.jupiter.api.Test;

/**
 * Practice between sessions over real sockets, with people made for this
 * test: their therapist gives the room the appreciation ritual; the couple,
 * alone, do it in a sitting the room guides itself; she sees it in figures and
 * never their words, live, on resume or in the transcript, until one of them
 * shares theirs; each one's export holds the practice.
 */
class PracticeIT extends AttuneIT {

    private static final String ALEXS_WORDS = "You made dinner on Tuesday when I was worn out.";
    private static final String SAMS_WORDS = "You listened to me about my sister on Sunday.";

    private final ApiClient api = ApiClient.forTestStack();

    private static JsonObject refusal(LiveClient client, String id) {
        return client.next(f -> "error".equals(f.getString("type")) && id.equals(f.getString("id", "")));
    }

    private static long seq(JsonObject frame) {
        return frame.getJsonNumber("seq").longValue();
    }

    @Test
    void theCouplePractisesAloneTheTherapistSeesFiguresAndOnlyTheWordsSharedWithHer() {
        String therapist = FreshUsers.signedIn("therapist", "Dana", "Practice");
        String alex = FreshUsers.signedIn("client", "Alex", "Practice");
        String sam = FreshUsers.signedIn("client", "Sam", "Practice");
        String alexId = Json.parse(api.get("/api/me", alex).body()).getString("id");
        String samId = Json.parse(api.get("/api/me", sam).body()).getString("id");
        String roomId = api.openRoom(therapist, "Alex and Sam, practising", "couple", "moderated");
        api.accept(alex, api.invite(therapist, roomId, "participant"));
        api.accept(sam, api.invite(therapist, roomId, "participant"));
        String ws = TestStack.appUrl().replaceFirst("^http", "ws");

        long practice;
        try (LiveClient dana = LiveClient.connect(ws, roomId, therapist, null)) {
            dana.next("welcome");
            TestRoom.clear(dana);
            String due = Instant.now().plus(7, ChronoUnit.DAYS).toString();
            dana.send(command("assign_practice", "d-0")
                    .add("kind", "homework")
                    .add("due", due)
                    .build());
            assertThat(refusal(dana, "d-0").getString("code")).isEqualTo("bad_request");
            dana.send(command("assign_practice", "d-1")
                    .add("kind", "appreciation")
                    .add("due", due)
                    .build());
            practice = seq(dana.next(ack("d-1")));
        }

        long done;
        try (LiveClient a = LiveClient.connect(ws, roomId, alex, null);
                LiveClient s = LiveClient.connect(ws, roomId, sam, null)) {
            JsonObject welcome = a.next("welcome").getJsonObject("practice");
            s.next("welcome");
            JsonObject given = welcome.getJsonArray("practices").getJsonObject(0);
            assertThat(given.getJsonNumber("practice").longValue()).isEqualTo(practice);
            assertThat(given.getString("practiceKind")).isEqualTo("appreciation");
            assertThat(given.getString("status")).isEqualTo("open");

            a.send(command("start_session", "a-0").build());
            assertThat(refusal(a, "a-0").getString("code"))
                    .as("a moderated room's sessions are the therapist's")
                    .isEqualTo("forbidden");
            a.send(command("start_practice", "a-1").add("practice", practice).build());
            a.next(ack("a-1"));
            s.next(event("practice_started"));
            JsonObject step = a.next(f -> "event".equals(f.getString("type"))
                    && "step".equals(f.getString("kind"))
                    && "appreciation".equals(f.getString("step", "")));
            LiveClient first = alexId.equals(step.getString("target")) ? a : s;
            LiveClient second = first == a ? s : a;
            String firstWords = first == a ? ALEXS_WORDS : SAMS_WORDS;
            String secondWords = first == a ? SAMS_WORDS : ALEXS_WORDS;
            first.send(say("w-1", firstWords));
            JsonObject heard = second.next(event("message"));
            assertThat(heard.getString("text")).isEqualTo(firstWords);
            assertThat(heard.getString("audience")).isEqualTo("participants");
            second.next(event("step"));
            second.send(say("w-2", secondWords));
            first.next(event("message"));
            second.send(command("end_session", "w-3").build());
            JsonObject figures = first.next(event("practice_done"));
            done = seq(figures);
            assertThat(figures.getJsonNumber("practice").longValue()).isEqualTo(practice);
            assertThat(figures.getJsonObject("messages").getInt(alexId)).isEqualTo(1);
            assertThat(figures.getJsonObject("messages").getInt(samId)).isEqualTo(1);
            assertThat(figures.containsKey("text")).as("figures, not words").isFalse();
        }

        try (LiveClient dana = LiveClient.connect(ws, roomId, therapist, null)) {
            JsonObject given = dana.next("welcome")
                    .getJsonObject("practice")
                    .getJsonArray("practices")
                    .getJsonObject(0);
            assertThat(given.getString("status")).isEqualTo("done");
            JsonObject sitting = given.getJsonArray("sittings").getJsonObject(0);
            assertThat(sitting.getJsonObject("messages").getInt(alexId)).isEqualTo(1);

            dana.send(command("resume", "d-2").add("afterSeq", 0).build());
            List<JsonObject> log = new java.util.ArrayList<>();
            JsonObject frame;
            do {
                frame = dana.next(f -> "event".equals(f.getString("type")));
                log.add(frame);
            } while (seq(frame) < done);
            assertThat(log).anySatisfy(e -> assertThat(e.getString("kind")).isEqualTo("practice_done"));
            assertThat(log.toString())
                    .as("the therapist reads no word of the practice")
                    .doesNotContain(ALEXS_WORDS, SAMS_WORDS);
            String transcript = api.get("/api/rooms/" + roomId + "/transcript?format=text", therapist)
                    .body();
            assertThat(transcript)
                    .contains("Practised the appreciation ritual")
                    .doesNotContain(ALEXS_WORDS, SAMS_WORDS);

            try (LiveClient a = LiveClient.connect(ws, roomId, alex, null)) {
                a.next("welcome");
                a.send(command("share_practice", "a-2")
                        .add("practice", practice)
                        .build());
                a.next(ack("a-2"));
                JsonObject shared = dana.next(event("practice_shared"));
                assertThat(shared.getJsonArray("lines").getValuesAs(JsonValue::toString))
                        .containsExactly("\"" + ALEXS_WORDS + "\"");
                a.send(command("share_practice", "a-3")
                        .add("practice", practice)
                        .build());
                assertThat(refusal(a, "a-3").getString("code")).isEqualTo("invalid_state");
            }
        }
        HttpResponse<String> theirs = api.get("/api/rooms/" + roomId + "/transcript?format=text", sam);
        assertThat(theirs.body())
                .as("Sam reads the practice, not what Alex shared with the therapist")
                .contains(ALEXS_WORDS, SAMS_WORDS)
                .doesNotContain("shared their words");

        JsonObject export = Json.parse(api.get("/api/me/export", sam).body());
        assertThat(export.getJsonArray("aboutYou").getValuesAs(JsonValue::asJsonObject))
                .filteredOn(r -> "your_practice".equals(r.getString("reason")))
                .extracting(r -> r.getJsonObject("event").getString("kind"))
                .contains("practice_assigned", "practice_done");
    }
}
