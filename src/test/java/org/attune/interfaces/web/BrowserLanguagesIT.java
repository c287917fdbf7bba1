package org.attune.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.attune.support.AttuneIT;
import org.attune.support.Browser;
import org.attune.support.Bundles;
import org.attune.support.DemoUsers;
import org.attune.support.RoomLayout;
import org.attune.support.TestStack;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * Attune in French, as a couple and their therapist use it, each on a screen of their own:
 * Maya at her desk, Alex on his phone, Sam on a tablet. Maya's and Alex's browsers read
 * French, so the page (and Keycloak's sign-in page) opens in French; Sam's reads English, and
 * he switches with the button in the header, back to English and to French again. They take
 * turns in speaker-listener, Sam pauses, both check in. Every text expected comes from the
 * bundles. The French pages are scanned with axe-core in the light and the dark theme and at
 * a phone's width; the phone's room and the therapist's console are saved as screenshots in
 * French, light and dark (the English ones, of an English-speaking couple, come from
 * {@code BrowserJourneyIT}).
 */
class BrowserLanguagesIT extends AttuneIT {

    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Dimension TABLET = new Dimension(820, 1180);
    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final String FRENCH = "fr-CA,fr";
    private static final Bundles FR = Bundles.french();
    private static final Bundles EN = Bundles.english();
    private static final String ROOM = "Sam et Alex";
    private static final String MAYA = "Maya Ortiz";
    private static final String ALEX = "Alex Chen";
    private static final String SAM = "Sam Rivera";
    private static final By SWITCH = By.id("language");

    @Test
    void aCoupleAndTheirTherapistTakeTurnsPauseAndCheckInInFrenchOnAPhoneATabletAndADesktop() {
        TestStack.keycloak();
        try (Browser maya = Browser.readingLanguages(FRENCH);
                Browser alex = Browser.readingLanguages(FRENCH);
                Browser sam = new Browser()) {
            maya.driver().manage().window().setSize(DESKTOP);
            alex.driver().manage().window().setSize(PHONE);
            sam.driver().manage().window().setSize(TABLET);

            List<String> links = openARoomAndInviteTwo(maya);
            joinsInTheLanguageOfHisBrowser(alex, links.get(0));
            switchesToFrenchAndBackAndJoins(sam, links.get(1));
            maya.waitForWords(By.id("members-list"), SAM);
            alex.waitForWords(By.id("composer-reason"), FR.t("room.session-not-started"));

            takeTurnsInSpeakerListener(maya, alex, sam);
            thePhoneInFrenchAndInEnglish(alex);
            alex.press(By.id("confirm-yes"));
            maya.waitForWords(By.id("transcript"), FR.t("event.paraphrase_confirmed", "name", ALEX));
            theConsoleInFrenchAndInEnglish(maya);
            accessible(sam, "fr-room-tablet", "Sam's room on a tablet, in French");

            pauseAndCheckIn(maya, alex, sam);
        }
    }

    /** Maya, whose browser reads French, opens the room in French and invites two people by link. */
    private static List<String> openARoomAndInviteTwo(Browser maya) {
        maya.open(TestStack.appUrl() + "/");
        maya.waitForWords(By.id("welcome-heading"), FR.t("welcome-heading"));
        assertReads(maya, FR);
        accessible(maya, "fr-signed-out", "the signed-out page in French");
        maya.visible(By.id("sign-in")).click();
        assertKeycloakReads(maya, "fr");
        maya.signInAsTherapist();
        maya.visible(By.id("room-name")).sendKeys(ROOM);
        maya.waitForWords(By.id("rooms-heading"), FR.t("rooms-heading"));
        maya.waitForWords(By.id("who-name"), FR.t("who-name", "name", MAYA));
        accessible(maya, "fr-home-therapist", "the therapist's home in French");
        maya.driver()
                .findElement(By.cssSelector("#open-form button[type=submit]"))
                .click();
        maya.waitForWords(By.id("connection"), FR.t("room.connected"));

        List<String> links = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String earlier = links.isEmpty() ? null : links.get(links.size() - 1);
            maya.visible(By.id("invite")).click();
            links.add(maya.until(d -> {
                var code = d.findElement(By.id("invite-code"));
                String link = code.getDomAttribute("data-link");
                return link != null && !link.equals(earlier) && code.getText().contains(link) ? link : null;
            }));
        }
        maya.waitForWords(By.id("invite-code"), FR.start("console.invite-link").strip());
        return links;
    }

    /** Alex's browser reads French: Keycloak's page, the invitation and the room are French from the start. */
    private static void joinsInTheLanguageOfHisBrowser(Browser alex, String link) {
        alex.open(link);
        alex.visible(By.id("sign-in")).click();
        assertKeycloakReads(alex, "fr");
        alex.signIn(DemoUsers.ALEX, DemoUsers.PASSWORD);
        alex.waitForWords(By.id("join-what"), offer(FR));
        assertReads(alex, FR);
        accessible(alex, "fr-invitation-phone", "the invitation on a phone, in French");
        alex.press(By.id("join-accept"));
        alex.waitForWords(By.id("connection"), FR.t("room.connected"));
    }

    /**
     * Sam's browser reads English. On the invitation he presses "Français": the page opens
     * again in French, invitation and all; "English" brings English back, and he chooses French.
     */
    private static void switchesToFrenchAndBackAndJoins(Browser sam, String link) {
        sam.open(link);
        sam.visible(By.id("sign-in")).click();
        assertKeycloakReads(sam, "en");
        sam.signIn(DemoUsers.SAM, DemoUsers.PASSWORD);
        sam.waitForWords(By.id("join-what"), offer(EN));
        assertReads(sam, EN);

        switchTo(sam, FR);
        sam.waitForWords(By.id("join-heading"), FR.t("join-heading"));
        sam.waitForWords(By.id("join-accept"), FR.t("join-accept"));
        accessible(sam, "fr-invitation-tablet", "the invitation on a tablet, after the switch to French");

        switchTo(sam, EN);
        sam.waitForWords(By.id("join-heading"), EN.t("join-heading"));

        switchTo(sam, FR);
        assertThat(sam.driver().executeScript("return localStorage.getItem('attune.language')"))
                .as("the choice kept on the device")
                .isEqualTo("fr");
        sam.press(By.id("join-accept"));
        sam.waitForWords(By.id("connection"), FR.t("room.connected"));
        sam.waitForWords(By.id("who-name"), FR.t("who-name", "name", SAM));
    }

    /**
     * Presses the header's switch, which names the other language in its own words, and waits
     * until the page has opened again in it: the invitation, written by the page as it starts,
     * reads in the language chosen.
     */
    private static void switchTo(Browser browser, Bundles language) {
        assertThat(browser.visible(SWITCH).getText()).isEqualTo(language.t("language.name"));
        assertThat(browser.visible(SWITCH).getDomProperty("lang")).isEqualTo(language.language());
        browser.press(SWITCH);
        browser.waitForWords(By.id("join-what"), offer(language));
        assertReads(browser, language);
    }

    private static void takeTurnsInSpeakerListener(Browser maya, Browser alex, Browser sam) {
        maya.choose(By.id("protocol-choice"), "speaker_listener");
        maya.driver().findElement(By.id("protocol-set")).click();
        maya.waitForWords(By.id("session-reason"), FR.t("screen.blocked.open-first"));
        maya.press(By.id("screen-clear"));
        alex.waitForWords(By.id("transcript"), FR.t("event.room_cleared.by-therapist"));
        maya.press(By.id("session-toggle"));
        maya.waitForWords(By.id("session-state"), FR.t("room.session-running"));
        maya.choose(By.id("floor-to"), DemoUsers.idOf(DemoUsers.ALEX));
        maya.press(By.id("floor-grant"));

        alex.waitForWords(By.id("turn-state"), FR.t("turns.speaker_listener.speaking.you-speak", "listener", SAM));
        sam.waitForWords(By.id("turn-state"), FR.t("turns.speaker_listener.speaking.you-listen", "speaker", ALEX));
        sam.waitForWords(By.id("composer-reason"), FR.start("turns.why.not-yet"));
        sam.waitForWords(By.id("turn-whose"), FR.t("conversation.turn-of", "name", ALEX));
        assertThat(sam.driver().findElement(By.id("message")).isEnabled()).isFalse();
        send(alex, "Quand tu as travaillé tard vendredi, je me suis senti oublié.");
        sam.waitForWords(By.id("turn-state"), FR.t("turns.speaker_listener.paraphrasing.you"));
        sam.waitForWords(By.id("turn-whose"), FR.t("conversation.your-turn"));
        send(sam, "Tu t’es senti oublié quand j’ai travaillé tard vendredi.");
        alex.waitForWords(By.id("turn-state"), FR.t("turns.speaker_listener.confirming.you"));
        alex.visible(By.id("confirm-yes"));
    }

    /**
     * Alex's phone as he checks Sam's paraphrase, light and dark, in French; then he presses
     * "English" (his choice wins over his browser's French), and "Français" to come back.
     */
    private static void thePhoneInFrenchAndInEnglish(Browser alex) {
        for (Bundles language : List.of(FR, EN)) {
            if (language == EN) {
                alex.press(SWITCH);
                alex.waitForWords(By.id("who-name"), EN.t("who-name", "name", ALEX));
            }
            assertReads(alex, language);
            alex.waitForWords(By.id("turn-state"), language.t("turns.speaker_listener.confirming.you"));
            alex.visible(By.id("confirm-yes"));
            for (String scheme : List.of("light", "dark")) {
                alex.prefersColorScheme(scheme);
                String where = "the phone, " + language.language() + ", " + scheme;
                RoomLayout.assertLaidOut(alex, where);
                assertThat(alex.seriousAccessibilityViolations())
                        .as("accessibility of %s", where)
                        .isEmpty();
                if (language == FR) {
                    alex.screenshotOfWindow("room-phone-fr" + ("dark".equals(scheme) ? "-dark" : ""));
                }
            }
            alex.prefersColorScheme("light");
            assertHeaderBreathes(alex, "the phone, " + language.language());
        }
        alex.press(SWITCH);
        alex.waitForWords(By.id("who-name"), FR.t("who-name", "name", ALEX));
        assertReads(alex, FR);
        alex.visible(By.id("confirm-yes"));
    }

    /** Maya's console on her desktop, light and dark, in French, then in English and back. */
    private static void theConsoleInFrenchAndInEnglish(Browser maya) {
        for (Bundles language : List.of(FR, EN)) {
            if (language == EN) {
                maya.press(SWITCH);
                maya.waitForWords(By.id("who-name"), EN.t("who-name", "name", MAYA));
            }
            assertReads(maya, language);
            maya.waitForWords(By.id("connection"), language.t("room.connected"));
            maya.waitForWords(By.id("transcript"), language.t("event.paraphrase_confirmed", "name", ALEX));
            maya.waitForWords(By.id("members-list"), SAM);
            for (String scheme : List.of("light", "dark")) {
                maya.prefersColorScheme(scheme);
                RoomLayout.scrollToNewest(maya);
                RoomLayout.assertLaidOut(maya, "the console, " + language.language() + ", " + scheme);
                assertThat(maya.seriousAccessibilityViolations())
                        .as("accessibility of the therapist's console, %s, %s", language.language(), scheme)
                        .isEmpty();
                if (language == FR) {
                    maya.screenshotOfWindow("console-desktop-fr" + ("dark".equals(scheme) ? "-dark" : ""));
                }
            }
            maya.prefersColorScheme("light");
        }
        maya.press(SWITCH);
        maya.waitForWords(By.id("who-name"), FR.t("who-name", "name", MAYA));
        maya.waitForWords(By.id("connection"), FR.t("room.connected"));
    }

    private static void pauseAndCheckIn(Browser maya, Browser alex, Browser sam) {
        sam.press(By.id("pause-open"));
        sam.choose(By.id("pause-reason"), "overwhelmed");
        sam.choose(By.id("pause-length"), "1");
        sam.press(By.id("pause-start"));
        alex.visible(By.id("pause-overlay"));
        alex.waitForWords(By.id("pause-why"), FR.t("pause-why.overwhelmed"));
        alex.prefersColorScheme("dark");
        accessible(alex, "fr-pause-phone-dark", "the pause on a phone, in French, dark");
        alex.prefersColorScheme("light");
        maya.visible(By.id("room-resume"));
        maya.waitForWords(By.id("transcript"), FR.start("event.paused", "who", SAM));

        // "Back at" is a whole minute: a one-minute break ends 60 to 120 seconds after it began.
        alex.waitForWords(By.id("pause-step"), FR.t("pause.notice-feelings"), Duration.ofSeconds(150));
        sam.waitForWords(By.id("pause-step"), FR.t("pause.notice-feelings"), Duration.ofSeconds(30));
        alex.choose(By.id("calm"), "4");
        alex.press(By.id("ready"));
        sam.choose(By.id("calm"), "3");
        sam.press(By.id("ready"));
        accessible(alex, "fr-check-in-phone", "the check-in on a phone, in French");
        maya.waitForWords(By.id("checkin-list"), FR.t("check-in.ready-calm", "name", ALEX, "calm", 4));
        maya.waitForWords(By.id("checkin-list"), FR.t("check-in.ready-calm", "name", SAM, "calm", 3));
        accessible(maya, "fr-check-in-therapist", "the therapist's check-in, in French");
        maya.press(By.id("room-resume"));
        alex.gone(By.id("pause-overlay"));
        sam.gone(By.id("pause-overlay"));
        maya.choose(By.id("protocol-choice"), "open");
        maya.press(By.id("protocol-set"));
        sam.waitForWords(By.id("turn-state"), FR.t("turns.open"));
        send(sam, "Merci. Je suis plus calme maintenant.");
        alex.waitForWords(By.id("transcript"), "Merci. Je suis plus calme maintenant.");
        accessible(alex, "fr-room-phone-whole", "Alex's room on a phone, in French, after the pause");
        accessible(maya, "fr-console-desktop-whole", "the therapist's room on a desktop, in French, after the pause");
    }

    /** The invitation as the page words it in a language: from Maya, to the room, for a couple, to take part. */
    private static String offer(Bundles language) {
        return language.t(
                "invitation.offer",
                "invitedBy",
                MAYA,
                "roomName",
                ROOM,
                "roomFor",
                language.t("invitation.for.couple"),
                "as",
                language.t("invitation.as.participant"));
    }

    /** The page says it is in this language, and its own words are in it. */
    private static void assertReads(Browser browser, Bundles language) {
        browser.until(d ->
                language.language().equals(browser.driver().executeScript("return document.documentElement.lang")));
        assertThat(browser.driver().getTitle()).isEqualTo(language.t("page.title"));
        assertThat(Bundles.plain(
                        browser.driver().findElement(By.id("quick-exit")).getText()))
                .isEqualTo(Bundles.plain(language.t("quick-exit")));
    }

    /** Keycloak's sign-in page, in the language of the browser: the realm offers English and French. */
    private static void assertKeycloakReads(Browser browser, String language) {
        browser.visible(By.id("username"));
        assertThat((String) browser.driver().executeScript("return document.documentElement.lang"))
                .as("the language of Keycloak's sign-in page")
                .startsWith(language);
    }

    /** On a phone, "Attune", who is signed in, the language switch and "Leave quickly" each have their own place. */
    private static void assertHeaderBreathes(Browser browser, String where) {
        browser.driver().executeScript("window.scrollTo(0, 0)");
        JsonObject boxes = RoomLayout.read((String) browser.driver().executeScript(HEADER_BOXES));
        List<String> parts = List.of("name", "who", "language", "exit");
        for (int i = 0; i < parts.size(); i++) {
            for (int j = i + 1; j < parts.size(); j++) {
                assertThat(RoomLayout.overlap(boxes.getJsonObject(parts.get(i)), boxes.getJsonObject(parts.get(j))))
                        .as("%s and %s in the header at %s: %s", parts.get(i), parts.get(j), where, boxes)
                        .isFalse();
            }
        }
    }

    private static final String HEADER_BOXES = """
            const box = (selector) => document.querySelector(selector).getBoundingClientRect().toJSON();
            const name = document.createRange();
            name.selectNodeContents(document.querySelector('.bar h1'));
            return JSON.stringify({ name: name.getBoundingClientRect().toJSON(), who: box('#who'),
                language: box('#language'), exit: box('#quick-exit') });
            """;

    /** Saves the whole page as {@code name} (under target/screenshots) and scans it with axe-core. */
    private static void accessible(Browser browser, String name, String screen) {
        browser.screenshot(name);
        assertThat(browser.seriousAccessibilityViolations())
                .as("accessibility of " + screen)
                .isEmpty();
    }

    private static void send(Browser browser, String text) {
        browser.visible(By.id("message")).clear();
        browser.visible(By.id("message")).sendKeys(text);
        browser.driver().findElement(By.id("send")).click();
    }
}
