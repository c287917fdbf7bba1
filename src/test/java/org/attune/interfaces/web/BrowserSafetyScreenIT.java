package org.attune.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.attune.support.AttuneIT;
import org.attune.support.Browser;
import org.attune.support.DemoUsers;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The safety screen before joint work in real browsers: a participant answers
 * it from a calm card, their therapist sees the answers and the flag in the
 * console, resolves it and opens the room; the partner learns nothing but
 * that the room is open.
 */
class BrowserSafetyScreenIT extends AttuneIT {

    private static final String ALEX_ID = DemoUsers.idOf(DemoUsers.ALEX);

    @Test
    void aParticipantAnswersTheScreenAndTheTherapistSeesItAndOpensTheRoom() {
        TestRoom room = TestRoom.open();
        try (LiveClient sam = room.enter(DemoUsers.SAM);
                Browser alex = new Browser();
                Browser maya = new Browser()) {
            alex.signInAndOpenRoom(DemoUsers.ALEX, room.id());
            alex.waitForText(By.id("connection"), "Connected");
            alex.waitForText(By.id("screen-title"), "A few questions, just for your therapist");
            alex.waitForText(By.id("session-state"), "Your therapist will open the room for conversation first.");
            assertThat(alex.driver().findElement(By.id("screen-form")).isDisplayed())
                    .as("the questions open only when asked for")
                    .isFalse();
            assertThat(alex.driver().findElement(By.id("crisis-open")).isDisplayed())
                    .as("help stays within reach")
                    .isTrue();
            alex.screenshot("screen-card-closed");

            alex.visible(By.id("screen-begin")).click();
            alex.waitForText(By.id("screen-questions"), "How often does your partner physically hurt you?");
            alex.press(By.id("screen-send"));
            alex.waitForText(By.id("screen-status"), "Please choose an answer for each question.");
            for (String[] answer : new String[][] {
                {"hurt", "2"},
                {"insult", "4"},
                {"threaten", "3"},
                {"scream", "4"},
                {"afraid", "not_sure"},
                {"safeToTalk", "no"}
            }) {
                alex.press(By.cssSelector("input[name='screen-" + answer[0] + "'][value='" + answer[1] + "']"));
            }
            alex.screenshot("screen-card-answering");
            assertThat(alex.seriousAccessibilityViolations()).isEmpty();
            alex.press(By.id("screen-send"));
            alex.waitForText(By.id("screen-thanks"), "Thank you. Only your therapist will see your answers.");
            alex.gone(By.id("screen-form"));

            maya.signInAsTherapistAndOpenRoom(room.id());
            maya.waitForText(By.id("connection"), "Connected");
            maya.waitForText(By.id("screen-list"), "Alex Chen: answered · flag open");
            maya.waitForText(By.id("screen-list"), "Sam Rivera: not answered yet");
            maya.waitForText(By.id("screen-summary"), "Not answered yet: Sam Rivera. Open flags: Alex Chen.");
            maya.waitForText(
                    By.id("screen-summary"),
                    "While a participant's flag is open, more of what they write is held back from the room for you to read first");
            maya.waitForText(By.id("alerts"), "Safety alert for Alex Chen");
            maya.waitForText(By.id("session-reason"), "Open the room for conversation first");
            assertThat(maya.driver().findElement(By.id("session-toggle")).isEnabled())
                    .isFalse();

            maya.visible(By.cssSelector("#screen-list li[data-member='" + ALEX_ID + "'] button"))
                    .click();
            maya.waitForText(By.id("screen-list"), "HITS total: 13 of 20, above 10: a positive screen");
            maya.waitForText(By.id("screen-list"), "Afraid of anyone in this room: Not sure");
            maya.waitForText(By.id("screen-list"), "Safe to talk openly here: No");
            maya.screenshot("screen-console");
            assertThat(maya.seriousAccessibilityViolations()).isEmpty();

            maya.visible(By.cssSelector("#screen-list input")).sendKeys("Spoke with Alex alone first.");
            maya.driver()
                    .findElement(By.xpath("//button[text()='Resolve the flag for Alex Chen']"))
                    .click();
            maya.waitForText(By.id("screen-list"), "Alex Chen: answered · flag resolved");
            assertThat(maya.driver().findElement(By.id("screen-summary")).getText())
                    .as("no flag open: the screen reads as usual")
                    .doesNotContain("flag is open");
            maya.waitForText(
                    By.id("transcript"), "resolved the safety flag for Alex Chen: Spoke with Alex alone first.");

            maya.visible(By.id("screen-clear")).click();
            maya.waitForText(By.id("screen-room-state"), "The room is open for conversation.");
            alex.waitForText(By.id("transcript"), "Your therapist has opened the room for conversation.");
            JsonObject cleared = sam.next(LiveClient.event("room_cleared"));
            assertThat(cleared.containsKey("target")).isFalse();
            maya.visible(By.id("session-toggle")).click();
            maya.waitForText(By.id("session-state"), "The session is running.");
            alex.waitForText(By.id("session-state"), "The session is running.");
            alex.gone(By.id("screen-card"));
            alex.screenshot("screen-room-open");

            assertThat(sam.drain())
                    .as("the partner's socket never carried Alex's screen, nor that Alex answered")
                    .noneMatch(f -> ALEX_ID.equals(f.getString("target", "")))
                    .noneMatch(f -> f.toString().contains("screen_answered"))
                    .noneMatch(f -> f.toString().contains("Spoke with Alex"));
        }
    }
}
