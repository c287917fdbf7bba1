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
 * Safety first in a real browser: words of harm are held back from the room,
 * and their writer is told so, calmly, and may share them; the private line
 * to the therapist is within reach in the room and on the calm screen.
 */
class BrowserSafetyIT extends AttuneIT {

    private static final String ALEX_ID = DemoUsers.idOf(DemoUsers.ALEX);

    @Test
    void aDisclosureIsHeldForTheTherapistAndItsWriterMayShareIt() {
        TestRoom room = TestRoom.inSession();
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient sam = room.enter(DemoUsers.SAM);
                Browser alex = enter(room)) {
            String disclosure = "She took my phone and locked me out of the house on Saturday.";
            alex.visible(By.id("message")).sendKeys(disclosure);
            alex.driver().findElement(By.id("send")).click();

            alex.waitForText(By.id("transcript"), "Not sent to the room: only your therapist can see this");
            alex.waitForText(By.id("crisis-note"), "What you wrote was not sent to the room");
            assertThat(alex.visible(By.id("crisis-list")).getText()).isNotBlank();
            assertThat(maya.next(LiveClient.event("held_message", ALEX_ID)).getString("text"))
                    .isEqualTo(disclosure);
            alex.screenshot("held-message");

            sam.send(TestRoom.say("s-1", "I'm listening."));
            alex.waitForText(By.id("transcript"), "I'm listening.");
            assertThat(sam.drain())
                    .as("the partner's socket never carried the words")
                    .noneMatch(f -> f.toString().contains("locked me out"));

            alex.visible(By.cssSelector("button[data-share]")).click();
            JsonObject shared = sam.next(LiveClient.event("message"));
            assertThat(shared.getString("text")).isEqualTo(disclosure);
            alex.waitForText(By.id("transcript"), "You shared it with the room.");
            alex.gone(By.cssSelector("button[data-share]"));
        }
    }

    @Test
    void thePrivateLineIsWithinReachWhenItIsNotMyTurnAndDuringAPause() {
        TestRoom room = TestRoom.inSession();
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient sam = room.enter(DemoUsers.SAM);
                Browser alex = enter(room)) {
            maya.send(TestRoom.command("set_protocol", "p")
                    .add("protocol", "floor")
                    .build());
            maya.next(LiveClient.ack("p"));
            maya.send(TestRoom.command("grant_floor", "g")
                    .add("to", DemoUsers.idOf(DemoUsers.SAM))
                    .build());
            alex.waitForText(By.id("composer-reason"), "Someone else has the floor");
            assertThat(alex.driver().findElement(By.id("message")).isEnabled()).isFalse();

            alex.visible(By.id("private-line")).click();
            alex.waitForText(By.id("composer-reason"), "Only your therapist will see this");
            alex.visible(By.id("message")).sendKeys("Could we have a word on our own after this?");
            alex.driver().findElement(By.id("send")).click();
            assertThat(maya.next(LiveClient.event("to_therapist", ALEX_ID)).getString("text"))
                    .isEqualTo("Could we have a word on our own after this?");
            alex.waitForText(By.id("transcript"), "Only to your therapist");

            maya.send(TestRoom.command("pause", "pause").add("minutes", 5).build());
            alex.visible(By.id("pause-overlay"));
            alex.visible(By.id("overlay-private-open")).click();
            alex.visible(By.id("overlay-private-text")).sendKeys("I'm not safe at home with him.");
            alex.driver().findElement(By.id("overlay-private-send")).click();
            alex.waitForText(By.id("overlay-private-status"), "Sent. Only your therapist will see it.");
            assertThat(maya.next(LiveClient.event("to_therapist", ALEX_ID)).getString("text"))
                    .isEqualTo("I'm not safe at home with him.");
            alex.waitForText(By.id("overlay-crisis-box"), "Your therapist is here and will read it now.");
            alex.screenshot("calm-screen-private-line");
            assertThat(sam.drain())
                    .noneMatch(f -> f.toString().contains("on our own"))
                    .noneMatch(f -> f.toString().contains("safe at home"));
        }
    }

    private static Browser enter(TestRoom room) {
        Browser alex = new Browser();
        alex.signInAndOpenRoom(DemoUsers.ALEX, room.id());
        alex.waitForText(By.id("connection"), "Connected");
        return alex;
    }
}
