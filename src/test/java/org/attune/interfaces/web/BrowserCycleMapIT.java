package org.attune.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.attune.support.AttuneIT;
import org.attune.support.Browser;
import org.attune.support.DemoUsers;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The therapist maps the couple's cycle on the page; Alex reads "Our cycle" and, when heat rises, a private
 * prompt; the therapist marks Alex's message as a step of the cycle.
 */
class BrowserCycleMapIT extends AttuneIT {

    private static final String ALEX_ID = DemoUsers.idOf(DemoUsers.ALEX);

    @Test
    void theTherapistMapsAlexsPartAndAlexReadsItAndTheirOwnPromptWhenHeatRises() {
        TestRoom room = TestRoom.inSession();
        try (Browser maya = new Browser()) {
            maya.signInAsTherapistAndOpenRoom(room.id());
            maya.waitForText(By.id("connection"), "Connected");
            maya.visible(By.id("cycle-box"));
            maya.choose(By.id("cycle-member"), ALEX_ID);
            maya.choose(By.id("cycle-move"), "pursue");
            maya.visible(By.id("cycle-surface")).sendKeys("anger");
            maya.visible(By.cssSelector("#cycle-softer input[value='hurt']")).click();
            maya.visible(By.cssSelector("#cycle-softer input[value='fear']")).click();
            maya.choose(By.id("cycle-need"), "to_matter");
            maya.visible(By.id("cycle-words")).sendKeys("I want to know I count to you.");
            maya.visible(By.id("cycle-save")).click();
            maya.waitForText(By.id("cycle-status"), "Version 1.");
        }
        try (LiveClient sam = room.enter(DemoUsers.SAM);
                Browser alex = new Browser()) {
            alex.signInAndOpenRoom(DemoUsers.ALEX, room.id());
            alex.waitForText(By.id("connection"), "Connected");
            assertThat(alex.driver().findElements(By.id("cycle-box")).get(0).isDisplayed())
                    .as("only therapists edit the map")
                    .isFalse();
            alex.visible(By.cssSelector("#cycle-map summary")).click();
            alex.waitForText(By.id("cycle-map-parts"), "I want to know I count to you.");
            assertThat(alex.driver().findElement(By.id("cycle-map-parts")).getText())
                    .contains("pursue", "anger", "hurt, fear", "to matter");

            alex.visible(By.id("message")).sendKeys("You NEVER listen, you selfish idiot!!!");
            alex.driver().findElement(By.id("send")).click();
            sam.next(LiveClient.event("message"));
            alex.visible(By.id("message")).sendKeys("Whatever. You always do this and I'm done.");
            alex.driver().findElement(By.id("send")).click();
            alex.waitForText(By.id("cycle-prompt"), "Under the anger, is there hurt or fear?");
            alex.waitForText(By.id("transcript"), "Your cycle may be showing up.");
            assertThat(alex.driver().findElement(By.id("cycle-prompt")).getText())
                    .contains("I want to know I count to you.", "Only you can see this.");
            alex.screenshot("cycle-map");

            sam.next(LiveClient.event("cycle_named"));
            assertThat(sam.drain()).noneMatch(f -> "cycle_prompt".equals(f.getString("kind", "")));
        }
        try (Browser maya = new Browser()) {
            maya.signInAsTherapistAndOpenRoom(room.id());
            maya.waitForText(By.id("connection"), "Connected");
            maya.waitForText(By.id("transcript"), "Alex Chen was asked privately: Under the anger");
            maya.choose(By.id("cycle-member"), ALEX_ID);
            assertThat(maya.visible(By.id("cycle-surface")).getAttribute("value"))
                    .as("the editor opens on Alex's part as it stands")
                    .isEqualTo("anger");
            maya.waitForText(By.id("cycle-tag-message"), "Alex Chen: Whatever. You always do this");
            maya.choose(By.id("cycle-tag-step"), "move");
            maya.visible(By.id("cycle-tag")).click();
            maya.waitForText(By.id("transcript"), "marked Alex Chen's message as a step of their cycle: move.");
            maya.screenshot("cycle-map-console");
        }
    }
}
