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

/** Flooding said in words: the writer alone is offered a time-out, and takes it with one tap. */
class BrowserTimeOutSuggestionIT extends AttuneIT {

    @Test
    void theWriterIsOfferedATimeOutAndTakesItWithOneTap() {
        TestRoom room = TestRoom.inSession();
        try (LiveClient sam = room.enter(DemoUsers.SAM);
                Browser alex = new Browser()) {
            alex.signInAndOpenRoom(DemoUsers.ALEX, room.id());
            alex.waitForText(By.id("connection"), "Connected");

            alex.visible(By.id("message")).sendKeys("My heart is racing and I can't think straight.");
            alex.driver().findElement(By.id("send")).click();
            alex.waitForText(By.id("time-out-suggestion"), "Only you can see this.");
            alex.screenshot("time-out-suggestion");
            sam.next(
                    LiveClient.event("message").and(f -> f.getString("text", "").startsWith("My heart is racing")));
            assertThat(sam.drain()).noneMatch(f -> "pause_suggested".equals(f.getString("kind", "")));

            alex.visible(By.id("time-out-take")).click();
            JsonObject paused = sam.next(LiveClient.event("paused"));
            assertThat(paused.getString("reason")).isEqualTo("flooded");
            assertThat(paused.getInt("amount")).isEqualTo(20);
            alex.visible(By.id("pause-overlay"));
            assertThat(alex.driver().findElement(By.id("time-out-suggestion")).isDisplayed())
                    .isFalse();
        }
    }
}
