package org.attune.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.attune.support.AttuneIT;
import org.attune.support.Browser;
import org.attune.support.DemoUsers;
import org.attune.support.LiveClient;
import org.attune.support.RoomLayout;
import org.attune.support.TestRoom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The room as a calm messenger, in a real browser: words as bubbles (mine on
 * the right, the others' on the left, the therapist's guidance in the middle),
 * what the room does as quiet lines, a banner that says whose turn it is and
 * lights up (with a chime, if asked for) when the turn becomes mine, and the
 * composer pinned to the bottom of a phone, a tablet and a desktop screen,
 * light and dark, with nothing overlapping and no serious accessibility violation.
 */
class BrowserRoomLayoutIT extends AttuneIT {

    private static final String ALEX_SAYS = "When you worked late on Friday, I felt forgotten.";
    private static final String SAM_PARAPHRASES = "You felt forgotten when I worked late on Friday.";

    /**
     * A moderated couple's room in session: Maya welcomes them, Sam says two things in a row,
     * Alex answers; then speaker-listener with Alex speaking, and Sam to say back what he heard.
     */
    private static TestRoom conversationSoFar() {
        TestRoom room = TestRoom.open().clearedForConversation();
        String alexId = DemoUsers.idOf(DemoUsers.ALEX);
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient alex = room.enter(DemoUsers.ALEX);
                LiveClient sam = room.enter(DemoUsers.SAM)) {
            act(maya, TestRoom.command("start_session", "m-1").build());
            act(
                    maya,
                    TestRoom.command("guide", "m-2")
                            .add("text", "Welcome, both of you. One at a time, and take your time.")
                            .build());
            act(sam, TestRoom.say("s-1", "I've been feeling like we never get time together."));
            act(sam, TestRoom.say("s-2", "Weekends just disappear."));
            act(alex, TestRoom.say("a-1", "I miss that too."));
            act(
                    maya,
                    TestRoom.command("set_protocol", "m-3")
                            .add("protocol", "speaker_listener")
                            .build());
            act(maya, TestRoom.command("grant_floor", "m-4").add("to", alexId).build());
            act(alex, TestRoom.say("a-2", ALEX_SAYS));
        }
        return room;
    }

    private static void act(LiveClient client, JsonObject command) {
        client.send(command);
        client.next(LiveClient.ack(command.getString("id")));
    }

    @Test
    void theRoomReadsLikeAMessengerAndTheTurnLightsUpAndChimesWhenItBecomesMine() {
        TestRoom room = conversationSoFar();
        try (LiveClient sam = room.enter(DemoUsers.SAM);
                Browser alex = new Browser()) {
            alex.driver().manage().window().setSize(new Dimension(1280, 900));
            alex.signInAndOpenRoom(DemoUsers.ALEX, room.id());
            alex.waitForText(By.id("transcript"), ALEX_SAYS);

            assertThat(texts(alex, "#transcript li.msg.theirs"))
                    .containsExactly(
                            "Sam Rivera · " + time(alex, "I've been feeling")
                                    + "\nI've been feeling like we never get time together.",
                            "Weekends just disappear.");
            assertThat(texts(alex, "#transcript li.msg.theirs.continued")).containsExactly("Weekends just disappear.");
            assertThat(texts(alex, "#transcript li.msg.mine"))
                    .as("mine on the other side, my name for screen readers only")
                    .hasSize(2)
                    .allMatch(text -> !text.contains("Alex Chen"));
            assertThat(texts(alex, "#transcript li.msg.guide"))
                    .singleElement()
                    .asString()
                    .contains("Maya Ortiz", "Guidance", "Welcome, both of you.");
            assertThat(texts(alex, "#transcript li.line"))
                    .anyMatch(text -> text.startsWith("Sam Rivera listens."))
                    .anyMatch(text -> text.startsWith("The session has started."));
            assertThat(texts(alex, "#transcript li.day")).containsExactly("Today");

            alex.waitForText(By.id("turn-whose"), "Sam Rivera's turn");
            alex.waitForText(By.id("turn-state"), "Sam Rivera says back what they heard.");
            assertThat(alex.driver().findElement(By.id("turn-chime")).isSelected())
                    .as("the chime is off until asked for")
                    .isFalse();
            alex.driver().executeScript(FAKE_AUDIO);
            assertThat(alex.driver().findElement(By.id("turn-chime")).isDisplayed())
                    .isTrue();
            // Clicked where it is, in the banner stuck at the top: no scrolling on the way.
            alex.driver().executeScript("document.getElementById('turn-chime').click()");

            sam.send(TestRoom.say("s-3", SAM_PARAPHRASES));
            alex.waitForText(By.id("turn-whose"), "Your turn");
            alex.until(d ->
                    d.findElement(By.id("turn-banner")).getDomAttribute("class").contains("now-yours"));
            assertThat(alex.driver().findElement(By.id("turn-banner")).getDomAttribute("class"))
                    .contains("mine");
            assertThat(((Number) alex.driver().executeScript("return window.__tones.length")).intValue())
                    .as("a soft chime of two notes")
                    .isEqualTo(2);
            alex.waitForText(By.id("transcript"), SAM_PARAPHRASES);
            assertThat(texts(alex, "#transcript li.msg.theirs .bubble.paraphrase"))
                    .singleElement()
                    .asString()
                    .startsWith("Paraphrase");
            alex.visible(By.id("confirm-yes"));
            alex.until(d -> !d.findElement(By.id("turn-banner"))
                    .getDomAttribute("class")
                    .contains("now-yours"));
            alex.screenshotOfWindow("room-participant");

            alex.driver().navigate().refresh();
            alex.waitForText(By.id("turn-whose"), "Your turn");
            assertThat(alex.driver().findElement(By.id("turn-chime")).isSelected())
                    .as("the chime is remembered on this device")
                    .isTrue();
        }
    }

    @Test
    void onAPhoneATabletAndADesktopTheComposerStaysInViewAndNothingOverlapsInLightAndDark() {
        TestRoom room = conversationSoFar();
        try (LiveClient sam = room.enter(DemoUsers.SAM)) {
            act(sam, TestRoom.say("s-3", SAM_PARAPHRASES));
        }
        try (Browser alex = new Browser()) {
            alex.signInAndOpenRoom(DemoUsers.ALEX, room.id());
            alex.waitForText(By.id("transcript"), SAM_PARAPHRASES);
            alex.visible(By.id("confirm-yes"));
            for (String scheme : List.of("light", "dark")) {
                alex.prefersColorScheme(scheme);
                for (Dimension size :
                        List.of(new Dimension(390, 844), new Dimension(768, 1024), new Dimension(1280, 900))) {
                    String where = size.getWidth() + " px, " + scheme;
                    alex.driver().manage().window().setSize(size);
                    RoomLayout.assertLaidOut(alex, where);
                    assertThat(alex.seriousAccessibilityViolations())
                            .as("accessibility at %s", where)
                            .isEmpty();
                    if (size.getWidth() == 390) {
                        alex.screenshotOfWindow("light".equals(scheme) ? "room-phone" : "room-phone-dark");
                    } else if (size.getWidth() == 1280 && "dark".equals(scheme)) {
                        alex.screenshotOfWindow("room-dark");
                    }
                }
            }
        }
        try (Browser maya = new Browser()) {
            maya.driver().manage().window().setSize(new Dimension(768, 1024));
            maya.signInAsTherapistAndOpenRoom(room.id());
            maya.waitForText(By.id("transcript"), SAM_PARAPHRASES);
            maya.waitForText(By.id("connection"), "Connected");
            for (String scheme : List.of("dark", "light")) {
                maya.prefersColorScheme(scheme);
                RoomLayout.assertLaidOut(maya, "the therapist at 768 px, " + scheme);
                assertThat(maya.seriousAccessibilityViolations())
                        .as("the therapist's room at 768 px, %s", scheme)
                        .isEmpty();
            }
            JsonObject columns = read(
                    (String)
                            maya.driver()
                                    .executeScript(
                                            "return JSON.stringify({ main: document.querySelector('.room-main').getBoundingClientRect().toJSON(),"
                                                    + " console: document.getElementById('console').getBoundingClientRect().toJSON() })"));
            assertThat(columns.getJsonObject("console").getJsonNumber("left").doubleValue())
                    .as("the console beside the conversation on a tablet: %s", columns)
                    .isGreaterThanOrEqualTo(
                            columns.getJsonObject("main").getJsonNumber("right").doubleValue());
            maya.screenshotOfWindow("room-tablet-console");
            maya.driver().executeScript("document.getElementById('console').scrollIntoView()");
            assertThat(maya.driver().findElement(By.id("floor-grant")).isDisplayed())
                    .isTrue();
            assertThat(maya.driver().findElement(By.id("members-list")).getText())
                    .contains("Sam Rivera");
        }
    }

    /** A stand-in for WebAudio that counts the notes the page plays. */
    private static final String FAKE_AUDIO = """
            window.__tones = [];
            const param = { value: 0, setValueAtTime() {}, exponentialRampToValueAtTime() {} };
            window.AudioContext = class {
                constructor() { this.currentTime = 0; this.destination = {}; }
                resume() { return Promise.resolve(); }
                createGain() { return { gain: param, connect: (next) => next }; }
                createOscillator() {
                    const tone = { frequency: { value: 0 }, connect: (next) => next, start() {}, stop() {} };
                    window.__tones.push(tone);
                    return tone;
                }
            };
            """;

    private static List<String> texts(Browser browser, String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream()
                .map(element -> element.getText())
                .toList();
    }

    /**
     * The time a message shows beside its writer's name, as the page's own clock writes it and
     * as WebDriver reads it: the no-break spaces that hold a time together as plain ones.
     */
    private static String time(Browser browser, String words) {
        return (String) browser.driver()
                .executeScript(
                        "const item = [...document.querySelectorAll('#transcript li.msg')]"
                                + ".find((li) => li.textContent.includes(arguments[0]));"
                                + "return item.querySelector('.meta').textContent.split(' · ')[1].replace(/\\u00a0/g, ' ');",
                        words);
    }

    private static JsonObject read(String json) {
        return RoomLayout.read(json);
    }
}
