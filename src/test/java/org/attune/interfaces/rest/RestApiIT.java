package org.attune.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import org.attune.support.AlsoOnH2;
import org.attune.support.ApiClient;
import org.attune.support.AttuneIT;
import org.attune.support.DemoUsers;
import org.attune.support.Json;
import org.attune.support.TestStack;
import org.junit.jupiter.api.Test;

/** The REST slice, called with real Keycloak tokens. */
@AlsoOnH2
class RestApiIT extends AttuneIT {

    private final ApiClient api = ApiClient.forTestStack();

    @Test
    void meDescribesTheCaller() {
        HttpResponse<String> response = api.get("/api/me", token(DemoUsers.ALEX));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject me = Json.parse(response.body());
        assertThat(me.getString("username")).isEqualTo("alex");
        assertThat(me.getString("name")).isEqualTo("Alex Chen");
        assertThat(me.getString("id")).isNotBlank();
        assertThat(me.getJsonArray("roles").getValuesAs(JsonString::getString)).contains("client");
    }

    @Test
    void withoutATokenTheApiAnswers401() {
        assertThat(api.get("/api/me", null).statusCode()).isEqualTo(401);
        assertThat(api.post("/api/rooms", null, "{}").statusCode()).isEqualTo(401);
    }

    @Test
    void anInvalidTokenIsRefused() {
        assertThat(api.get("/api/me", "not-a-token").statusCode()).isEqualTo(401);
    }

