package org.attune.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.attune.support.AttuneIT;
import org.attune.support.Browser;
import org.attune.support.DemoUsers;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Two partners in two browsers: Sam sees "Alex Chen is writing…" while Alex types, and it goes when Alex sends. */
class BrowserWritingIT extends AttuneIT {

    private static final By WRITING = By.id("writing");

    @Test
    void thePartnerSeesTheWriterWritingUntilTheMessageArrives() {
        TestRoom room = TestRoom.inSession();
        try (Browser alex = new Browser();
                Browser sam = new Browser()) {
            alex.signInAndOpenRoom(DemoUsers.ALEX, room.id());
            sam.signInAndOpenRoom(DemoUsers.SAM, room.id());
            alex.waitForText(By.id("connection"), "Connected");
            sam.waitForText(By.id("connection"), "Connected");
            try (LiveClient maya = room.enter(DemoUsers.THERAPIST)) {
                maya.send(TestRoom.command("guide", "g-1")
                        .add("text", "Take your time. Say what matters most to you about Sunday.")
                        .build());
                maya.next(LiveClient.ack("g-1"));
            }
            sam.waitForText(By.id("transcript"), "Say what matters most to you about Sunday.");

            alex.visible(By.id("message")).sendKeys("When you left early on Sunday, I felt");
            sam.waitForText(WRITING, "Alex Chen is writing…");
            assertThat(sam.driver().findElement(WRITING).getAttribute("aria-live"))
                    .isEqualTo("polite");
            assertThat(alex.driver().findElement(WRITING).getText())
                    .as("never one's own line")
                    .isEmpty();
            sam.screenshotOfWindow("is-writing");

            alex.visible(By.id("message")).sendKeys(" alone.");
            alex.press(By.id("send"));
            sam.waitForText(By.id("transcript"), "When you left early on Sunday, I felt alone.");
            sam.until(d -> d.findElement(WRITING).getText().isEmpty());
        }
    }
}
