package org.attune.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.support.LiveClient.ack;
import static org.attune.support.LiveClient.event;
import static org.attune.support.TestRoom.command;
import static org.attune.support.TestRoom.say;
import static org.attune.support.TestRoom.screen;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.attune.support.AlsoOnH2;
import org.attune.support.ApiClient;
import org.attune.support.AttuneIT;
import org.attune.support.DemoUsers;
import org.attune.support.FreshUsers;
import org.attune.support.Json;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.attune.support.TestStack;
import org.junit.jupiter.api.Test;

/**
 * A person's export over real sockets and real tokens: Sam and Alex, made for
 * this test, talk with their therapist; Sam's export (JSON and the readable
 * document) holds what Sam did and what was recorded about Sam, each with why,
 * and nothing of what Alex told the therapist about Sam, nor the therapist's
 * note. Every export is audited without content; an unknown format is refused.
 */
@AlsoOnH2
class PersonalExportIT extends AttuneIT {

    private static final String HEATED = "You always ignore me and you never listen, it's pathetic!";
    private static final String WHISPER = "Try telling Alex how that felt, Sam.";
    private static final String NOTE = "Sam seems withdrawn tonight; ask about the move.";
    private static final String ALEX_ABOUT_SAM = "Sam has been drinking every night since the move.";
    private static final String ALEXS_DISCLOSURE = "Sam grabbed me by the arm last week and I am scared of Sam.";
    private static final String SAMS_DISCLOSURE = "I don't want to wake up tomorrow.";
    private static final String ALEXS_THREAT = "I'll hurt you if you tell them that, Sam.";

    private final ApiClient api = ApiClient.forTestStack();

    private String sam;
    private String alex;
    private String samId;
    private String alexId;

    @Test
    void samsExportHoldsWhatWasRecordedAboutSamAndNothingOfWhatAlexToldTheTherapist() {
        String roomId = aSessionWithEverything();

        samsJsonExport(roomId);
        samsReadableExport();
        everyExportIsAuditedWithoutContentAndAnUnknownFormatIsRefused();
        alexsExportHoldsAlexsOwnPrivateWordsAndNothingOfSams();
    }

    private void samsJsonExport(String roomId) {
        HttpResponse<String> json = api.get("/api/me/export", sam);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("attachment", "attune-export.json"));
        JsonObject export = Json.parse(json.body());
        List<JsonObject> authored = export.getJsonArray("authored").getValuesAs(JsonValue::asJsonObject);
        List<JsonObject> about = export.getJsonArray("aboutYou").getValuesAs(JsonValue::asJsonObject);

        assertThat(export.getJsonArray("rooms").getValuesAs(JsonValue::asJsonObject))
                .singleElement()
                .satisfies(r -> assertThat(r.getString("name")).isEqualTo("Sam and Alex, exported"));
        assertThat(authored)
                .allSatisfy(e -> assertThat(e.getString("roomId")).isEqualTo(roomId))
                .anySatisfy(e -> assertThat(text(e)).isEqualTo(HEATED))
                .anySatisfy(e -> assertThat(text(e)).isEqualTo(SAMS_DISCLOSURE))
                .anySatisfy(e -> {
                    assertThat(e.getString("kind")).isEqualTo("calm_rating");
                    assertThat(e.getJsonObject("payload").getInt("calm")).isEqualTo(3);
                })
                .anySatisfy(e -> {
                    assertThat(e.getString("kind")).isEqualTo("screen_answered");
                    assertThat(e.getJsonObject("payload")
                                    .getJsonObject("screen")
                                    .getInt("total"))
                            .isEqualTo(4);
                });
        assertThat(about)
                .allSatisfy(r ->
                        assertThat(r.getJsonObject("event").getString("target")).isEqualTo(samId))
                .anySatisfy(r -> {
                    assertThat(text(r.getJsonObject("event"))).isEqualTo(WHISPER);
                    assertThat(r.getString("reason")).isEqualTo("shown_to_you");
                })
                .anySatisfy(r -> {
                    assertThat(r.getJsonObject("event").getString("kind")).isEqualTo("signals");
                    assertThat(r.getString("reason")).isEqualTo("from_your_words");
                    assertThat(r.getString("why")).contains("for your therapists only");
                    assertThat(r.getJsonObject("event").getJsonObject("payload").getJsonArray("signals"))
                            .isNotEmpty();
                })
                .anySatisfy(r -> {
                    assertThat(r.getJsonObject("event").getString("kind")).isEqualTo("safety_alert");
                    assertThat(r.getJsonObject("event").getJsonObject("payload").toString())
                            .contains("don't want to wake up");
                })
                .anySatisfy(r ->
                        assertThat(r.getJsonObject("event").getString("kind")).isEqualTo("alert_acknowledged"));