    @Test
    void onlyTherapistsOpenRooms() {
        HttpResponse<String> response =
                api.post("/api/rooms", token(DemoUsers.ALEX), "{\"name\":\"Our room\",\"kind\":\"couple\"}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonObject problem = Json.parse(response.body());
        assertThat(problem.getInt("status")).isEqualTo(403);
        assertThat(problem.getString("detail")).isEqualTo("Only therapists can open rooms.");
    }

    @Test
    void aRefusalIsSaidInTheLanguageTheCallerReads() {
        HttpResponse<String> response = api.post(
                "/api/rooms",
                token(DemoUsers.ALEX),
                "{\"name\":\"Notre salle\",\"kind\":\"couple\"}",
                "fr-CA,fr;q=0.9,en;q=0.8");

        assertThat(response.statusCode()).isEqualTo(403);
        JsonObject problem = Json.parse(response.body());
        assertThat(problem.getString("code")).isEqualTo("forbidden");
        assertThat(problem.getString("detail")).isEqualTo("Seuls les thérapeutes peuvent ouvrir des salles.");
    }

    @Test
    void aTranscriptIsWrittenInTheLanguageTheReaderAsksForByLangElseByAcceptLanguage() {
        String therapist = token(DemoUsers.THERAPIST);
        String roomId = api.openRoom(therapist, "Émile & Sam", "couple");
        api.accept(token(DemoUsers.ALEX), api.invite(therapist, roomId, "participant"));
        String html = "/api/rooms/" + roomId + "/transcript?format=html";

        HttpResponse<String> byHeader = api.get(html, therapist, "text/html", "fr-CA,fr;q=0.9,en;q=0.8");
        assertThat(byHeader.statusCode()).isEqualTo(200);
        assertThat(byHeader.headers().firstValue("Content-Language")).hasValue("fr");
        assertThat(byHeader.body())
                .startsWith("<!doctype html>\n<html lang=\"fr\">")
                .contains("<title>Attune — transcription</title>", "<h1>Émile &amp; Sam</h1>", "<p>Heures en UTC.</p>")
                .contains("<h2>Qui a parlé</h2>", "Alex Chen\u00a0: 0 tour, 0 message, 0 mot, 0 s de parole")
                .doesNotContain("Who spoke");

        HttpResponse<String> byParameter = api.get(html + "&lang=fr", therapist, "text/html");
        assertThat(byParameter.headers().firstValue("Content-Language")).hasValue("fr");
        assertThat(byParameter.body())
                .startsWith("<!doctype html>\n<html lang=\"fr\">")
                .contains("<title>Attune — transcription</title>", "<h2>Qui a parlé</h2>");
        assertThat(api.get("/api/rooms/" + roomId + "/transcript?format=text&lang=fr", therapist, "text/plain")
                        .body())
                .startsWith("Émile & Sam\nTranscription (heures en UTC)\n");

        HttpResponse<String> english = api.get(html, therapist, "text/html");
        assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(english.body())
                .startsWith("<!doctype html>\n<html lang=\"en\">")
                .contains("<title>Attune — transcript</title>", "<p>Times in UTC.</p>", "<h2>Who spoke</h2>")
                .contains("Alex Chen: 0 turns, 0 messages, 0 words, 0 s holding the floor")
                .doesNotContain("Qui a parlé");
        assertThat(api.get(html + "&lang=en", therapist, "text/html", "fr-CA,fr;q=0.9")
                        .body())
                .as("the page's own language wins over the browser's")
                .contains("<html lang=\"en\">", "<h2>Who spoke</h2>");
    }

    @Test
    void aRoomWithoutANameIsABadRequestAndNothingIsCreated() {
        String therapist = token(DemoUsers.THERAPIST);
        int before = Json.parse("{\"r\":" + api.get("/api/rooms", therapist).body() + "}")
                .getJsonArray("r")
                .size();

        HttpResponse<String> response = api.post("/api/rooms", therapist, "{\"name\":\" \",\"kind\":\"boat\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.parse(response.body()).getString("detail")).contains("A room needs a name.");
        HttpResponse<String> inFrench =
                api.post("/api/rooms", therapist, "{\"name\":\" \",\"kind\":\"boat\"}", "fr-CA,fr;q=0.9");
        assertThat(inFrench.statusCode()).isEqualTo(400);
        assertThat(Json.parse(inFrench.body()).getString("detail"))
                .as("each rule the body breaks, said in the caller's language")
                .contains("Une salle doit avoir un nom.")
                .contains("Le type de salle est couple");
        int after = Json.parse("{\"r\":" + api.get("/api/rooms", therapist).body() + "}")
                .getJsonArray("r")
                .size();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void malformedJsonIsABadRequest() {
        HttpResponse<String> response = api.post("/api/rooms", token(DemoUsers.THERAPIST), "{\"name\":");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void anInvitationIsUsedOnceAndMakesAMember() {
        String therapist = token(DemoUsers.THERAPIST);
        String roomId = api.openRoom(therapist, "The Blakes", "family");
        String code = api.invite(therapist, roomId, "participant");

        JsonObject membership = api.accept(token(DemoUsers.MORGAN), code);
        assertThat(membership.toString()).contains("\"status\":\"active\"");
        assertThat(membership.getString("roomId")).isEqualTo(roomId);
        assertThat(membership.getString("role")).isEqualTo("participant");
        assertThat(api.accept(token(DemoUsers.MORGAN), code).getString("roomId"))
                .as("accepting twice is harmless")
                .isEqualTo(roomId);

        HttpResponse<String> second = api.post("/api/invitations/" + code + "/accept", token(DemoUsers.JAMIE), null);
        assertThat(second.statusCode()).isEqualTo(410);
        assertThat(Json.parse(second.body()).getString("detail")).contains("already been used");
        assertThat(api.get("/api/rooms/" + roomId, token(DemoUsers.JAMIE)).statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/rooms/" + roomId, token(DemoUsers.MORGAN)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void anUnknownInvitationCodeIsNotFound() {
        HttpResponse<String> response = api.post("/api/invitations/no-such-code/accept", token(DemoUsers.SAM), null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Json.parse(response.body()).getString("code")).isEqualTo("not_found");
    }

    @Test
    void onlyATherapistOfTheRoomInvites() {
        String therapist = token(DemoUsers.THERAPIST);
        String roomId = api.openRoom(therapist, "Alex and Sam", "couple");
        api.accept(token(DemoUsers.ALEX), api.invite(therapist, roomId, "participant"));

        HttpResponse<String> response =
                api.post("/api/rooms/" + roomId + "/invitations", token(DemoUsers.ALEX), "{\"role\":\"participant\"}");

        assertThat(response.statusCode()).isEqualTo(403);
    }

    private static String token(String user) {
        return TestStack.tokens().accessToken(user);
    }
}
