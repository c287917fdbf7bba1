package org.attune.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.attune.support.AttuneIT;
import org.attune.support.Browser;
import org.attune.support.DemoUsers;
import org.attune.support.LiveClient;
import org.attune.support.RoomLayout;
import org.attune.support.TestRoom;
import org.attune.support.TestStack;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The app shell: every page loads with no 404 and no console error; the service
 * worker keeps the shell and never a conversation; dark mode follows the system
 * and keeps WCAG AA contrast; the phone header gives the name and who is signed
 * in room to breathe.
 */
class BrowserShellIT extends AttuneIT {

    private static final String WORDS = "The blue kettle on Sunday morning";

    private static Browser loggingBrowser() {
        return new Browser(options -> {
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            logs.enable(LogType.PERFORMANCE, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
        });
    }

    /** A room in session where Sam has said something. */
    private static TestRoom roomWithWords() {
        TestRoom room = TestRoom.inSession();
        try (LiveClient sam = room.enter(DemoUsers.SAM)) {
            sam.send(TestRoom.say("s-1", WORDS));
            sam.next(LiveClient.ack("s-1"));
        }
        return room;
    }

    @Test
    void everyPageLoadsWithoutA404OrAConsoleErrorAndTheCacheHoldsOnlyTheShell() {
        TestRoom room = roomWithWords();
        try (Browser alex = loggingBrowser()) {
            alex.open(TestStack.appUrl() + "/");
            alex.visible(By.id("sign-in"));
            assertCleanLoad(alex, "the signed-out page", SIGNED_OUT_PROBE);

            alex.driver().findElement(By.id("sign-in")).click();
            alex.signIn(DemoUsers.ALEX, DemoUsers.PASSWORD);
            alex.visible(By.id("join-code"));
            drain(alex);
            alex.open(TestStack.appUrl() + "/");
            alex.visible(By.id("join-code"));
            assertCleanLoad(alex, "the start page");

            alex.open(TestStack.appUrl() + "/?room=" + room.id());
            alex.waitForText(By.id("transcript"), WORDS);
            assertCleanLoad(alex, "a room page");

            JsonObject manifest = run(alex, MANIFEST_AND_ICONS);
            assertThat(manifest.getString("name")).isEqualTo("Attune");
            assertThat(manifest.getJsonArray("icons").getValuesAs(JsonObject.class).stream()
                            .filter(icon -> "image/png".equals(icon.getString("type")))
                            .toList())
                    .extracting(
                            icon -> icon.getString("sizes") + " " + icon.getInt("status") + " " + icon.getInt("width"))
                    .contains("192x192 200 192", "512x512 200 512");

            // Once the service worker controls the page, the room's page again, then what it kept.
            JsonObject worker = run(alex, AWAIT_WORKER);
            assertThat(worker.getString("scope")).isEqualTo(TestStack.appUrl() + "/");
            alex.open(TestStack.appUrl() + "/?room=" + room.id());
            alex.waitForText(By.id("transcript"), WORDS);
            JsonObject kept = run(alex, CACHE_CONTENTS);
            assertThat(kept.getBoolean("controlled")).isTrue();
            List<JsonObject> entries = kept.getJsonArray("entries").getValuesAs(JsonObject.class);
            List<String> urls =
                    entries.stream().map(entry -> entry.getString("url")).toList();
            assertThat(urls)
                    .contains(
                            TestStack.appUrl() + "/",
                            TestStack.appUrl() + "/app.js",
                            TestStack.appUrl() + "/i18n/en.json");
            assertThat(urls).noneMatch(url -> url.contains("/api/") || url.contains("/live/") || url.contains("?"));
            assertThat(entries)
                    .as("no conversation words and no room in the Cache Storage")
                    .noneMatch(entry -> entry.getString("text").contains(WORDS)
                            || entry.getString("text").contains(room.id()));
            assertCleanLoad(alex, "the room page from the service worker");
        }
    }

    @Test
    void darkAndLightKeepAaContrastAndThePhoneHeaderBreathes() {
        TestRoom room = roomWithWords();
        try (Browser alex = new Browser()) {
            for (String scheme : List.of("light", "dark")) {
                emulate(alex, scheme);
                alex.open(TestStack.appUrl() + "/");
                alex.visible(By.id("sign-in"));
                assertThat(alex.driver()
                                .executeScript("return getComputedStyle(document.documentElement).backgroundColor"))
                        .as("the page's background in the %s theme", scheme)
                        .isEqualTo("light".equals(scheme) ? "rgb(247, 245, 242)" : "rgb(21, 24, 28)");
                assertThat(alex.seriousAccessibilityViolations())
                        .as("the signed-out page, %s", scheme)
                        .isEmpty();
            }
            alex.visible(By.id("sign-in")).click();
            alex.signIn(DemoUsers.ALEX, DemoUsers.PASSWORD);
            alex.visible(By.id("join-code"));
            for (String scheme : List.of("light", "dark")) {
                emulate(alex, scheme);
                alex.open(TestStack.appUrl() + "/");
                alex.visible(By.id("join-code"));
                assertThat(alex.seriousAccessibilityViolations())
                        .as("the start page, %s", scheme)
                        .isEmpty();
                alex.open(TestStack.appUrl() + "/?room=" + room.id());
                alex.waitForText(By.id("transcript"), WORDS);
                alex.waitForText(By.id("connection"), "Connected");
                assertThat(alex.seriousAccessibilityViolations())
                        .as("a room page, %s", scheme)
                        .isEmpty();
            }
            alex.screenshot("shell-room-dark");

            alex.driver().manage().window().setSize(new Dimension(390, 844));
            alex.driver().executeScript("window.scrollTo(0, 0)");
            JsonObject boxes = run(alex, HEADER_BOXES);
            assertThat(RoomLayout.overlap(boxes.getJsonObject("name"), boxes.getJsonObject("who")))
                    .as("“Attune” and “Signed in as …” at 390 px: %s", boxes)
                    .isFalse();
            assertThat(RoomLayout.overlap(boxes.getJsonObject("who"), boxes.getJsonObject("exit")))
                    .as("“Signed in as …” and “Leave quickly” at 390 px: %s", boxes)
                    .isFalse();
            assertThat(RoomLayout.overlap(boxes.getJsonObject("name"), boxes.getJsonObject("exit")))
                    .as("“Attune” and “Leave quickly” at 390 px: %s", boxes)
                    .isFalse();
            assertThat(alex.seriousAccessibilityViolations())
                    .as("a room page on a phone, dark")
                    .isEmpty();
            alex.screenshot("shell-room-phone-dark");
        }
    }

    /** Tells the page the system prefers a light or a dark scheme, as the settings of a phone or computer do. */
    private static void emulate(Browser browser, String scheme) {
        browser.driver()
                .executeCdpCommand(
                        "Emulation.setEmulatedMedia",
                        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /**
     * How the page learns that nobody is signed in: {@code GET /api/me} answers 401, which
     * Chromium reports in the console. The only console error allowed, and only on the
     * signed-out page.
     */
    private static final String SIGNED_OUT_PROBE =
            "/api/me - Failed to load resource: the server responded with a status of 401";

    private static void assertCleanLoad(Browser browser, String page) {
        assertCleanLoad(browser, page, null);
    }

    /** Fails on a response of 404 from Attune, or an error in the console, since the last look. */
    private static void assertCleanLoad(Browser browser, String page, String allowed) {
        // The favicon and the manifest are asked for after the page has loaded; give them a moment.
        browser.until(d -> d.findElements(By.cssSelector("link[rel=manifest]")).size() == 1);
        sleep(1500);
        List<String> missing = browser.driver().manage().logs().get(LogType.PERFORMANCE).getAll().stream()
                .map(entry -> read(entry.getMessage()).getJsonObject("message"))
                .filter(message -> "Network.responseReceived".equals(message.getString("method")))
                .map(message -> message.getJsonObject("params").getJsonObject("response"))
                .filter(response -> response.getInt("status") == 404)
                .map(response -> response.getString("url"))
                .toList();
        assertThat(missing).as("404s on %s", page).isEmpty();
        List<String> errors = browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(entry -> entry.getMessage())
                .filter(message -> allowed == null || !message.contains(allowed))
                .toList();
        assertThat(errors).as("console errors on %s", page).isEmpty();
    }

    private static void drain(Browser browser) {
        browser.driver().manage().logs().get(LogType.PERFORMANCE);
        browser.driver().manage().logs().get(LogType.BROWSER);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject run(Browser browser, String script) {
        return read((String) browser.driver().executeAsyncScript(script));
    }

    private static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static final String ASYNC = "const done = arguments[arguments.length - 1];\n"
            + "(async () => { %s })().then(r => done(JSON.stringify(r)), e => done(JSON.stringify({error: String(e)})));";

    private static final String MANIFEST_AND_ICONS = ASYNC.formatted("""
            const manifest = await (await fetch(document.querySelector('link[rel=manifest]').href)).json();
            for (const icon of manifest.icons.filter(icon => icon.type === 'image/png')) {
                const response = await fetch(new URL(icon.src, location.href));
                icon.status = response.status;
                icon.width = (await createImageBitmap(await response.blob())).width;
            }
            return manifest;
            """);

    private static final String AWAIT_WORKER = ASYNC.formatted("""
            const registration = await navigator.serviceWorker.ready;
            while (!navigator.serviceWorker.controller) {
                await new Promise(resolve => setTimeout(resolve, 100));
            }
            return { scope: registration.scope };
            """);

    private static final String CACHE_CONTENTS = ASYNC.formatted("""
            const entries = [];
            for (const name of await caches.keys()) {
                const cache = await caches.open(name);
                for (const request of await cache.keys()) {
                    const response = await cache.match(request);
                    entries.push({ cache: name, url: request.url, text: await response.text() });
                }
            }
            return { controlled: !!navigator.serviceWorker.controller, entries };
            """);

    private static final String HEADER_BOXES = ASYNC.formatted("""
            const box = selector => document.querySelector(selector).getBoundingClientRect().toJSON();
            const name = document.createRange();
            name.selectNodeContents(document.querySelector('.bar h1'));
            return { name: name.getBoundingClientRect().toJSON(), who: box('#who'), exit: box('#quick-exit') };
            """);
}
