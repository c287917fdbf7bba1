package org.attune.interfaces.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.attune.support.AlsoOnH2;
import org.attune.support.AttuneIT;
import org.attune.support.DemoUsers;
import org.attune.support.Json;
import org.attune.support.LiveClient;
import org.attune.support.RawWebSocket;
import org.attune.support.TestRoom;
import org.attune.support.TestStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The live channel, driven over real sockets with real Keycloak tokens. */
@AlsoOnH2
class LiveRoomIT extends AttuneIT {

    private TestRoom room;
    private String roomId;

    @BeforeEach
    void aCoupleInTheirRoomWithASessionRunning() {
        room = TestRoom.inSession();
        roomId = room.id();
    }

    @Test
    void twoMembersExchangeAMessage() {
        try (LiveClient alex = LiveClient.connect(roomId, token(DemoUsers.ALEX));
                LiveClient sam = LiveClient.connect(roomId, token(DemoUsers.SAM))) {
            assertThat(alex.subprotocol()).isEqualTo("attune.v1");
            JsonObject welcome = alex.next("welcome");
            assertThat(welcome.getJsonObject("you").getString("name")).isEqualTo("Alex Chen");
            assertThat(welcome.getJsonObject("room").getString("kind")).isEqualTo("couple");
            assertThat(welcome.getJsonArray("members")).hasSize(3);
            assertThat(welcome.getJsonObject("session").getBoolean("running")).isTrue();
            long lastSeq = welcome.getJsonNumber("lastSeq").longValue();
            sam.next("welcome");

            alex.send(say("m-1", "I felt unheard at dinner yesterday."));

            JsonObject ack = alex.next("ack");
            assertThat(ack.getString("id")).isEqualTo("m-1");
            assertThat(ack.getJsonNumber("seq").longValue()).isEqualTo(lastSeq + 1);
            JsonObject received = sam.next("event");
            assertThat(received.getJsonNumber("seq").longValue()).isEqualTo(lastSeq + 1);
            assertThat(received.getString("kind")).isEqualTo("message");
            assertThat(received.getString("text")).isEqualTo("I felt unheard at dinner yesterday.");
            assertThat(received.getString("actorName")).isEqualTo("Alex Chen");
            assertThat(alex.next("event").getJsonNumber("seq").longValue()).isEqualTo(lastSeq + 1);
        }
    }

