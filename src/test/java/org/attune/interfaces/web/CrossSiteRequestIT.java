package org.attune.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.attune.support.ApiClient;
import org.attune.support.AttuneIT;
import org.attune.support.DemoUsers;
import org.attune.support.Json;
import org.attune.support.RawWebSocket;
import org.attune.support.SignedInBrowser;
import org.attune.support.TestRoom;
import org.attune.support.TestStack;
import org.junit.jupiter.api.Test;

/**
 * A page on another site cannot act with a person's session: the browser
 * sends their session cookie along, but an unsafe request or a live handshake
 * that does not come from Attune's own pages is refused and changes nothing.
 * Client programs, which authenticate with a bearer token, are not browsers
 * and need no Origin.
 */
class CrossSiteRequestIT extends AttuneIT {

    private static final String EVIL = "https://evil.example";

    private final ApiClient api = ApiClient.forTestStack();

    private record Invitation(String roomId, String code) {}

    private static String token(String username) {
        return TestStack.tokens().accessToken(username);
    }

    private Invitation invitationToANewRoom() {
        String therapist = token(DemoUsers.THERAPIST);
        String roomId = api.openRoom(therapist, "Riley, one to one", "family");
        return new Invitation(roomId, api.invite(therapist, roomId, "participant"));
    }

    private boolean rileyIsIn(String roomId) {
        HttpResponse<String> rooms = api.get("/api/rooms", token(DemoUsers.RILEY));
        assertThat(rooms.statusCode()).isEqualTo(200);
        return rooms.body().contains(roomId);
    }

