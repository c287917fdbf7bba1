package org.attune.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.attune.support.AttuneIT;
import org.attune.support.Browser;
import org.attune.support.Bundles;
import org.attune.support.DemoUsers;
import org.attune.support.LiveClient;
import org.attune.support.RoomLayout;
import org.attune.support.TestRoom;
import org.attune.support.TestStack;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The app as its people use it, in real browsers signed in on Keycloak's own
 * page: a therapist opens a room and invites a couple by link; they take turns
 * in speaker-listener; the therapist sees an escalation; a partner calls a pause
 * and both check in. A bilingual family of three goes round with the talking stick,
 * each reading the round in their own language, on a desktop, a tablet and a phone.
 * Every screen is scanned with axe-core (no serious or critical WCAG 2.2 AA
 * violation) and saved as a screenshot.
 */
class BrowserJourneyIT extends AttuneIT {

    private static final Bundles EN = Bundles.english();
    private static final Bundles FR = Bundles.french();

    private static void accessible(Browser browser, String screen) {
        browser.screenshot(screen);
        assertThat(browser.seriousAccessibilityViolations())
                .as("accessibility of " + screen)
                .isEmpty();
    }

    /**
     * What the window shows, light and dark, saved as {@code name} and {@code name-dark} (the
     * English pictures in the README; the French ones come from {@code BrowserLanguagesIT}),
     * each scanned with axe-core.
     */
    private static void inBothThemes(Browser browser, String name) {
        for (String scheme : List.of("light", "dark")) {
            browser.prefersColorScheme(scheme);
            assertThat(browser.seriousAccessibilityViolations())
                    .as("accessibility of %s, %s", name, scheme)
                    .isEmpty();
            browser.screenshotOfWindow(name + ("dark".equals(scheme) ? "-dark" : ""));
        }
        browser.prefersColorScheme("light");
    }

    private static void signIn(Browser browser, String username) {
        browser.visible(By.id("sign-in")).click();
        if (DemoUsers.THERAPIST.equals(username)) {
            browser.signInAsTherapist();
        } else {
            browser.signIn(username, DemoUsers.PASSWORD);
        }
    }

    private static void send(Browser browser, String text) {
        browser.visible(By.id("message")).clear();
        browser.visible(By.id("message")).sendKeys(text);
        browser.driver().findElement(By.id("send")).click();
    }

