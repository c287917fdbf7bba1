package org.attune.application.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.support.AlsoOnH2;
import org.attune.support.ApiClient;
import org.attune.support.Browser;
import org.attune.support.DemoUsers;
import org.attune.support.ExtraRedirect;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.attune.support.TestStack;
import org.attune.support.WildFlyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * A first run as the development command makes it: a server of its own, on an
 * empty database, with {@code ATTUNE_DEMO_DATA=true}. Every demo login lands in
 * a room with a conversation under way, seeded through the application itself
 * (invitations accepted, events in sequence, audited); a restart adds nothing.
 * The browser test's picture is {@code docs/screenshots/first-run-alex.png}.
 */
@AlsoOnH2
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoDataIT {

    private static final int PORT_OFFSET = 260;
    private static final String ALEX_AND_SAM = "Alex & Sam";
    private static final String THE_BLAKES = "The Blakes";

    private static WildFlyServer server;
    private static ApiClient api;

    @BeforeAll
    static void startAFreshDevelopmentServer() {
        Map<String, String> env = new HashMap<>(TestStack.ownDatabase("demo"));
        env.put("ATTUNE_DEMO_DATA", "true");
        env.put("ATTUNE_ALLOWED_ORIGINS", "http://localhost:" + (8080 + PORT_OFFSET));
        server = new WildFlyServer(
                Path.of(System.getProperty("jboss.home")),
                TestStack.work().resolve("demo-server"),
                Path.of(System.getProperty("attune.war")),
                PORT_OFFSET,
                env);
        TestStack.keycloak();
        server.start().awaitDeployed(Duration.ofMinutes(3));
        api = new ApiClient(server.baseUrl());
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void eachPartnerLandsInTheCouplesRoomWithItsConversationUnderWay() {
        for (String partner : List.of(DemoUsers.ALEX, DemoUsers.SAM)) {
            assertThat(roomNames(partner)).as(partner).containsExactly(ALEX_AND_SAM);
        }
        String roomId = roomId(DemoUsers.ALEX, ALEX_AND_SAM);
        try (LiveClient alex = live(roomId, DemoUsers.ALEX)) {
            JsonObject welcome = alex.next("welcome");
            assertThat(welcome.getJsonObject("session").getBoolean("running")).isTrue();
            JsonObject turn = welcome.getJsonObject("turn");
            assertThat(turn.getString("protocol")).isEqualTo("speaker_listener");
            assertThat(turn.getString("holder")).isEqualTo(DemoUsers.idOf(DemoUsers.ALEX));
            assertThat(welcome.getJsonObject("pause").getBoolean("paused"))
                    .as("the time-out is behind them")
                    .isFalse();

            String replay = alex.replayAfter(0);
            assertThat(replay)
                    .contains("I feel left out")
                    .contains("\"kind\":\"paraphrase\"")
                    .contains("\"kind\":\"paused\"")
                    .contains("\"kind\":\"check_in\"")
                    .contains("\"kind\":\"resumed\"")
                    .contains("\"kind\":\"repair_accepted\"")
                    .contains("I miss that time with you")
                    .doesNotContain("\"kind\":\"screen_answered\"");
        }
    }

    @Test
    @Order(2)
    void theFamilyLandsInARoundWithRileyHoldingTheTalkingStick() {
        for (String member : List.of(DemoUsers.MORGAN, DemoUsers.JAMIE, DemoUsers.RILEY)) {
            assertThat(roomNames(member)).as(member).containsExactly(THE_BLAKES);
        }
        try (LiveClient morgan = live(roomId(DemoUsers.MORGAN, THE_BLAKES), DemoUsers.MORGAN)) {
            JsonObject turn = morgan.next("welcome").getJsonObject("turn");
            assertThat(turn.getString("protocol")).isEqualTo("round");
            assertThat(turn.getString("holder")).isEqualTo(DemoUsers.idOf(DemoUsers.RILEY));
            assertThat(morgan.replayAfter(0))
                    .contains("Cooking dinner together")
                    .contains("\"kind\":\"floor_passed\"")
                    .contains("\"kind\":\"ready\"")
                    .contains("The walk by the river");
        }
    }

    @Test
    @Order(3)
    void theTherapistHasBothRoomsTheirLogsInSequenceAndTheirAuditTrail() {
        assertThat(roomNames(DemoUsers.THERAPIST)).containsExactlyInAnyOrder(ALEX_AND_SAM, THE_BLAKES);
        String roomId = roomId(DemoUsers.THERAPIST, ALEX_AND_SAM);
        List<JsonObject> log = TestRoom.wholeLog(server.baseUrl().replaceFirst("^http", "ws"), roomId);
        assertThat(log)
                .extracting(e -> e.getJsonNumber("seq").longValue())
                .as("one event after the other, from the first")
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, log.size())
                        .boxed()
                        .toList());
        assertThat(log)
                .extracting(e -> e.getString("kind"))
                .contains("member_joined", "screen_answered", "room_cleared", "session_started")
                .doesNotContain("safety_alert", "held_message", "signals", "escalation");

        var audit = api.get("/api/rooms/" + roomId + "/audit", TestRoom.token(DemoUsers.THERAPIST));
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.body()).contains("room_opened").contains("invitation_created");
    }

    @Test
    @Order(4)
    void signingInAsAlexInABrowserShowsTheRoomAndItsConversation() throws Exception {
        try (var redirect = new ExtraRedirect(server.baseUrl());
                Browser alex = new Browser()) {
            alex.open(server.baseUrl() + "/");
            alex.visible(By.id("sign-in")).click();
            alex.signIn(DemoUsers.ALEX, DemoUsers.PASSWORD);
            alex.waitForText(By.id("rooms"), ALEX_AND_SAM);
            assertThat(alex.driver().findElement(By.id("no-rooms")).isDisplayed())
                    .isFalse();

            alex.driver().findElement(By.linkText(ALEX_AND_SAM)).click();
            alex.waitForText(By.id("transcript"), "I miss that time with you");
            assertThat(alex.driver().findElement(By.id("transcript")).getText())
                    .contains("I feel left out")
                    .contains("Sam Rivera");
            alex.screenshot("first-run-alex");
        }
    }

    @Test
    @Order(5)
    void aRestartAddsNothing() throws IOException {
        server.close();
        server.start().awaitDeployed(Duration.ofMinutes(3));

        assertThat(roomNames(DemoUsers.THERAPIST)).containsExactlyInAnyOrder(ALEX_AND_SAM, THE_BLAKES);
        assertThat(roomNames(DemoUsers.ALEX)).containsExactly(ALEX_AND_SAM);
        assertThat(Files.readString(server.log())).contains("no demo data added");
    }

    private static List<JsonObject> rooms(String username) {
        var response = api.get("/api/rooms", TestRoom.token(username));
        assertThat(response.statusCode()).isEqualTo(200);
        return jakarta.json.Json.createReader(new StringReader(response.body()))
                .readArray()
                .getValuesAs(JsonObject.class);
    }

    private static List<String> roomNames(String username) {
        return rooms(username).stream().map(r -> r.getString("name")).toList();
    }

    private static String roomId(String username, String name) {
        return rooms(username).stream()
                .filter(r -> name.equals(r.getString("name")))
                .findFirst()
                .orElseThrow()
                .getString("id");
    }

    private static LiveClient live(String roomId, String username) {
        return LiveClient.connect(server.baseUrl().replaceFirst("^http", "ws"), roomId, TestRoom.token(username), null);
    }
}
