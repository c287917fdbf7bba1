package org.attune.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.support.LiveClient.ack;
import static org.attune.support.LiveClient.event;
import static org.attune.support.TestRoom.command;

import org.attune.support.AttuneIT;
import org.attune.support.Browser;
import org.attune.support.DemoUsers;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The appreciation round in two browsers: Sam's page says it is his turn and
 * offers the stem in his message box; Alex's page says that Sam speaks first
 * and Alex next; each says one thing, and both read that the conversation is
 * open again.
 */
class BrowserAppreciationIT extends AttuneIT {

    private static final String SAM_ID = DemoUsers.idOf(DemoUsers.SAM);
    private static final By STATE = By.id("turn-state");
    private static final By TRANSCRIPT = By.id("transcript");

    @Test
    void eachSaysOneThingTheyAppreciatedInTurnFromTheirOwnBrowser() {
        TestRoom room = TestRoom.inSession();
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                Browser alex = new Browser();
                Browser sam = new Browser()) {
            alex.signInAndOpenRoom(DemoUsers.ALEX, room.id());
            sam.signInAndOpenRoom(DemoUsers.SAM, room.id());
            alex.waitForText(By.id("connection"), "Connected");
            sam.waitForText(By.id("connection"), "Connected");
            maya.send(command("set_protocol", "m-1")
                    .add("protocol", "appreciation")
                    .build());
            maya.next(ack("m-1"));
            maya.send(command("grant_floor", "m-2").add("to", SAM_ID).build());
            maya.next(event("step", SAM_ID));

            sam.waitForText(By.id("turn-whose"), "Your turn");
            sam.waitForText(By.id("turn-stem"), "One thing I appreciated lately is…");
            assertThat(sam.driver().findElement(By.id("message")).getAttribute("value"))
                    .isEqualTo("One thing I appreciated lately is ");
            alex.waitForText(STATE, "Sam Rivera says one thing they appreciated. Next: You.");
            assertThat(alex.driver().findElement(By.id("composer-reason")).getText())
                    .isEqualTo("You are next.");

            sam.visible(By.id("message")).sendKeys("that you made dinner on Tuesday when I was late.");
            sam.press(By.id("send"));
            alex.waitForText(TRANSCRIPT, "that you made dinner on Tuesday when I was late.");
            alex.waitForText(By.id("turn-whose"), "Your turn");
            sam.screenshot("appreciation-round");
            alex.screenshot("appreciation-round-next");
            assertThat(alex.seriousAccessibilityViolations())
                    .as("accessibility of the round")
                    .isEmpty();

            alex.visible(By.id("message")).sendKeys("how patient you were with my mother on Sunday.");
            alex.press(By.id("send"));
            sam.waitForText(STATE, "Each of you has said what you appreciated. The conversation is open again.");
            alex.waitForText(STATE, "Each of you has said what you appreciated. The conversation is open again.");
            assertThat(sam.driver().findElement(By.id("message")).isEnabled()).isTrue();
        }
    }
}