        assertThat(about)
                .as("help lines offered to Sam discreetly when Alex's threat paused the room, naming nobody")
                .filteredOn(r -> r.getJsonObject("event").getString("kind").equals("resources_offered"))
                .anySatisfy(r -> assertThat(r.getJsonObject("event")
                                .getJsonObject("payload")
                                .getString("why"))
                        .isEqualTo("room_paused"));
        assertThat(authored).as("nothing Alex did").noneMatch(e -> alexId.equals(e.getString("target", null)));
        assertThat(about)
                .as("nothing raised on Alex's words, also not the threat against Sam")
                .noneMatch(r -> alexId.equals(r.getJsonObject("event").getString("actor")))
                .noneMatch(r -> r.getJsonObject("event").getString("kind").equals("safe_to_talk_answered"));
        assertThat(json.body())
                .as("neither Alex's private line about Sam, nor Alex's disclosure or threat, nor the note")
                .doesNotContain(ALEX_ABOUT_SAM, "drinking every night", "grabbed me by the arm", "hurt you if")
                .doesNotContain(NOTE, "withdrawn tonight")
                .doesNotContain("\"total\":9");
        assertThat(export.getJsonArray("notIncluded").getValuesAs(JsonValue::toString))
                .anySatisfy(s -> assertThat(s).contains("private notes", "releases to you on request"));
    }

    private void samsReadableExport() {
        HttpResponse<String> html = api.get("/api/me/export?format=html", sam);
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(html.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("attachment", "attune-export.html"));
        assertThat(html.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(p -> assertThat(p).contains("script-src 'self'"));
        assertThat(html.body())
                .startsWith("<!doctype html>")
                .contains("<title>Attune — your data</title>", "Sam and Alex, exported")
                .contains("What you wrote and did", "What was recorded about you")
                .contains("You always ignore me and you never listen, it&#39;s pathetic!")
                .contains("(privately to Sam Exporter): Try telling Alex how that felt, Sam.")
                .contains("Signals in Sam Exporter&#39;s message (heat ")
                .contains("Safety alert for Sam Exporter: ")
                .contains("Sam Exporter feels 3 of 5 calm.")
                .contains("What this document does not hold, and why")
                .contains("the practice&#39;s clinical record, which the practice releases to you on request")
                .doesNotContain("<script")
                .doesNotContain(ALEX_ABOUT_SAM, "grabbed me by the arm", "hurt you if", "withdrawn tonight")
                .doesNotContain("Safety alert for Alex Exporter");
        assertThat(api.get("/api/me/export?format=text", sam).body())
                .startsWith("Your data in Attune")
                .contains("Sam Exporter feels 3 of 5 calm.")
                .doesNotContain("grabbed me by the arm");
    }

    private void everyExportIsAuditedWithoutContentAndAnUnknownFormatIsRefused() {
        HttpResponse<String> unknown = api.get("/api/me/export?format=pdf", sam);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Json.parse(unknown.body()).getString("detail")).contains("json, html or text");

        List<JsonObject> exports = Json.parse(api.get("/api/me/export", sam).body())
                .getJsonArray("audit")
                .getValuesAs(JsonValue::asJsonObject)
                .stream()
                .filter(a -> a.getString("action").equals("data_exported"))
                .toList();
        assertThat(exports)
                .as("json, html, text and this json; not the refused pdf")
                .extracting(a -> a.getString("detail"))
                .hasSize(4)
                .allMatch(d -> d.matches("(json|html|text): \\d+ events by them, \\d+ about them"));
    }

    private void alexsExportHoldsAlexsOwnPrivateWordsAndNothingOfSams() {
        JsonObject export = Json.parse(api.get("/api/me/export", alex).body());

        assertThat(export.getJsonArray("authored").getValuesAs(JsonValue::asJsonObject))
                .anySatisfy(e -> assertThat(text(e)).isEqualTo(ALEX_ABOUT_SAM))
                .anySatisfy(e -> assertThat(text(e)).isEqualTo(ALEXS_DISCLOSURE));
        assertThat(export.toString()).doesNotContain(SAMS_DISCLOSURE, WHISPER, NOTE);
        assertThat(export.getJsonArray("aboutYou").getValuesAs(JsonValue::asJsonObject))
                .noneMatch(r -> samId.equals(r.getJsonObject("event").getString("target")));
    }

    /**
     * Sam and Alex, new people, in a moderated room with Maya Ortiz: screens, heat,
     * a whisper, a note, private lines, disclosures, an acknowledged alert, a
     * check-in after a short pause with a calm rating, and a threat.
     */
    private String aSessionWithEverything() {
        sam = FreshUsers.signedIn("client", "Sam", "Exporter");
        alex = FreshUsers.signedIn("client", "Alex", "Exporter");
        samId = Json.parse(api.get("/api/me", sam).body()).getString("id");
        alexId = Json.parse(api.get("/api/me", alex).body()).getString("id");
        String therapist = TestRoom.token(DemoUsers.THERAPIST);
        String roomId = api.openRoom(therapist, "Sam and Alex, exported", "couple", "moderated");
        api.accept(sam, api.invite(therapist, roomId, "participant"));
        api.accept(alex, api.invite(therapist, roomId, "participant"));
        try (LiveClient maya = enter(roomId, therapist);
                LiveClient a = enter(roomId, alex);
                LiveClient s = enter(roomId, sam)) {
            send(s, screen("s-screen", 1, 1, 1, 1, "no", "yes"));
            send(a, screen("a-screen", 2, 2, 2, 3, "no", "yes"));
            TestRoom.clear(maya);
            send(maya, command("start_session", "m-start").build());

            send(s, say("s-1", HEATED));
            maya.next(event("signals", samId));
            send(
                    maya,
                    command("whisper", "m-w")
                            .add("to", samId)
                            .add("text", WHISPER)
                            .build());
            s.next(event("whisper", samId));
            send(maya, command("note", "m-n").add("text", NOTE).build());
            send(a, command("to_therapist", "a-p").add("text", ALEX_ABOUT_SAM).build());
            send(a, say("a-1", ALEXS_DISCLOSURE));
            maya.next(event("safety_alert", alexId));

            send(s, say("s-2", SAMS_DISCLOSURE));
            long alert =
                    maya.next(event("safety_alert", samId)).getJsonNumber("seq").longValue();
            send(maya, command("acknowledge_alert", "m-ack").add("alert", alert).build());
            send(
                    maya,
                    command("ask_safe_to_talk", "m-ask").add("member", alexId).build());
            long check = a.next(event("safe_to_talk_asked", alexId))
                    .getJsonNumber("seq")
                    .longValue();
            send(
                    a,
                    command("answer_safe_to_talk", "a-safe")
                            .add("check", check)
                            .add("answer", "not_sure")
                            .build());

            send(
                    s,
                    command("request_pause", "s-pause")
                            .add("reason", "break")
                            .add("minutes", 1)
                            .build());
            s.next(event("check_in"), Duration.ofSeconds(90));
            send(s, command("ready", "s-ready").add("calm", 3).build());
            send(a, command("ready", "a-ready").add("calm", 5).build());
            send(maya, command("resume", "m-resume").build());

            send(a, say("a-2", ALEXS_THREAT));
            assertThat(maya.next(event("safety_alert", alexId)).toString()).contains("threat");
        }
        return roomId;
    }

    private static LiveClient enter(String roomId, String token) {
        LiveClient client = LiveClient.connect(TestStack.wsUrl(), roomId, token, null);
        client.next("welcome");
        return client;
    }

    /** Sends a command and waits for its ack. */
    private static void send(LiveClient client, JsonObject command) {
        client.send(command);
        client.next(ack(command.getString("id")));
    }

    private static String text(JsonObject event) {
        return event.containsKey("payload") ? event.getJsonObject("payload").getString("text", "") : "";
    }
}
