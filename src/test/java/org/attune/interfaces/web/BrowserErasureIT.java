package org.attune.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.support.TestRoom.command;
import static org.attune.support.TestRoom.say;
import static org.attune.support.TestRoom.token;

import org.attune.support.ApiClient;
import org.attune.support.AttuneIT;
import org.attune.support.Browser;
import org.attune.support.DemoUsers;
import org.attune.support.FreshUsers;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.attune.support.TestStack;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Erasure in real browsers: a person finds "Your data" on the home screen,
 * asks for erasure, and reads room by room what went and what the practice
 * keeps, until when; their therapist's console says whose erasure the room
 * holds and why.
 */
class BrowserErasureIT extends AttuneIT {

    private final ApiClient api = ApiClient.forTestStack();

    @Test
    void aPersonErasesTheirDataAndTheirTherapistSeesWhatIsHeld() {
        String maya = token(DemoUsers.THERAPIST);
        FreshUsers.Person robin = FreshUsers.made("client", "Robin", "Quill");
        String quiet = api.openRoom(maya, "Before we begin", "couple");
        api.accept(robin.token(), api.invite(maya, quiet, "participant"));
        String held = api.openRoom(maya, "Robin and Kai", "couple");
        api.accept(robin.token(), api.invite(maya, held, "participant"));
        try (LiveClient therapist = LiveClient.connect(held, maya);
                LiveClient robinLive = LiveClient.connect(held, robin.token())) {
            therapist.next("welcome");
            robinLive.next("welcome");
            TestRoom.clear(therapist);
            therapist.send(command("start_session", "start").build());
            therapist.next(LiveClient.ack("start"));
            robinLive.send(say("r-1", "I would like to talk about the holidays."));
            robinLive.next(LiveClient.ack("r-1"));
        }

        try (Browser browser = new Browser()) {
            browser.open(TestStack.appUrl() + "/");
            browser.visible(By.id("sign-in")).click();
            browser.signIn(robin.username(), FreshUsers.PASSWORD);
            browser.waitForText(By.id("rooms"), "Robin and Kai");
            browser.visible(By.cssSelector("#erase summary")).click();
            assertThat(browser.visible(By.id("erase")).getText()).contains("clinical record", "cannot be undone");
            browser.screenshot("erasure-asked");
            assertThat(browser.seriousAccessibilityViolations())
                    .as("accessibility of the home screen with erasure")
                    .isEmpty();
            browser.visible(By.id("erase-confirm")).click();
            browser.waitForText(By.id("erase-result"), "Your erasure request is recorded");
            String result = browser.visible(By.id("erase-result")).getText();
            assertThat(result).contains("Before we begin: erased.", "Robin and Kai: kept until", "Clinical record");
            assertThat(browser.visible(By.id("no-rooms")).isDisplayed()).isTrue();
            browser.screenshot("erasure-answered");
        }

        try (Browser therapist = new Browser()) {
            therapist.signInAsTherapistAndOpenRoom(held);
            therapist.waitForText(By.id("records-held"), "Robin Quill asked on");
            assertThat(therapist.visible(By.id("records-held")).getText())
                    .contains("This room holds a clinical record.", "Their part is kept until");
            therapist.waitForText(By.id("transcript"), "Robin Quill left the room.");
            for (String choice : new String[] {"floor-to", "whisper-to", "check-to"}) {
                assertThat(therapist.driver().findElement(By.id(choice)).getAttribute("innerHTML"))
                        .as("who the console offers in " + choice)
                        .doesNotContain("Robin Quill");
            }
            therapist.screenshot("erasure-console");
        }
    }
}