    @Test
    void someoneWhoIsNotAMemberIsRefusedWith403() {
        assertThatThrownBy(() -> LiveClient.connect(roomId, token(DemoUsers.MORGAN)))
                .isInstanceOfSatisfying(
                        LiveClient.Refused.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void noTokenIsRefusedWith401() {
        assertThatThrownBy(() -> LiveClient.connect(roomId, null))
                .isInstanceOfSatisfying(
                        LiveClient.Refused.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void aForeignOriginIsRefusedWith403() {
        assertThatThrownBy(() -> LiveClient.connect(roomId, token(DemoUsers.ALEX), "https://elsewhere.example"))
                .isInstanceOfSatisfying(
                        LiveClient.Refused.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void theAppsOwnOriginIsAllowed() {
        try (LiveClient alex = LiveClient.connect(roomId, token(DemoUsers.ALEX), TestStack.appUrl())) {
            assertThat(alex.next("welcome").getString("protocol")).isEqualTo("attune.v1");
        }
    }

    @Test
    void aReconnectWithResumeReceivesWhatWasMissed() {
        long samLastSeq;
        try (LiveClient sam = LiveClient.connect(roomId, token(DemoUsers.SAM))) {
            samLastSeq = sam.next("welcome").getJsonNumber("lastSeq").longValue();
        }
        try (LiveClient alex = LiveClient.connect(roomId, token(DemoUsers.ALEX))) {
            alex.next("welcome");
            alex.send(say("away-1", "Are you still with me?"));
            alex.next("ack");
        }
        try (LiveClient sam = LiveClient.connect(roomId, token(DemoUsers.SAM))) {
            sam.next("welcome");
            sam.send(Json.object()
                    .add("type", "resume")
                    .add("id", "r-1")
                    .add("afterSeq", samLastSeq)
                    .build());
            JsonObject missed = sam.next("event");
            assertThat(missed.getJsonNumber("seq").longValue()).isEqualTo(samLastSeq + 1);
            assertThat(missed.getString("text")).isEqualTo("Are you still with me?");
            JsonObject ack = sam.next("ack");
            assertThat(ack.getString("id")).isEqualTo("r-1");
            assertThat(ack.getJsonNumber("seq").longValue()).isEqualTo(samLastSeq + 1);
        }
    }

    @Test
    void theSameCommandIdTwiceGivesOneEventAndTheSameAck() {
        try (LiveClient alex = LiveClient.connect(roomId, token(DemoUsers.ALEX));
                LiveClient sam = LiveClient.connect(roomId, token(DemoUsers.SAM))) {
            alex.next("welcome");
            sam.next("welcome");

            alex.send(say("dup-1", "Once, please."));
            JsonObject first = alex.next("ack");
            alex.send(say("dup-1", "Once, please."));
            JsonObject second = alex.next("ack");
            alex.send(say("dup-2", "And this is new."));
            JsonObject third = alex.next("ack");

            assertThat(second).isEqualTo(first);
            long seq = first.getJsonNumber("seq").longValue();
            assertThat(third.getJsonNumber("seq").longValue()).isEqualTo(seq + 1);
            List<Long> samSees = List.of(
                    sam.next("event").getJsonNumber("seq").longValue(),
                    sam.next("event").getJsonNumber("seq").longValue());
            assertThat(samSees).containsExactly(seq, seq + 1);
        }
    }

    @Test
    void theSameCommandIdAfterAReconnectStillGivesTheSameAck() {
        JsonObject first;
        try (LiveClient alex = LiveClient.connect(roomId, token(DemoUsers.ALEX))) {
            alex.next("welcome");
            alex.send(say("retry-1", "Sent just before my train went into a tunnel."));
            first = alex.next("ack");
        }
        try (LiveClient alex = LiveClient.connect(roomId, token(DemoUsers.ALEX))) {
            long lastSeq = alex.next("welcome").getJsonNumber("lastSeq").longValue();
            alex.send(say("retry-1", "Sent just before my train went into a tunnel."));
            assertThat(alex.next("ack")).isEqualTo(first);
            assertThat(lastSeq).isEqualTo(first.getJsonNumber("seq").longValue());
        }
    }

    @Test
    void aSocketOpenedInFrenchHearsItsRefusalsInFrenchAndOneWithoutALanguageInEnglish() {
        try (LiveClient sam = LiveClient.connect(roomId + "?lang=fr", token(DemoUsers.SAM));
                LiveClient alex = LiveClient.connect(roomId, token(DemoUsers.ALEX))) {
            sam.next("welcome");
            alex.next("welcome");

            sam.send(Json.object().add("type", "shout").add("id", "fr-1").build());
            alex.send(Json.object().add("type", "shout").add("id", "en-1").build());

            JsonObject french = sam.next("error");
            assertThat(french.getString("code")).isEqualTo("bad_request");
            assertThat(french.getString("id")).isEqualTo("fr-1");
            assertThat(french.getString("message")).isEqualTo("Type de commande inconnu\u00a0: «\u00a0shout\u00a0».");
            assertThat(alex.next("error").getString("message")).isEqualTo("Unknown command type \"shout\".");

            sam.send(say("fr-2", "a".repeat(2001)));
            assertThat(sam.next("error").getString("message"))
                    .isEqualTo("Un message peut compter au plus 2000 caractères.");
        }
    }

    @Test
    void badInputGetsAClearErrorAndTheSocketStaysOpen() {
        try (LiveClient alex = LiveClient.connect(roomId, token(DemoUsers.ALEX))) {
            long lastSeq = alex.next("welcome").getJsonNumber("lastSeq").longValue();

            alex.sendRaw("{not json");
            JsonObject malformed = alex.next("error");
            assertThat(malformed.getString("code")).isEqualTo("bad_request");
            assertThat(malformed.isNull("id")).isTrue();

            alex.send(Json.object().add("type", "shout").add("id", "x-1").build());
            JsonObject unknown = alex.next("error");
            assertThat(unknown.getString("code")).isEqualTo("bad_request");
            assertThat(unknown.getString("id")).isEqualTo("x-1");

            alex.send(say("x-2", "a".repeat(2001)));
            JsonObject tooLong = alex.next("error");
            assertThat(tooLong.getString("code")).isEqualTo("too_large");
            assertThat(tooLong.getString("message")).contains("2000");

            alex.send(say("x-3", "   "));
            assertThat(alex.next("error").getString("code")).isEqualTo("bad_request");

            alex.sendRaw("{\"type\":\"resume\",\"id\":\"r-1\",\"afterSeq\":18446744073709551616}");
            JsonObject outOfRange = alex.next("error");
            assertThat(outOfRange.getString("code")).isEqualTo("bad_request");
            assertThat(outOfRange.getString("id")).isEqualTo("r-1");

            alex.send(Json.object().add("type", "ping").add("id", "p-1").build());
            assertThat(alex.next("pong").getString("id"))
                    .as("the socket still answers")
                    .isEqualTo("p-1");

            alex.send(Json.object()
                    .add("type", "resume")
                    .add("id", "r-2")
                    .add("afterSeq", lastSeq)
                    .build());
            JsonObject ack = alex.next("ack");
            assertThat(ack.getJsonNumber("seq").longValue())
                    .as("nothing was recorded by the refused commands")
                    .isEqualTo(lastSeq);
        }
    }

    @Test
    void aPartnerAskingForATherapistsTurnCommandIsRefusedAsForbiddenWhateverTheProtocol() {
        try (LiveClient alex = LiveClient.connect(roomId, token(DemoUsers.ALEX))) {
            alex.next("welcome");
            alex.send(Json.object()
                    .add("type", "grant_floor")
                    .add("id", "g-1")
                    .add("to", DemoUsers.idOf(DemoUsers.SAM))
                    .build());
            JsonObject refused = alex.next("error");
            assertThat(refused.getString("code"))
                    .as("authority comes before the open conversation's own rules")
                    .isEqualTo("forbidden");
            assertThat(refused.getString("message")).isEqualTo("Only a therapist of this room can give the floor.");
        }
    }

    @Test
    void anObserverReadsButCannotWrite() {
        room.invite(DemoUsers.RILEY, "observer");
        try (LiveClient riley = LiveClient.connect(roomId, token(DemoUsers.RILEY))) {
            assertThat(riley.next("welcome").getJsonObject("you").getString("role"))
                    .isEqualTo("observer");
            riley.send(say("o-1", "Hello"));
            JsonObject error = riley.next("error");
            assertThat(error.getString("code")).isEqualTo("forbidden");
            assertThat(error.getString("id")).isEqualTo("o-1");
        }
    }

    @Test
    void aFrameOver64KiBClosesTheSocketWith1009() {
        try (LiveClient alex = LiveClient.connect(roomId, token(DemoUsers.ALEX))) {
            alex.next("welcome");
            alex.sendRaw("{\"type\":\"say\",\"id\":\"big\",\"text\":\"" + "a".repeat(70 * 1024) + "\"}");
            assertThat(alex.awaitClose()).isEqualTo(1009);
        }
    }

    @Test
    void invalidUtf8ClosesTheSocketWith1007() throws Exception {
        try (RawWebSocket raw = RawWebSocket.open(TestStack.appUrl(), "/live/rooms/" + roomId, token(DemoUsers.ALEX))) {
            raw.sendText(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
            assertThat(raw.awaitCloseCode()).isEqualTo(1007);
        }
    }

    @Test
    void aFrameOver64KiBInSeveralPiecesClosesTheSocketWith1009() throws Exception {
        try (RawWebSocket raw = RawWebSocket.open(TestStack.appUrl(), "/live/rooms/" + roomId, token(DemoUsers.ALEX))) {
            byte[] piece = "a".repeat(16 * 1024).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            raw.sendFragment(piece, true, false);
            for (int i = 0; i < 4; i++) {
                raw.sendFragment(piece, false, i == 3);
            }
            assertThat(raw.awaitCloseCode()).isEqualTo(1009);
        }
    }

    @Test
    void aFloodOfCommandsIsRateLimitedWithoutClosingTheSocket() {
        try (LiveClient alex = LiveClient.connect(roomId, token(DemoUsers.ALEX))) {
            alex.next("welcome");
            for (int i = 0; i < 110; i++) {
                alex.send(Json.object().add("type", "ping").add("id", "f-" + i).build());
            }
            JsonObject limited = alex.next("error");
            assertThat(limited.getString("code")).isEqualTo("rate_limited");
            assertThat(limited.getString("id")).startsWith("f-");
        }
    }

    @Test
    void aMemberHoldsAtMostFiveSocketsAndASixthIsToldWhyInItsLanguage() {
        List<LiveClient> open = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                LiveClient c = LiveClient.connect(roomId, token(DemoUsers.SAM));
                c.next("welcome");
                open.add(c);
            }
            try (LiveClient sixth = LiveClient.connect(roomId, token(DemoUsers.SAM))) {
                assertThat(sixth.awaitClose()).isEqualTo(1008);
                assertThat(sixth.closeReason())
                        .isEqualTo("Attune is open in too many windows. Close one and try again.");
            }
            try (LiveClient inFrench = LiveClient.connect(roomId + "?lang=fr", token(DemoUsers.SAM))) {
                assertThat(inFrench.awaitClose()).isEqualTo(1008);
                assertThat(inFrench.closeReason())
                        .as("the reason is said in the language the socket was opened with")
                        .isEqualTo("Attune est ouvert dans trop de fenêtres. Fermez-en une et réessayez.");
            }
        } finally {
            open.forEach(LiveClient::close);
        }
    }

    @Test
    void withoutASessionParticipantsCannotSpeakYet() {
        TestRoom quiet = TestRoom.open();
        try (LiveClient alex = quiet.connect(DemoUsers.ALEX)) {
            assertThat(alex.next("welcome").getJsonObject("session").getBoolean("running"))
                    .isFalse();
            alex.send(say("early", "Is anyone here?"));
            JsonObject error = alex.next("error");
            assertThat(error.getString("code")).isEqualTo("no_session");
            assertThat(error.getString("id")).isEqualTo("early");
        }
    }

    @Test
    void whenTheSignInBehindASocketExpiresTheSocketIsClosedWith4001() {
        String shortLived = TestStack.tokens().shortLivedToken(DemoUsers.ALEX);
        try (LiveClient alex = LiveClient.connect(roomId, shortLived)) {
            alex.next("welcome");
            assertThat(alex.awaitClose(Duration.ofSeconds(40))).isEqualTo(4001);
        }
    }

    @Test
    void aSocketThatStopsAnsweringHeartbeatsIsClosedAndOneThatAnswersStaysOpen() throws Exception {
        try (LiveClient alive = LiveClient.connect(roomId, token(DemoUsers.SAM));
                RawWebSocket dead =
                        RawWebSocket.open(TestStack.appUrl(), "/live/rooms/" + roomId, token(DemoUsers.ALEX))) {
            alive.next("welcome");
            assertThat(dead.awaitEnd(Duration.ofSeconds(30)))
                    .as("the silent socket was closed")
                    .isTrue();
            alive.send(Json.object().add("type", "ping").add("id", "still-here").build());
            assertThat(alive.next("pong").getString("id")).isEqualTo("still-here");
        }
    }

    private static JsonObject say(String id, String text) {
        return TestRoom.say(id, text);
    }

    private static String token(String user) {
        return TestStack.tokens().accessToken(user);
    }
}
