package org.attune.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.attune.support.AlsoOnH2;
import org.attune.support.ApiClient;
import org.attune.support.AttuneIT;
import org.attune.support.Browser;
import org.attune.support.DemoUsers;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.attune.support.TestStack;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Two partners in two real browsers: sign in on Keycloak's page, join, and talk. */
@AlsoOnH2
class BrowserConversationIT extends AttuneIT {

    @Test
    void aMessageSentInOneBrowserAppearsInTheOther() {
        ApiClient api = ApiClient.forTestStack();
        String therapist = TestStack.tokens().accessToken(DemoUsers.THERAPIST);
        String roomId = api.openRoom(therapist, "Alex and Sam — Tuesday", "couple");
        String alexCode = api.invite(therapist, roomId, "participant");
        String samCode = api.invite(therapist, roomId, "participant");
        try (LiveClient maya = LiveClient.connect(roomId, therapist)) {
            maya.next("welcome");
            TestRoom.clear(maya);
            maya.send(TestRoom.command("start_session", "start").build());
            maya.next("ack");
        }

        try (Browser alex = new Browser();
                Browser sam = new Browser()) {
            joinWithCode(alex, DemoUsers.ALEX, alexCode);
            joinWithCode(sam, DemoUsers.SAM, samCode);
            alex.waitForText(By.id("connection"), "Connected");
            sam.waitForText(By.id("connection"), "Connected");

            alex.visible(By.id("message")).sendKeys("I'd like us to talk about the holidays.");
            alex.driver().findElement(By.id("send")).click();

            sam.waitForText(By.id("transcript"), "I'd like us to talk about the holidays.");
            assertThat(sam.driver().findElement(By.id("transcript")).getText()).contains("Alex Chen");
            alex.waitForText(By.id("transcript"), "I'd like us to talk about the holidays.");
            alex.screenshot("room-alex");
            sam.screenshot("room-sam");
        }
    }

    @Test
    void signingOutClosesEveryLiveConnectionOfThatPerson() {
        TestRoom room = TestRoom.inSession();
        try (LiveClient alexElsewhere = room.connect(DemoUsers.ALEX);
                Browser alex = new Browser()) {
            alexElsewhere.next("welcome");
            alex.open(TestStack.appUrl() + "/");
            alex.visible(By.id("sign-in")).click();
            alex.signIn(DemoUsers.ALEX, DemoUsers.PASSWORD);
            alex.visible(By.id("sign-out")).click();

            alex.visible(By.id("sign-in"));
            assertThat(alexElsewhere.awaitClose()).isEqualTo(1008);
        }
    }