    private static HttpResponse<String> accept(
            SignedInBrowser riley, Invitation invitation, Map<String, String> headers) {
        HttpRequest.Builder request = riley.request("/api/invitations/" + invitation.code() + "/accept")
                .POST(HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return SignedInBrowser.send(request);
    }

    private static void refusedAsCrossSite(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = Json.parse(response.body());
        assertThat(problem.getString("code")).isEqualTo("cross_site");
        assertThat(problem.getString("detail")).contains("Attune's own pages");
    }

    @Test
    void aHostilePageCannotMakeASignedInPersonJoinARoom() {
        SignedInBrowser riley = SignedInBrowser.signIn(DemoUsers.RILEY);
        Invitation invitation = invitationToANewRoom();

        HttpResponse<String> response =
                accept(riley, invitation, Map.of("Origin", EVIL, "Content-Type", "application/x-www-form-urlencoded"));

        refusedAsCrossSite(response);
        assertThat(rileyIsIn(invitation.roomId())).isFalse();
        // The invitation is untouched: Riley can still accept it herself.
        api.accept(token(DemoUsers.RILEY), invitation.code());
        assertThat(rileyIsIn(invitation.roomId())).isTrue();
    }

    @Test
    void withoutAnOriginAForeignRefererIsRefused() {
        SignedInBrowser riley = SignedInBrowser.signIn(DemoUsers.RILEY);
        Invitation invitation = invitationToANewRoom();

        refusedAsCrossSite(accept(riley, invitation, Map.of("Referer", EVIL + "/win-a-prize")));
        assertThat(rileyIsIn(invitation.roomId())).isFalse();
    }

    @Test
    void aSessionRequestThatSaysNothingOfWhereItComesFromIsRefused() {
        SignedInBrowser riley = SignedInBrowser.signIn(DemoUsers.RILEY);
        Invitation invitation = invitationToANewRoom();

        refusedAsCrossSite(accept(riley, invitation, Map.of()));
        refusedAsCrossSite(accept(riley, invitation, Map.of("Origin", "null")));
        assertThat(rileyIsIn(invitation.roomId())).isFalse();
    }

    @Test
    void attunesOwnPagesActWithTheSession() {
        SignedInBrowser riley = SignedInBrowser.signIn(DemoUsers.RILEY);
        Invitation byOrigin = invitationToANewRoom();
        Invitation byReferer = invitationToANewRoom();

        assertThat(accept(riley, byOrigin, Map.of("Origin", TestStack.appUrl())).statusCode())
                .isEqualTo(200);
        assertThat(accept(riley, byReferer, Map.of("Referer", TestStack.appUrl() + "/?join=" + byReferer.code()))
                        .statusCode())
                .isEqualTo(200);
        assertThat(rileyIsIn(byOrigin.roomId())).isTrue();
        assertThat(rileyIsIn(byReferer.roomId())).isTrue();
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedWith415AndChangesNothing() {
        Invitation invitation = invitationToANewRoom();
        HttpResponse<String> response = SignedInBrowser.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(TestStack.appUrl() + "/api/invitations/" + invitation.code() + "/accept"))
                .header("Authorization", "Bearer " + token(DemoUsers.RILEY))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("please let me in")));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Json.parse(response.body()).getString("detail")).contains("application/json");
        assertThat(rileyIsIn(invitation.roomId())).isFalse();
    }

    @Test
    void aFormPostToOpenARoomIsRefusedWith415() {
        HttpResponse<String> response = SignedInBrowser.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(TestStack.appUrl() + "/api/rooms"))
                        .header("Authorization", "Bearer " + token(DemoUsers.THERAPIST))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("name=Forged&kind=couple")));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.get("/api/rooms", token(DemoUsers.THERAPIST)).body()).doesNotContain("Forged");
    }

    @Test
    void aBrowserSessionWithoutAnOriginMayNotOpenALiveSocket() throws IOException {
        TestRoom room = TestRoom.open();
        SignedInBrowser alex = SignedInBrowser.signIn(DemoUsers.ALEX);
        String path = "/live/rooms/" + room.id();

        assertThat(RawWebSocket.handshakeStatus(TestStack.appUrl(), path, Map.of("Cookie", alex.sessionCookie())))
                .isEqualTo(403);
        assertThat(RawWebSocket.handshakeStatus(
                        TestStack.appUrl(), path, Map.of("Cookie", alex.sessionCookie(), "Origin", EVIL)))
                .isEqualTo(403);
        assertThat(RawWebSocket.handshakeStatus(
                        TestStack.appUrl(), path, Map.of("Cookie", alex.sessionCookie(), "Origin", TestStack.appUrl())))
                .isEqualTo(101);
    }

    @Test
    void aClientProgramWithABearerTokenNeedsNoOrigin() throws IOException {
        TestRoom room = TestRoom.open();

        assertThat(RawWebSocket.handshakeStatus(
                        TestStack.appUrl(),
                        "/live/rooms/" + room.id(),
                        Map.of("Authorization", "Bearer " + token(DemoUsers.ALEX))))
                .isEqualTo(101);
    }

    @Test
    void aRefusedHandshakeSaysWhyInTheLanguageOfThePage() throws IOException {
        TestRoom room = TestRoom.open();
        String path = "/live/rooms/" + room.id();
        Map<String, String> riley = Map.of("Authorization", "Bearer " + token(DemoUsers.RILEY));

        RawWebSocket.Answer english = RawWebSocket.handshake(TestStack.appUrl(), path, riley);
        RawWebSocket.Answer byPage = RawWebSocket.handshake(TestStack.appUrl(), path + "?lang=fr", riley);
        var byBrowser = new java.util.HashMap<>(riley);
        byBrowser.put("Accept-Language", "fr-CA,fr;q=0.9");
        RawWebSocket.Answer byHeader = RawWebSocket.handshake(TestStack.appUrl(), path, byBrowser);
        SignedInBrowser alex = SignedInBrowser.signIn(DemoUsers.ALEX);
        RawWebSocket.Answer hostile = RawWebSocket.handshake(
                TestStack.appUrl(), path + "?lang=fr", Map.of("Cookie", alex.sessionCookie(), "Origin", EVIL));

        assertThat(english.status()).as("not a member").isEqualTo(403);
        assertThat(english.body()).isEqualTo("You are not a member of this room.");
        assertThat(byPage.status()).isEqualTo(403);
        assertThat(byPage.body()).isEqualTo("Vous ne faites pas partie de cette salle.");
        assertThat(byHeader.body()).isEqualTo("Vous ne faites pas partie de cette salle.");
        assertThat(hostile.status()).isEqualTo(403);
        assertThat(hostile.body()).isEqualTo("Ce site ne peut pas ouvrir de connexion en direct avec Attune.");
    }
}
