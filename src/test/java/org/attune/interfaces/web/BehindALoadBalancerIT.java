package org.attune.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.support.LiveClient.event;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.support.Browser;
import org.attune.support.DemoUsers;
import org.attune.support.LiveClient;
import org.attune.support.LoadBalancer;
import org.attune.support.RealmFiles;
import org.attune.support.TestRoom;
import org.attune.support.TestStack;
import org.attune.support.WildFlyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * Two Attune servers in a cluster on one PostgreSQL, behind HAProxy set up as
 * the README says, and a person in Chromium who signs in and talks through it.
 * Whichever server they signed in on, the room's socket goes to the server that
 * writes the room; when that server is killed, the page reconnects through the
 * load balancer to the other, still signed in, and the conversation goes on
 * where it was. Without shared sessions one of the two steps would send the
 * person back to the sign-in. Signing out on one server closes the person's
 * sockets on the other too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BehindALoadBalancerIT {

    private static final String DATABASE = "behind_a_balancer";
    private static final String CLUSTER = "attune-it";
    private static final int[] OFFSETS = {900, 1000};
    private static final Duration START = Duration.ofMinutes(3);

    private final List<WildFlyServer> servers = new java.util.ArrayList<>();
    private LoadBalancer balancer;

    @BeforeAll
    void startTwoServersBehindTheBalancer() {
        assumeTrue(TestStack.onPostgres(), "several servers share a PostgreSQL database");
        assumeTrue(LoadBalancer.available(), "HAProxy is installed (.ci/run installs it)");
        assumeTrue(Browser.available(), "Chromium and chromedriver are installed");
        TestStack.keycloak();
        Map<String, String> environment = new HashMap<>(TestStack.ownDatabase(DATABASE));
        environment.put("ATTUNE_ALLOWED_ORIGINS", RealmFiles.TEST_BALANCER);
        servers.addAll(WildFlyServer.cluster(
                CLUSTER,
                Path.of(System.getProperty("jboss.home")),
                Path.of(System.getProperty("attune.war")),
                TestStack.work(),
                environment,
                OFFSETS));
        WildFlyServer.startInTurn(servers, START);
        balancer = new LoadBalancer(
                        Integer.parseInt(RealmFiles.TEST_BALANCER.replaceFirst(".*:", "")),
                        TestStack.work().resolve("balancer"),
                        servers)
                .start();
        balancer.awaitServing(servers.size(), Duration.ofSeconds(30));
    }

    @AfterAll
    void stop() {
        if (balancer != null) {
            balancer.close();
        }
        servers.forEach(WildFlyServer::close);
    }

    /**
     * Alex has a room open on each server (two rooms, each written by its own
     * server) and signs out in the browser, through the balancer: whichever
     * server takes the sign-out, the sockets on both are closed, the other's
     * within seconds. Before, the other server's socket stayed open until its
     * token ran out, minutes later.
     */
    @Test
    @Order(1)
    void signingOutOnOneServerClosesThePersonsSocketsOnTheOther() {
        TestRoom first = TestRoom.open(balancer.baseUrl());
        TestRoom second = TestRoom.open(balancer.baseUrl());
        String token = TestRoom.token(DemoUsers.ALEX);
        try (LiveClient onFirst = LiveClient.connect(wsOf(servers.get(0)), first.id(), token, null);
                LiveClient onSecond = LiveClient.connect(wsOf(servers.get(1)), second.id(), token, null);
                Browser alex = new Browser()) {
            onFirst.next("welcome");
            onSecond.next("welcome");
            alex.open(balancer.baseUrl() + "/");
            alex.visible(By.id("sign-in")).click();
            alex.signIn(DemoUsers.ALEX, DemoUsers.PASSWORD);
            alex.visible(By.id("sign-out")).click();
            alex.visible(By.id("sign-in"));

            assertThat(onFirst.awaitClose(Duration.ofSeconds(15)))
                    .as("the socket on the first server")
                    .isEqualTo(1008);
            assertThat(onSecond.awaitClose(Duration.ofSeconds(15)))
                    .as("the socket on the second server")
                    .isEqualTo(1008);
        }
    }

    private static String wsOf(WildFlyServer server) {
        return "ws://localhost:" + server.httpPort();
    }

    @Test
    @Order(2)
    void aPersonSignedInThroughTheBalancerTalksOnWhenTheServerWritingTheirRoomIsKilled() throws SQLException {
        TestRoom room = TestRoom.inSession(balancer.baseUrl());
        String ws = balancer.baseUrl().replaceFirst("^http", "ws");
        try (Browser alex = new Browser();
                LiveClient sam = enter(ws, room, DemoUsers.SAM)) {
            alex.signInAndOpenRoom(balancer.baseUrl(), DemoUsers.ALEX, room.id());
            alex.waitForText(By.id("connection"), "Connected");
            say(alex, "I wanted us to talk about Sunday.");
            assertThat(sam.next(event("message")).getString("text")).isEqualTo("I wanted us to talk about Sunday.");

            WildFlyServer writer = writerOf(room);
            writer.kill();

            alex.waitForText(By.id("connection"), "Reconnecting", Duration.ofSeconds(20));
            alex.waitForText(By.id("connection"), "Connected", Duration.ofSeconds(30));
            try (LiveClient samAgain = enter(ws, room, DemoUsers.SAM)) {
                say(alex, "I felt left behind.");
                assertThat(samAgain.next(event("message")).getString("text"))
                        .as("the room is live on the server left, for both of them")
                        .isEqualTo("I felt left behind.");
            }
            assertThat(writerOf(room)).as("the room moved to the server left").isNotSameAs(writer);
        }
        assertThat(TestRoom.wholeLog(ws, room.id()).stream()
                        .filter(e -> "message".equals(e.getString("kind")))
                        .map(e -> e.getString("text")))
                .containsExactly("I wanted us to talk about Sunday.", "I felt left behind.");
    }

    /**
     * Opens a socket through the balancer as the page does: when the room has
     * just moved to another server (1001), it connects again.
     */
    private static LiveClient enter(String ws, TestRoom room, String username) {
        for (int attempt = 1; ; attempt++) {
            LiveClient client = LiveClient.connect(ws, room.id(), TestRoom.token(username), null);
            try {
                client.next("welcome");
                return client;
            } catch (AssertionError e) {
                client.close();
                if (attempt == 3) {
                    throw e;
                }
                System.out.println(username + " connects again: " + e.getMessage());
            }
        }
    }

    private static void say(Browser browser, String text) {
        browser.visible(By.id("message")).clear();
        browser.visible(By.id("message")).sendKeys(text);
        browser.driver().findElement(By.id("send")).click();
    }

    /** The server that holds the room now, as the database records it. */
    private WildFlyServer writerOf(TestRoom room) throws SQLException {
        try (Connection db = TestStack.postgres().superuser(DATABASE);
                PreparedStatement query = db.prepareStatement("select writer from room where id = ?")) {
            query.setString(1, room.id());
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("the room is stored").isTrue();
                String writer = row.getString(1);
                return servers.stream()
                        .filter(s -> writer != null && writer.startsWith(CLUSTER + "-" + offsetOf(s) + "/"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("No server of the cluster holds the room: " + writer));
            }
        }
    }

    private static int offsetOf(WildFlyServer server) {
        return server.httpPort() - 8080;
    }
}
