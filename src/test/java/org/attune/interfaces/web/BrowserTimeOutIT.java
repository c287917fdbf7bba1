package org.attune.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.attune.support.AttuneIT;
import org.attune.support.Browser;
import org.attune.support.DemoUsers;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A kinder time-out in real browsers: whoever calls it says when they will be
 * back and the other sees it; the pulse check counts 15 seconds and suggests
 * staying in the break above 100 beats a minute, keeping the pulse on the page;
 * at the check-in a low calm rating offers more time privately, and the other
 * sees only that the break goes on, until when.
 */
class BrowserTimeOutIT extends AttuneIT {

    @Test
    void theCallerSaysWhenTheyWillBeBackAndMayTakeMoreTimeAtTheCheckIn() {
        TestRoom room = TestRoom.guidedCouple().clearedForConversation();
        try (LiveClient start = room.enter(DemoUsers.ALEX)) {
            start.send(TestRoom.command("start_session", "start").build());
            start.next(LiveClient.ack("start"));
        }
        try (Browser sam = participant(room, DemoUsers.SAM);
                Browser alex = participant(room, DemoUsers.ALEX)) {
            sam.visible(By.id("pause-open")).click();
            sam.choose(By.id("pause-reason"), "overwhelmed");
            sam.choose(By.id("pause-length"), "1");
            sam.waitForText(By.id("pause-back-at"), "I'll be back at");
            sam.driver().findElement(By.id("pause-start")).click();
            sam.waitForText(By.id("pause-back"), "You said you will be back at");

            alex.visible(By.id("pause-overlay"));
            alex.waitForText(By.id("pause-back"), "Sam Rivera will be back at");
            alex.driver().findElement(By.cssSelector("#pulse summary")).click();
            alex.visible(By.id("pulse-start")).click();
            alex.waitForText(By.id("pulse-timer"), "Count your pulse:");
            alex.waitForText(By.id("pulse-timer"), "How many beats did you count?", Duration.ofSeconds(25));
            alex.visible(By.id("pulse-count")).sendKeys("28");
            alex.driver().findElement(By.id("pulse-done")).click();
            alex.waitForText(By.id("pulse-result"), "About 112 beats a minute.");
            assertThat(alex.visible(By.id("pulse-result")).getText()).contains("at least 20 minutes");
            assertThat(alex.visible(By.id("pulse")).getText()).contains("Your pulse stays on this page");
            alex.screenshot("time-out-back-at");
            assertThat(alex.seriousAccessibilityViolations())
                    .as("accessibility of the calm screen")
                    .isEmpty();

            // "Back at" is a whole minute: a one-minute break ends 60 to 120 seconds after it began.
            sam.waitForText(By.id("pause-step"), "notice how you feel", Duration.ofSeconds(150));
            sam.choose(By.id("calm"), "2");
            sam.driver().findElement(By.id("ready")).click();
            sam.waitForText(By.id("more-time-offer"), "Would you like more time?");
            assertThat(sam.visible(By.id("offer-take")).getText()).isEqualTo("Take 10 more minutes");
            sam.screenshot("time-out-more-time-offered");
            sam.driver().findElement(By.id("offer-take")).click();

            alex.waitForText(By.id("pause-back"), "The break goes on until");
            assertThat(alex.driver().findElement(By.id("more-time-offer")).isDisplayed())
                    .as("only Sam was asked")
                    .isFalse();
            assertThat(alex.driver().findElement(By.tagName("body")).getText())
                    .as("the room is not told who needed more time, nor how calm anyone is")
                    .doesNotContain("Sam Rivera needs", "calm 2");
            sam.waitForText(By.id("pause-back"), "The break goes on until");
            sam.gone(By.id("checkin"));
        }
    }

    private static Browser participant(TestRoom room, String username) {
        Browser browser = new Browser();
        browser.signInAndOpenRoom(username, room.id());
        browser.waitForText(By.id("connection"), "Connected");
        return browser;
    }
}