    @Test
    void aSpeakerTakesTheirTurnInSpeakerListenerFromTheBrowser() {
        TestRoom room = TestRoom.open().clearedForConversation();
        String alexId = DemoUsers.idOf(DemoUsers.ALEX);
        String samId = DemoUsers.idOf(DemoUsers.SAM);
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient sam = room.enter(DemoUsers.SAM);
                Browser alex = new Browser()) {
            maya.send(TestRoom.command("start_session", "start")
                    .add("protocol", "speaker_listener")
                    .build());
            sam.next(LiveClient.event("protocol_set"));
            maya.send(TestRoom.command("grant_floor", "grant").add("to", alexId).build());
            sam.next(LiveClient.event("listener_set", samId));

            alex.signInAndOpenRoom(DemoUsers.ALEX, room.id());
            alex.waitForText(By.id("turn-state"), "You speak; Sam Rivera listens.");
            assertThat(alex.driver().findElement(By.id("pass-floor")).isDisplayed())
                    .isTrue();
            assertThat(alex.driver().findElement(By.id("raise-hand")).isDisplayed())
                    .isFalse();

            // Too long for one piece: refused, and what Alex wrote is back in the box, not lost.
            String tooLong = "When you worked late on Friday, I felt forgotten. "
                    .repeat(6)
                    .strip();
            alex.visible(By.id("message")).sendKeys(tooLong);
            alex.driver().findElement(By.id("send")).click();
            alex.waitForText(By.id("room-status"), "Keep each piece short");
            assertThat(alex.driver().findElement(By.id("message")).getDomProperty("value"))
                    .isEqualTo(tooLong);

            alex.driver().findElement(By.id("message")).clear();
            alex.visible(By.id("message")).sendKeys("When you worked late on Friday, I felt forgotten.");
            alex.driver().findElement(By.id("send")).click();
            sam.next(LiveClient.event("message"));
            alex.waitForText(By.id("turn-state"), "Sam Rivera says back what they heard.");
            sam.send(TestRoom.say("s-1", "You felt forgotten when I worked late on Friday."));
            alex.visible(By.id("confirm-yes"));
            alex.waitForText(By.id("transcript"), "You felt forgotten when I worked late on Friday.");
            alex.screenshot("turn-confirm");
            alex.driver().findElement(By.id("confirm-yes")).click();
            assertThat(sam.next(LiveClient.event("paraphrase_confirmed")).getInt("amount"))
                    .isEqualTo(1);

            alex.waitForText(By.id("turn-state"), "You speak; Sam Rivera listens.");
            alex.visible(By.id("pass-floor")).click();
            sam.next(LiveClient.event("floor_granted", samId));
            alex.waitForText(By.id("turn-state"), "Sam Rivera speaks; you listen.");
            alex.screenshot("turn-listener");
        }
    }

    @Test
    void aSenderAsksForAnImagoDialogueAndSaysNotQuiteFromTheBrowser() {
        TestRoom room = TestRoom.open().clearedForConversation();
        String alexId = DemoUsers.idOf(DemoUsers.ALEX);
        String samId = DemoUsers.idOf(DemoUsers.SAM);
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient sam = room.enter(DemoUsers.SAM);
                Browser alex = new Browser()) {
            maya.send(TestRoom.command("start_session", "start")
                    .add("protocol", "imago")
                    .build());
            sam.next(LiveClient.event("protocol_set"));

            alex.signInAndOpenRoom(DemoUsers.ALEX, room.id());
            alex.waitForText(By.id("turn-state"), "The dialogue has not started yet.");
            alex.visible(By.id("ask-dialogue")).click();
            assertThat(sam.next(LiveClient.event("dialogue_requested", alexId)).getString("actor"))
                    .isEqualTo(alexId);
            alex.waitForText(By.id("turn-state"), "You asked for a dialogue.");
            assertThat(alex.driver().findElement(By.id("message")).isEnabled()).isFalse();

            sam.send(TestRoom.command("accept_dialogue", "s-now").build());
            alex.waitForText(By.id("turn-stem"), "What I would like to share with you is…");
            alex.until(d -> d.findElement(By.id("message")).isEnabled());
            alex.driver().findElement(By.id("message")).clear();
            alex.visible(By.id("message")).sendKeys("When you were on your phone at dinner, I felt alone.");
            alex.driver().findElement(By.id("send")).click();
            sam.next(LiveClient.event("step", samId));
            sam.send(TestRoom.say("s-1", "If I got it, you were bored at dinner. Did I get it?"));

            alex.waitForText(By.id("turn-state"), "Your partner asks: \"Did I get it?\"");
            alex.visible(By.id("confirm-no"));
            assertThat(alex.driver().findElement(By.id("message")).isEnabled()).isFalse();
            alex.waitForText(By.id("transcript"), "you were bored at dinner");
            alex.screenshot("imago-did-i-get-it");
            alex.driver().findElement(By.id("confirm-no")).click();
            assertThat(sam.next(LiveClient.event("paraphrase_confirmed", samId)).getInt("amount"))
                    .isZero();
            JsonObject again = sam.next(LiveClient.event("step", samId));
            assertThat(again.getBoolean("again")).isTrue();
            alex.waitForText(By.id("transcript"), "Mirror again what you heard");
        }
    }

    @Test
    void aPartnerCallsAPauseFromTheBrowserAndTheRoomBreathesTogether() {
        TestRoom room = TestRoom.inSession();
        try (LiveClient sam = room.enter(DemoUsers.SAM);
                Browser alex = new Browser()) {
            alex.open(TestStack.appUrl() + "/");
            alex.visible(By.id("sign-in")).click();
            alex.signIn(DemoUsers.ALEX, DemoUsers.PASSWORD);
            alex.visible(By.id("join-code"));
            alex.open(TestStack.appUrl() + "/?room=" + room.id());
            alex.waitForText(By.id("connection"), "Connected");

            alex.visible(By.id("message")).sendKeys("You always forget, you idiot");
            alex.driver().findElement(By.id("coach-open")).click();
            alex.waitForText(By.id("coaching"), "I feel … about … and I need …");
            alex.screenshot("coaching");
            assertThat(sam.drain()).noneMatch(f -> "message".equals(f.getString("kind", "")));

            alex.visible(By.id("pause-open")).click();
            alex.visible(By.id("pause-start")).click();
            JsonObject paused = sam.next(LiveClient.event("paused"));
            assertThat(paused.getString("reason")).isEqualTo("break");
            alex.visible(By.id("pause-overlay"));
            alex.waitForText(By.id("pause-why"), "Someone asked for a short break.");
            alex.waitForText(By.id("pause-countdown"), "The check-in opens in");
            assertThat(alex.driver().findElement(By.id("pause-step")).getText()).isNotBlank();
            alex.screenshot("pause-overlay");
            alex.driver().findElement(By.id("overlay-crisis")).click();
            alex.waitForText(By.id("overlay-crisis-box"), "In an emergency, call");
        }
    }

    private static void joinWithCode(Browser browser, String username, String code) {
        browser.open(TestStack.appUrl() + "/");
        browser.visible(By.id("sign-in"));
        browser.screenshot("signed-out");
        browser.driver().findElement(By.id("sign-in")).click();
        browser.visible(By.id("username"));
        browser.screenshot("keycloak-login");
        browser.signIn(username, DemoUsers.PASSWORD);
        browser.visible(By.id("join-code")).sendKeys(code);
        browser.screenshot("home-" + username);
        browser.driver().findElement(By.cssSelector("#join-form button")).click();
        browser.visible(By.id("transcript"));
    }
}
