package org.attune.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.attune.support.ApiClient;
import org.attune.support.AttuneIT;
import org.attune.support.Browser;
import org.attune.support.DemoUsers;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.attune.support.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * "Leave quickly", in a real browser in a live room: the button and Esc pressed
 * twice each take the person to the practice's neutral site at once, sign
 * them out of Attune and of Keycloak on the way, and Back does not bring the
 * conversation back. The test's WildFly is given a neutral
 * site that this test serves on loopback ({@code ATTUNE_QUICK_EXIT_ADDRESS}).
 */
class QuickExitIT extends AttuneIT {

    private static final String NEUTRAL_SITE =
            System.getenv().getOrDefault("ATTUNE_QUICK_EXIT_ADDRESS", "http://127.0.0.1:18099/weather.html");
    private static final String WORDS = "I have been thinking about moving in the spring.";

    private static HttpServer weather;

    @BeforeAll
    static void serveTheNeutralSite() throws IOException {
        URI address = URI.create(NEUTRAL_SITE);
        weather = HttpServer.create(
                new InetSocketAddress(InetAddress.getByName(address.getHost()), address.getPort()), 0);
        weather.createContext(address.getPath(), exchange -> {
            byte[] page = "<!doctype html><html lang=\"en\"><head><title>Weather</title></head>"
                    .concat("<body><h1>Today: mild, light rain later</h1></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (var body = exchange.getResponseBody()) {
                body.write(page);
            }
        });
        weather.start();
    }

    @AfterAll
    static void stopServingIt() {
        weather.stop(0);
    }

    @Test
    void theButtonLeavesTheRoomForTheNeutralSiteAndBackDoesNotShowTheConversation() {
        TestRoom room = TestRoom.inSession();
        try (LiveClient sam = room.enter(DemoUsers.SAM);
                Browser alex = new Browser()) {
            inTheRoom(alex, room, sam);
            alex.driver().manage().window().setSize(new Dimension(390, 844));
            assertThat(alex.visible(By.id("quick-exit")).getText()).isEqualTo("Leave quickly");
            alex.screenshot("quick-exit-phone");
            alex.driver().manage().window().setSize(new Dimension(1280, 900));
            alex.screenshot("quick-exit-desktop");

            alex.visible(By.id("quick-exit")).click();

            onTheNeutralSiteAndNotBack(alex);
        }
    }

    @Test
    void escPressedTwiceLeavesTheRoomForTheNeutralSite() {
        TestRoom room = TestRoom.inSession();
        try (LiveClient sam = room.enter(DemoUsers.SAM);
                Browser alex = new Browser()) {
            inTheRoom(alex, room, sam);
            assertThat(alex.driver().findElement(By.id("quick-exit")).getDomAttribute("title"))
                    .as("the button's title shows the shortcut")
                    .contains("Esc twice");

            new Actions(alex.driver())
                    .sendKeys(Keys.ESCAPE)
                    .sendKeys(Keys.ESCAPE)
                    .perform();

            onTheNeutralSiteAndNotBack(alex);
        }
    }

    @Test
    void theCalmScreenKeepsTheWayOutAndAFamilyRoomShowsItsLineForYoungPeople() {
        TestRoom family = TestRoom.family("moderated");
        String therapist = TestRoom.token(DemoUsers.THERAPIST);
        assertThat(ApiClient.forTestStack()
                        .patch("/api/rooms/" + family.id(), therapist, "{\"crisisRegion\":\"CA\"}")
                        .statusCode())
                .isEqualTo(200);
        try (Browser morgan = new Browser()) {
            morgan.open(TestStack.appUrl() + "/");
            morgan.visible(By.id("sign-in"));
            assertThat(morgan.visible(By.id("quick-exit")).isDisplayed())
                    .as("before signing in too")
                    .isTrue();
            morgan.driver().findElement(By.id("sign-in")).click();
            morgan.signIn(DemoUsers.MORGAN, DemoUsers.PASSWORD);
            morgan.visible(By.id("join-code"));
            morgan.open(TestStack.appUrl() + "/?room=" + family.id());
            morgan.waitForText(By.id("connection"), "Connected");

            morgan.visible(By.id("crisis-open")).click();
            morgan.waitForText(By.id("crisis-list"), "For young people: Kids Help Phone");
            assertThat(morgan.driver().findElement(By.id("crisis-list")).getText())
                    .contains("9-8-8 Suicide Crisis Helpline", "ShelterSafe");
        }
    }

    private static void inTheRoom(Browser alex, TestRoom room, LiveClient sam) {
        sam.send(TestRoom.say("s-1", WORDS));
        sam.next(LiveClient.ack("s-1"));
        alex.signInAndOpenRoom(DemoUsers.ALEX, room.id());
        alex.waitForText(By.id("connection"), "Connected");
        alex.waitForText(By.id("transcript"), WORDS);
        alex.visible(By.id("message")).sendKeys("Something I have not sent yet");
        assertThat(alex.driver().getTitle())
                .as("the title names no room, person or topic")
                .isEqualTo("Attune");
    }

    private static void onTheNeutralSiteAndNotBack(Browser alex) {
        alex.until(driver -> NEUTRAL_SITE.equals(driver.getCurrentUrl()));
        assertThat(alex.driver().getTitle()).isEqualTo("Weather");

        alex.driver().navigate().back();
        alex.until(driver -> !NEUTRAL_SITE.equals(driver.getCurrentUrl()));
        // The exit signed the person out on its way: Back finds Attune signed out.
        alex.visible(By.id("signed-out"));
        assertThat(alex.driver().findElement(By.id("who")).isDisplayed()).isFalse();
        assertThat(alex.driver().getCurrentUrl())
                .as("the room's page is gone from the history")
                .doesNotContain("room=");
        assertThat(alex.driver().getPageSource()).doesNotContain(WORDS, "Something I have not sent yet");
        assertThat(alex.driver().findElements(By.cssSelector("#transcript li"))).isEmpty();

        // And at Keycloak too: signing in again asks for the password, it does not walk straight back in.
        alex.driver().findElement(By.id("sign-in")).click();
        assertThat(alex.visible(By.id("username")).isDisplayed()).isTrue();
        assertThat(alex.driver().findElement(By.id("password")).isDisplayed()).isTrue();
    }
}