    @Test
    void aTherapistAndACoupleTakeTurnsPauseAndCheckIn() {
        TestStack.keycloak();
        try (Browser maya = new Browser();
                Browser alex = new Browser();
                Browser sam = new Browser()) {
            maya.open(TestStack.appUrl() + "/");
            accessible(maya, "signed-out");
            signIn(maya, DemoUsers.THERAPIST);
            maya.visible(By.id("room-name")).sendKeys("Alex and Sam");
            accessible(maya, "home-therapist");
            maya.driver()
                    .findElement(By.cssSelector("#open-form button[type=submit]"))
                    .click();
            maya.waitForText(By.id("connection"), "Connected");

            String[] links = new String[2];
            for (int i = 0; i < 2; i++) {
                String earlier = i == 0 ? null : links[i - 1];
                maya.visible(By.id("invite")).click();
                // The new link once the page shows it: the one before stays until the server answers.
                links[i] = maya.until(d -> {
                    var code = d.findElement(By.id("invite-code"));
                    String link = code.getDomAttribute("data-link");
                    return link != null
                                    && !link.equals(earlier)
                                    && code.getText().contains(link)
                            ? link
                            : null;
                });
            }
            assertThat(links[0]).isNotEqualTo(links[1]);

            alex.open(links[0]);
            signIn(alex, DemoUsers.ALEX);
            alex.waitForText(By.id("join-what"), "Maya Ortiz invited you to join “Alex and Sam”");
            accessible(alex, "invitation");
            alex.driver().findElement(By.id("join-accept")).click();
            alex.waitForText(By.id("connection"), "Connected");
            sam.open(links[1]);
            signIn(sam, DemoUsers.SAM);
            sam.visible(By.id("join-accept")).click();
            sam.waitForText(By.id("connection"), "Connected");
            maya.waitForText(By.id("members-list"), "Sam Rivera");
            alex.waitForText(By.id("composer-reason"), "The session has not started yet.");

            maya.choose(By.id("protocol-choice"), "speaker_listener");
            maya.driver().findElement(By.id("protocol-set")).click();
            maya.waitForText(By.id("session-reason"), "Open the room for conversation first");
            maya.visible(By.id("screen-clear")).click();
            alex.waitForText(By.id("transcript"), "Your therapist has opened the room for conversation.");
            maya.visible(By.id("session-toggle")).click();
            maya.waitForText(By.id("session-state"), "The session is running.");
            maya.choose(By.id("floor-to"), DemoUsers.idOf(DemoUsers.ALEX));
            maya.driver().findElement(By.id("floor-grant")).click();

            alex.waitForText(By.id("turn-state"), "You speak; Sam Rivera listens.");
            sam.waitForText(By.id("composer-reason"), "It is not your turn yet.");
            assertThat(sam.driver().findElement(By.id("message")).isEnabled()).isFalse();
            send(alex, "When you worked late on Friday, I felt forgotten.");
            sam.waitForText(By.id("turn-state"), "You say back what you heard.");
            send(sam, "You felt forgotten when I worked late on Friday.");
            alex.visible(By.id("confirm-yes"));
            accessible(alex, "journey-room-participant");
            var window = alex.driver().manage().window().getSize();
            alex.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            accessible(alex, "journey-room-phone");
            inBothThemes(alex, "room-phone-en");
            alex.driver().manage().window().setSize(window);
            alex.driver().findElement(By.id("confirm-yes")).click();
            maya.waitForText(By.id("transcript"), "Yes, you got it.");
            accessible(maya, "room-therapist");
            maya.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
            RoomLayout.scrollToNewest(maya);
            inBothThemes(maya, "console-desktop-en");

            maya.choose(By.id("protocol-choice"), "open");
            maya.driver().findElement(By.id("protocol-set")).click();
            alex.waitForText(By.id("turn-state"), "Anyone may speak.");
            send(alex, "You NEVER listen, you selfish idiot!!!");
            alex.waitForText(By.id("transcript"), "selfish idiot");
            send(alex, "Whatever. You always do this and I'm done.");
            maya.waitForText(By.id("alerts"), "Escalation: Alex Chen is heating up");
            maya.waitForText(By.id("alerts"), "contempt");
            maya.screenshot("therapist-escalation");
            sam.waitForText(By.id("transcript"), "I'm done.");
            assertThat(sam.driver().findElement(By.id("transcript")).getText()).doesNotContain("Escalation");

            sam.visible(By.id("pause-open")).click();
            sam.choose(By.id("pause-reason"), "overwhelmed");
            sam.choose(By.id("pause-length"), "1");
            sam.driver().findElement(By.id("pause-start")).click();
            alex.visible(By.id("pause-overlay"));
            alex.waitForText(By.id("pause-why"), "Someone felt overwhelmed.");
            accessible(alex, "pause");
            maya.visible(By.id("room-resume"));
            maya.waitForText(By.id("transcript"), "paused the conversation");

            // "Back at" is a whole minute: a one-minute break ends 60 to 120 seconds after it began.
            alex.waitForText(By.id("pause-step"), "notice how you feel", Duration.ofSeconds(150));
            sam.waitForText(By.id("pause-step"), "notice how you feel", Duration.ofSeconds(30));
            alex.choose(By.id("calm"), "4");
            alex.driver().findElement(By.id("ready")).click();
            sam.choose(By.id("calm"), "3");
            sam.driver().findElement(By.id("ready")).click();
            accessible(sam, "check-in");
            maya.waitForText(By.id("checkin-list"), "Alex Chen: ready, calm 4 of 5");
            maya.waitForText(By.id("checkin-list"), "Sam Rivera: ready, calm 3 of 5");
            maya.screenshot("therapist-check-in");
            maya.driver().findElement(By.id("room-resume")).click();
            alex.gone(By.id("pause-overlay"));
            sam.gone(By.id("pause-overlay"));
            send(sam, "Thank you. I'm calmer now.");
            alex.waitForText(By.id("transcript"), "Thank you. I'm calmer now.");

            // The therapist pauses with an exercise from the server's own list.
            maya.waitForText(By.id("pause-exercise"), "5-4-3-2-1 grounding");
            maya.choose(By.id("pause-exercise"), "grounding_54321");
            maya.driver().findElement(By.id("room-pause")).click();
            maya.waitForText(By.id("transcript"), "5-4-3-2-1 grounding until");
            alex.visible(By.id("pause-overlay"));
        }
    }

