package org.attune.interfaces.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.support.LiveClient.ack;
import static org.attune.support.LiveClient.event;
import static org.attune.support.TestRoom.command;
import static org.attune.support.TestRoom.say;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.attune.support.ApiClient;
import org.attune.support.AttuneIT;
import org.attune.support.DemoUsers;
import org.attune.support.Json;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.junit.jupiter.api.Test;

/** Time-outs, check-ins, escalation, safety alerts and coaching over real sockets. */
class RegulationIT extends AttuneIT {

    private static final String ALEX_ID = DemoUsers.idOf(DemoUsers.ALEX);
    private static final String SAM_ID = DemoUsers.idOf(DemoUsers.SAM);

    @Test
    void aTimeOutBlocksThePartnerAndTheCheckInResumesAGuidedRoom() {
        TestRoom room = TestRoom.guidedCouple().clearedForConversation();
        try (LiveClient alex = room.enter(DemoUsers.ALEX);
                LiveClient sam = room.enter(DemoUsers.SAM)) {
            alex.send(command("start_session", "start").build());
            alex.next(ack("start"));

            alex.send(command("request_pause", "p-1")
                    .add("reason", "flooded")
                    .add("minutes", 5)
                    .build());
            JsonObject tooShort = alex.next("error");
            assertThat(tooShort.getString("code")).isEqualTo("bad_request");
            assertThat(tooShort.getString("message")).contains("20 minutes");

            alex.send(command("request_pause", "p-2")
                    .add("reason", "break")
                    .add("minutes", 1)
                    .add("exercise", "physiological_sigh")
                    .build());
            JsonObject paused = sam.next(event("paused"));
            assertThat(paused.getString("reason")).isEqualTo("break");
            assertThat(paused.getJsonObject("exercise").getString("id")).isEqualTo("physiological_sigh");
            assertThat(paused.getJsonObject("exercise").getJsonArray("steps")).isNotEmpty();
            assertThat(paused.getString("until")).isNotBlank();

            sam.send(say("s-1", "But I wasn't finished!"));
            JsonObject blocked = sam.next("error");
            assertThat(blocked.getString("code")).isEqualTo("paused");
            sam.send(command("ready", "s-early").add("calm", 2).build());
            assertThat(sam.next("error").getString("code")).isEqualTo("invalid_state");

            try (LiveClient late = room.connect(DemoUsers.SAM)) {
                JsonObject pause = late.next("welcome").getJsonObject("pause");
                assertThat(pause.getBoolean("paused")).isTrue();
                assertThat(pause.getBoolean("checkingIn")).isFalse();
            }

            assertThat(alex.next(event("check_in"), Duration.ofSeconds(90)).getString("actor"))
                    .isEqualTo("attune");
            alex.send(command("ready", "a-ready").add("calm", 4).build());
            JsonObject rating = alex.next(event("calm_rating"));
            assertThat(rating.getInt("amount")).isEqualTo(4);
            sam.send(command("ready", "s-ready").build());
            assertThat(sam.next(event("resumed")).getString("actor")).isEqualTo("attune");
            assertThat(sam.drain().stream()
                            .filter(f -> "calm_rating".equals(f.getString("kind", "")))
                            .toList())
                    .as("Sam does not see Alex's calm rating")
                    .isEmpty();

            sam.send(say("s-2", "Thank you. I'm calmer now."));
            sam.next(ack("s-2"));
        }
    }

