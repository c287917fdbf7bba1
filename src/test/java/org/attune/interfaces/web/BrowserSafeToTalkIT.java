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
 * The therapist's private check-in in real browsers: the therapist sends it
 * from the console, the participant asked answers with one click and is told
 * only that the answer went, the therapist sees the answer, and the partner's
 * page shows nothing of it, live or after loading the room again; during a
 * pause the question is on the calm screen.
 */
class BrowserSafeToTalkIT extends AttuneIT {

    private static final String SAM_ID = DemoUsers.idOf(DemoUsers.SAM);

    @Test
    void theTherapistChecksInPrivatelyAndOnlyTheyLearnTheAnswer() {
        TestRoom room = TestRoom.inSession();
        try (Browser maya = therapist(room);
                Browser sam = participant(room, DemoUsers.SAM);
                Browser alex = participant(room, DemoUsers.ALEX)) {
            maya.choose(By.id("check-to"), SAM_ID);
            maya.visible(By.id("check-ask")).click();
            maya.waitForText(By.id("checks"), "no answer yet");

            sam.waitForText(By.id("safe-to-talk"), "Is now a good time for you to talk freely?");
            assertThat(sam.visible(By.id("safe-to-talk")).getText())
                    .contains("Your therapist is checking in", "Only your therapist sees your answer.");
            sam.screenshot("safe-to-talk-asked");
            assertThat(sam.seriousAccessibilityViolations())
                    .as("accessibility of the question")
                    .isEmpty();
            sam.visible(By.cssSelector("#safe-to-talk button[data-answer=no]")).click();
            sam.waitForText(By.id("safe-to-talk"), "Your answer went to your therapist.");
            assertThat(sam.visible(By.id("safe-to-talk")).getText())
                    .as("the answer is never shown back to the one who gave it")
                    .doesNotContainPattern("(?i)\\bno\\b|not safe|not sure");
            sam.waitForText(By.id("crisis-note"), "Your answer went to your therapist.");
            assertThat(sam.visible(By.id("crisis-list")).getText()).isNotBlank();
            assertThat(sam.driver().findElement(By.id("transcript")).getText())
                    .doesNotContainPattern("(?i)check-in|safe to talk");
            sam.screenshot("safe-to-talk-answered");

            maya.waitForText(By.id("checks"), "No, not safe to talk right now");
            maya.waitForText(By.id("alerts"), "answered the private check-in: no.");
            assertThat(maya.driver()
                            .findElement(By.cssSelector("#checks li.worrying"))
                            .isDisplayed())
                    .isTrue();
            maya.screenshot("safe-to-talk-console");
            assertThat(maya.seriousAccessibilityViolations())
                    .as("accessibility of the console")
                    .isEmpty();

            maya.choose(By.id("send-as"), "guide");
            maya.visible(By.id("message")).sendKeys("Let us carry on gently.");
            maya.driver().findElement(By.id("send")).click();
            alex.waitForText(By.id("transcript"), "Let us carry on gently.");
            nothingOfTheCheckIn(alex);
            alex.screenshot("safe-to-talk-partner");

            alex.driver().navigate().refresh();
            alex.waitForText(By.id("transcript"), "Let us carry on gently.");
            nothingOfTheCheckIn(alex);
        }
    }

    @Test
    void onTheCalmScreenOfAPauseTheQuestionIsThereToAnswer() {
        TestRoom room = TestRoom.inSession();
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient alex = room.enter(DemoUsers.ALEX);
                Browser sam = participant(room, DemoUsers.SAM)) {
            maya.send(TestRoom.command("pause", "p-1").add("minutes", 10).build());
            sam.visible(By.id("pause-overlay"));
            maya.send(TestRoom.command("ask_safe_to_talk", "m-1")
                    .add("member", SAM_ID)
                    .build());
            long check = maya.next(LiveClient.event("safe_to_talk_asked", SAM_ID))
                    .getJsonNumber("seq")
                    .longValue();

            sam.waitForText(By.id("overlay-safe-to-talk"), "Is now a good time for you to talk freely?");
            sam.screenshot("safe-to-talk-calm-screen");
            sam.visible(By.cssSelector("#overlay-safe-to-talk button[data-answer=not_sure]"))
                    .click();
            sam.waitForText(By.id("overlay-safe-to-talk"), "Your answer went to your therapist.");

            JsonObject answered = maya.next(LiveClient.event("safe_to_talk_answered", SAM_ID));
            assertThat(answered.getString("answer")).isEqualTo("not_sure");
            assertThat(answered.getJsonNumber("check").longValue()).isEqualTo(check);
            sam.waitForText(By.id("overlay-crisis-box"), "Your answer went to your therapist.");
            assertThat(alex.drain())
                    .noneMatch(f -> f.getString("kind", "").startsWith("safe_to_talk"))
                    .noneMatch(f -> "resources_offered".equals(f.getString("kind", "")));
        }
    }

    /** The partner's page: no question, no answer, no resources offered, no pause, no word of a check-in. */
    private static void nothingOfTheCheckIn(Browser alex) {
        assertThat(alex.driver().findElement(By.id("safe-to-talk")).isDisplayed())
                .isFalse();
        assertThat(alex.driver().findElement(By.id("crisis")).isDisplayed()).isFalse();
        assertThat(alex.driver().findElement(By.id("pause-overlay")).isDisplayed())
                .as("the room did not pause")
                .isFalse();
        assertThat(alex.driver().findElement(By.tagName("body")).getText())
                .doesNotContainPattern(
                        "(?i)check-in|checking in|safe to talk|talk freely|your answer went|sees your answer\\b");
        assertThat(alex.driver().getPageSource()).doesNotContain("safe_to_talk");
    }

    private static Browser therapist(TestRoom room) {
        Browser maya = new Browser();
        maya.signInAsTherapistAndOpenRoom(room.id());
        maya.waitForText(By.id("connection"), "Connected");
        return maya;
    }

    private static Browser participant(TestRoom room, String username) {
        Browser browser = new Browser();
        browser.signInAndOpenRoom(username, room.id());
        browser.waitForText(By.id("connection"), "Connected");
        return browser;
    }
}