    /**
     * A bilingual family: Morgan's browser and Riley's phone read French, Jamie's tablet English.
     * The room has no language of its own: each reads the round in theirs, and their words as
     * they were written.
     */
    @Test
    void aBilingualFamilyOfThreeGoesRoundWithTheTalkingStick() {
        TestRoom room = TestRoom.family("guided").clearedForConversation();
        try (LiveClient therapist = room.enter(DemoUsers.THERAPIST)) {
            therapist.send(TestRoom.command("set_protocol", "round")
                    .add("protocol", "round")
                    .build());
            therapist.next(LiveClient.ack("round"));
        }
        try (Browser morgan = Browser.readingLanguages("fr-CA,fr");
                Browser jamie = new Browser();
                Browser riley = Browser.readingLanguages("fr-FR,fr")) {
            jamie.driver().manage().window().setSize(new org.openqa.selenium.Dimension(820, 1180));
            riley.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            Map<Browser, Bundles> reads = Map.of(morgan, FR, jamie, EN, riley, FR);
            Map<Browser, String> names =
                    Map.of(morgan, DemoUsers.MORGAN, jamie, DemoUsers.JAMIE, riley, DemoUsers.RILEY);
            for (Browser member : List.of(morgan, jamie, riley)) {
                member.open(TestStack.appUrl() + "/");
                signIn(member, names.get(member));
                member.visible(By.id("join-code"));
                member.open(TestStack.appUrl() + "/?room=" + room.id());
                member.waitForWords(By.id("connection"), reads.get(member).t("room.connected"));
            }
            morgan.visible(By.id("guided-session")).click();
            morgan.waitForWords(By.id("turn-state"), FR.t("turns.round.holder.you"));
            jamie.waitForWords(By.id("turn-order"), EN.t("turns.now", "name", "Morgan Blake"));
            riley.waitForWords(By.id("turn-order"), FR.t("turns.now", "name", "Morgan Blake"));
            accessible(jamie, "family-round");
            accessible(riley, "family-round-phone-fr");
            assertThat(jamie.driver().findElement(By.id("message")).isEnabled()).isFalse();

            send(morgan, "J’aimerais qu’on soupe ensemble le dimanche.");
            morgan.visible(By.id("pass-floor")).click();
            // Whoever is next, the stick has left Morgan before anyone looks.
            String next = jamie.until(d -> {
                String text = d.findElement(By.id("turn-state")).getText();
                return text.contains(EN.t("turns.round.holder.you"))
                                || text.contains(EN.t("turns.round.holder", "name", "Riley Blake"))
                        ? text
                        : null;
            });
            Browser second = next.contains(EN.t("turns.round.holder.you")) ? jamie : riley;
            Browser third = second == jamie ? riley : jamie;
            second.waitForWords(By.id("turn-state"), reads.get(second).t("turns.round.holder.you"));
            send(second, "Sundays work for me.");
            second.visible(By.id("pass-floor")).click();
            third.waitForWords(By.id("turn-state"), reads.get(third).t("turns.round.holder.you"));
            third.visible(By.id("pass-floor")).click();
            morgan.waitForWords(By.id("transcript"), "Sundays work for me.");
            jamie.waitForWords(By.id("transcript"), "J’aimerais qu’on soupe ensemble le dimanche.");
            RoomLayout.assertLaidOut(riley, "a family's round on a phone, in French");
        }
    }
}
