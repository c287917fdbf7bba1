package org.attune.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.attune.support.AttuneIT;
import org.attune.support.Browser;
import org.attune.support.DemoUsers;
import org.attune.support.TestRoom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Practice between sessions in three browsers: Maya gives the room the
 * appreciation ritual from her console; Alex and Sam start it together, each
 * says one thing, and they are done; Maya's console shows the sitting in
 * numbers and her page never their words, until Alex shares his.
 */
class BrowserPracticeIT extends AttuneIT {

    private static final String ALEXS_WORDS = "the tea you brought me on Monday morning.";
    private static final String SAMS_WORDS = "you waited for me after the late shift.";
    private static final By CARD = By.id("practice-box");
    private static final By CONSOLE = By.id("practice-console-list");
    private static final By TRANSCRIPT = By.id("transcript");

    private static By button(String section, String text) {
        return By.xpath("//*[@id='" + section + "']//button[normalize-space()='" + text + "']");
    }

    @Test
    void theCouplePractisesTogetherAndTheTherapistSeesHowItWentInNumbers() {
        TestRoom room = TestRoom.open().clearedForConversation();
        try (Browser maya = new Browser();
                Browser alex = new Browser();
                Browser sam = new Browser()) {
            maya.signInAsTherapistAndOpenRoom(room.id());
            maya.waitForText(By.id("connection"), "Connected");
            maya.choose(By.id("practice-kind"), "appreciation");
            maya.press(By.id("practice-assign"));
            maya.waitForText(CONSOLE, "The appreciation ritual");

            alex.signInAndOpenRoom(DemoUsers.ALEX, room.id());
            sam.signInAndOpenRoom(DemoUsers.SAM, room.id());
            alex.waitForText(CARD, "The appreciation ritual");
            sam.waitForText(CARD, "Each of you says one thing you appreciated lately.");
            assertThat(alex.driver().findElements(By.cssSelector("#practice-list > li")))
                    .as("listed once, though the welcome and the replay both tell of it")
                    .hasSize(1);
            alex.screenshotOfWindow("practice-given");
            alex.press(button("practice-box", "Start it together"));

            alex.waitForText(By.id("turn-stem"), "One thing I appreciated lately is…");
            Browser first =
                    alex.driver().findElement(By.id("turn-whose")).getText().contains("Your turn") ? alex : sam;
            Browser second = first == alex ? sam : alex;
            String firstWords = first == alex ? ALEXS_WORDS : SAMS_WORDS;
            String secondWords = first == alex ? SAMS_WORDS : ALEXS_WORDS;
            first.waitForText(By.id("turn-whose"), "Your turn");
            first.visible(By.id("message")).sendKeys(firstWords);
            first.press(By.id("send"));
            second.waitForText(TRANSCRIPT, firstWords);
            second.waitForText(TRANSCRIPT, "Practice, between you");
            second.waitForText(By.id("turn-whose"), "Your turn");
            second.visible(By.id("message")).sendKeys(secondWords);
            second.press(By.id("send"));
            first.waitForText(TRANSCRIPT, secondWords);
            sam.screenshot("practice-sitting");
            assertThat(sam.seriousAccessibilityViolations())
                    .as("accessibility of a practice sitting")
                    .isEmpty();
            sam.press(button("practice-box", "We are done"));

            maya.waitForText(CONSOLE, "done together");
            maya.waitForText(CONSOLE, "2 turns; messages: ");
            maya.waitForText(TRANSCRIPT, "Practice done: The appreciation ritual");
            assertThat(maya.driver().findElement(TRANSCRIPT).getText())
                    .as("their words stay between them")
                    .doesNotContain(ALEXS_WORDS, SAMS_WORDS);

            alex.waitForText(CARD, "done together");
            alex.press(button("practice-box", "Share my words with my therapist"));
            alex.waitForText(TRANSCRIPT, "You shared your words of the practice with your therapist.");
            maya.waitForText(TRANSCRIPT, ALEXS_WORDS);
            assertThat(maya.driver().findElement(TRANSCRIPT).getText()).doesNotContain(SAMS_WORDS);
            assertThat(sam.driver().findElement(TRANSCRIPT).getText()).doesNotContain("shared their words");
            maya.screenshot("practice-console");
            assertThat(maya.seriousAccessibilityViolations())
                    .as("accessibility of the console's practice")
                    .isEmpty();
        }
    }
}