    @Test
    void aHeatedExchangeRaisesAnEscalationOnlyTheTherapistSees() {
        TestRoom room = TestRoom.inSession();
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient alex = room.enter(DemoUsers.ALEX);
                LiveClient sam = room.enter(DemoUsers.SAM)) {
            alex.send(say("a-1", "You NEVER listen, you selfish idiot!!!"));
            JsonObject signals = maya.next(event("signals", ALEX_ID));
            assertThat(signals.getJsonArray("signals").getValuesAs(JsonValue::asJsonObject).stream()
                            .map(s -> s.getString("signal"))
                            .toList())
                    .contains("criticism", "contempt", "shouting");
            assertThat(signals.getString("audience")).isEqualTo("therapists");
            alex.send(say("a-2", "Whatever. You always do this and I'm done."));
            JsonObject escalation = maya.next(event("escalation", ALEX_ID));
            assertThat(escalation.getString("action")).isEqualTo("suggest_pause");
            assertThat(escalation.getJsonNumber("heat").doubleValue()).isGreaterThanOrEqualTo(1.0);

            alex.send(say("a-3", "Sorry. I'm upset."));
            sam.next(event("message").and(f -> "Sorry. I'm upset.".equals(f.getString("text"))));
            alex.next(ack("a-3"));
            List<JsonObject> seenBySam = sam.drain();
            assertThat(seenBySam)
                    .as("signals and escalations reach therapists only")
                    .noneMatch(f -> List.of("signals", "escalation").contains(f.getString("kind", "")));
            assertThat(alex.drain())
                    .noneMatch(f -> List.of("signals", "escalation").contains(f.getString("kind", "")));

            maya.send(command("pause", "m-pause")
                    .add("minutes", 10)
                    .add("exercise", "box_breathing")
                    .build());
            assertThat(sam.next(event("paused")).getString("reason")).isEqualTo("therapist");
            maya.send(command("resume", "m-resume").build());
            assertThat(sam.next(event("resumed")).getString("actor")).isEqualTo(DemoUsers.idOf(DemoUsers.THERAPIST));
            alex.send(command("resume", "a-resume").build());
            assertThat(alex.next("error").getString("code")).isEqualTo("forbidden");
        }
    }

    @Test
    void aCrisisPhraseAlertsTheTherapistAndShowsTheWriterWhereToTurn() {
        TestRoom room = TestRoom.inSession();
        ApiClient api = ApiClient.forTestStack();
        HttpResponse<String> changed =
                api.patch("/api/rooms/" + room.id(), TestRoom.token(DemoUsers.THERAPIST), "{\"crisisRegion\":\"GB\"}");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(Json.parse(changed.body()).getJsonObject("regulation").getString("crisisRegion"))
                .isEqualTo("GB");
        assertThat(api.patch(
                                "/api/rooms/" + room.id(),
                                TestRoom.token(DemoUsers.THERAPIST),
                                "{\"name\":\"Renamed\",\"crisisRegion\":\"XX\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(Json.parse(api.get("/api/rooms/" + room.id(), TestRoom.token(DemoUsers.THERAPIST))
                                .body())
                        .getString("name"))
                .as("a refused change changes nothing")
                .isEqualTo("Alex and Sam");

        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient alex = room.enter(DemoUsers.ALEX);
                LiveClient sam = room.enter(DemoUsers.SAM)) {
            sam.send(say("s-1", "Honestly everyone would be better off without me."));
            JsonObject own = sam.next(event("resources_offered", SAM_ID));
            JsonObject resources = own.getJsonObject("resources");
            assertThat(resources.getString("region")).isEqualTo("GB");
            assertThat(resources.getString("emergency")).isEqualTo("999");
            assertThat(resources.getJsonArray("resources").getJsonObject(0).getString("contact"))
                    .contains("116 123");
            JsonObject alert = maya.next(event("safety_alert", SAM_ID));
            assertThat(alert.getJsonArray("concerns").getJsonObject(0).getString("concern"))
                    .isEqualTo("self_harm");
            alex.send(say("a-1", "I'm here."));
            sam.next(event("message").and(f -> "I'm here.".equals(f.getString("text"))));
            assertThat(alex.drain())
                    .as("held back from the room: the partner sees neither the words nor the alert")
                    .noneMatch(f -> "safety_alert".equals(f.getString("kind", "")))
                    .noneMatch(f -> f.toString().contains("better off without me"));
            assertThat(sam.drain()).noneMatch(f -> "signals".equals(f.getString("kind", "")));
        }
    }

    @Test
    void aGuidedRoomsSafetyAlertReachesThePracticesSafetyContact() {
        TestRoom room = TestRoom.guidedCouple().clearedForConversation();
        try (LiveClient alex = room.enter(DemoUsers.ALEX)) {
            alex.send(command("start_session", "start").build());
            alex.next(ack("start"));
            alex.send(say("a-1", "He says he'll hurt the dog if I tell anyone."));
            assertThat(alex.next(event("resources_offered", ALEX_ID)).getJsonObject("resources"))
                    .isNotNull();
        }
        ApiClient api = ApiClient.forTestStack();
        HttpResponse<String> listed = api.get("/api/safety-alerts", TestRoom.token(DemoUsers.PRACTICE_ADMIN));
        assertThat(listed.statusCode()).isEqualTo(200);
        JsonObject alert =
                Json.parse(listed.body()).getJsonArray("alerts").getValuesAs(JsonValue::asJsonObject).stream()
                        .filter(a -> room.id().equals(a.getString("roomId")))
                        .findFirst()
                        .orElseThrow();
        assertThat(alert.getString("member")).isEqualTo(ALEX_ID);
        assertThat(alert.getString("mode")).isEqualTo("guided");
        assertThat(alert.getJsonArray("concerns").getString(0)).isEqualTo("violence");
        assertThat(listed.body()).as("never the words").doesNotContain("dog");
        assertThat(api.get("/api/safety-alerts", TestRoom.token(DemoUsers.ALEX)).statusCode())
                .isEqualTo(403);
    }

    @Test
    void coachingIsNeverStored() {
        TestRoom room = TestRoom.inSession();
        try (LiveClient alex = room.enter(DemoUsers.ALEX)) {
            alex.send(command("resume", "r-0").add("afterSeq", 0).build());
            long before = alex.next(ack("r-0")).getJsonNumber("seq").longValue();
            alex.send(command("coach", "c-1")
                    .add("text", "You always forget my birthday, you idiot")
                    .build());
            JsonObject coaching = alex.next("coaching");
            assertThat(coaching.getString("id")).isEqualTo("c-1");
            assertThat(coaching.getJsonNumber("heat").doubleValue()).isPositive();
            assertThat(coaching.getJsonArray("signals")).isNotEmpty();
            assertThat(coaching.getString("hint")).contains("I feel … about … and I need …");
            alex.send(command("resume", "r-1").add("afterSeq", 0).build());
            assertThat(alex.next(ack("r-1")).getJsonNumber("seq").longValue())
                    .as("nothing was stored")
                    .isEqualTo(before);
        }
        ApiClient api = ApiClient.forTestStack();
        String token = TestRoom.token(DemoUsers.SAM);
        HttpResponse<String> coached = api.post("/api/coach", token, "{\"text\":\"Whatever. I'm done.\"}");
        assertThat(coached.statusCode()).isEqualTo(200);
        assertThat(Json.parse(coached.body())
                        .getJsonArray("signals")
                        .getJsonObject(0)
                        .getString("signal"))
                .isEqualTo("stonewalling");
        assertThat(api.post("/api/coach", token, "{\"text\":\"\"}").statusCode())
                .isEqualTo(400);
        JsonObject exercises = Json.parse(api.get("/api/exercises", token).body());
        assertThat(exercises.getJsonArray("exercises").getValuesAs(JsonValue::asJsonObject).stream()
                        .map(x -> x.getString("id"))
                        .toList())
                .containsExactly(
                        "box_breathing",
                        "breathing_478",
                        "cyclic_sighing",
                        "physiological_sigh",
                        "grounding_54321",
                        "self_soothing");
        assertThat(Json.parse(api.get("/api/crisis-resources?region=CA", token).body())
                        .getString("emergency"))
                .isEqualTo("911");
    }
}
