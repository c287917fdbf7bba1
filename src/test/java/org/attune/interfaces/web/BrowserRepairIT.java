package org.attune.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.support.LiveClient.ack;
import static org.attune.support.TestRoom.say;

import org.attune.support.AttuneIT;
import org.attune.support.Browser;
import org.attune.support.DemoUsers;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Alex opens "Repair" in the composer's row and offers "I'm sorry." with one tap; Sam reads it as a gentle line
 * in his own browser and accepts it there; both read that it was accepted.
 */
class BrowserRepairIT extends AttuneIT {

    private static final By REPAIR = By.id("repair-open");
    private static final By SORRY = By.cssSelector("#repair-phrases button[data-phrase='sorry']");
    private static final By ACCEPT = By.cssSelector("#transcript button.repair-accept");
    private static final By TRANSCRIPT = By.id("transcript");

    @Test
    void alexOffersImSorryWithOneTapAndSamAcceptsItInHisBrowser() {
        TestRoom room = TestRoom.inSession();
        try (LiveClient alex = room.enter(DemoUsers.ALEX);
                LiveClient sam = room.enter(DemoUsers.SAM)) {
            alex.send(say("a-1", "I felt left alone when you went home early from the party."));
            alex.next(ack("a-1"));
            sam.send(say("s-1", "I was tired, and you seemed fine without me."));
            sam.next(ack("s-1"));
        }
        try (Browser alex = new Browser();
                Browser sam = new Browser()) {
            alex.signInAndOpenRoom(DemoUsers.ALEX, room.id());
            sam.signInAndOpenRoom(DemoUsers.SAM, room.id());
            alex.waitForText(By.id("connection"), "Connected");
            sam.waitForText(By.id("connection"), "Connected");
            sam.waitForText(TRANSCRIPT, "you seemed fine without me");

            alex.press(REPAIR);
            alex.visible(SORRY);
            assertThat(alex.driver().findElement(By.id("repair-phrases")).getText())
                    .contains("I need to calm down.", "Can I try that again?", "I see my part in this.", "I'm sorry.");
            assertThat(alex.driver().findElement(REPAIR).getAttribute("aria-expanded"))
                    .isEqualTo("true");
            alex.screenshot("repair-phrases");
            assertThat(alex.seriousAccessibilityViolations())
                    .as("accessibility of the phrases")
                    .isEmpty();
            alex.press(SORRY);
            alex.gone(By.id("repair-box"));
            alex.waitForText(TRANSCRIPT, "You offered a repair: “I'm sorry.”");
            assertThat(alex.driver().findElements(ACCEPT))
                    .as("nobody accepts their own offer")
                    .isEmpty();

            sam.waitForText(TRANSCRIPT, "Alex Chen offered a repair: “I'm sorry.”");
            assertThat(sam.visible(ACCEPT).getAttribute("aria-label"))
                    .isEqualTo("Accept Alex Chen's repair: I'm sorry.");
            sam.press(ACCEPT);
            sam.waitForText(TRANSCRIPT, "You accepted: I'm sorry.");
            sam.gone(ACCEPT);

            alex.waitForText(TRANSCRIPT, "Sam Rivera accepted: I'm sorry.");
            alex.screenshot("repair-attempt");
            assertThat(alex.seriousAccessibilityViolations())
                    .as("accessibility of the conversation with a repair")
                    .isEmpty();
        }
    }
}
