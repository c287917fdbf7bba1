package org.attune.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.support.LiveClient.ack;
import static org.attune.support.LiveClient.event;
import static org.attune.support.TestRoom.command;
import static org.attune.support.TestRoom.say;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attune.support.AttuneIT;
import org.attune.support.Browser;
import org.attune.support.DemoUsers;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * Maya opens the couple's room after two sessions and reads them in her
 * console: the time from a rupture to its repair, session by session, and the
 * newest session as a picture drawn by the server. Alex, in his own browser,
 * has no such card, until Maya chooses to share the time to repair with the
 * room as guidance.
 */
class BrowserSessionSummaryIT extends AttuneIT {

    private static final String ALEX_ID = DemoUsers.idOf(DemoUsers.ALEX);
    private static final By TREND = By.id("repair-trend");
    private static final By NEWEST = By.cssSelector("#session-summaries details[open] img");

    @Test
    void mayaReadsTheTimeToRepairSessionBySessionAndSeesTheNewestSessionDrawn() throws IOException {
        TestRoom room = TestRoom.inSession();
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient alex = room.enter(DemoUsers.ALEX);
                LiveClient sam = room.enter(DemoUsers.SAM)) {
            alex.send(say("a-1", "You NEVER listen, you selfish idiot!!!"));
            alex.next(ack("a-1"));
            alex.send(say("a-2", "Whatever. You always do this and I'm done."));
            maya.next(event("escalation", ALEX_ID));
            maya.send(command("pause", "m-1").add("minutes", 5).build());
            maya.next(ack("m-1"));
            maya.send(command("resume", "m-2").build());
            maya.next(ack("m-2"));
            sam.send(say("s-1", "I hear that you feel unheard. I want to listen."));
            sam.next(ack("s-1"));
            alex.send(command("offer_repair", "a-3").add("phrase", "sorry").build());
            long offer = alex.next(ack("a-3")).getJsonNumber("seq").longValue();
            sam.send(command("accept_repair", "s-2").add("offer", offer).build());
            sam.next(ack("s-2"));
            maya.send(command("end_session", "m-3").build());
            maya.next(ack("m-3"));

            maya.send(command("start_session", "m-4").build());
            maya.next(ack("m-4"));
            alex.send(say("a-4", "I felt alone at the party last week."));
            alex.next(ack("a-4"));
            maya.send(command("pause", "m-5").add("minutes", 5).build());
            maya.next(ack("m-5"));
            maya.send(command("resume", "m-6").build());
            maya.next(ack("m-6"));
        }

        try (Browser maya = new Browser();
                Browser alex = new Browser()) {
            maya.signInAsTherapistAndOpenRoom(room.id());
            maya.waitForText(By.id("connection"), "Connected");
            maya.waitForText(TREND, "Time from a rupture to its repair: session 1: ");
            assertThat(maya.driver().findElement(TREND).getText())
                    .matches("Time from a rupture to its repair: session 1: \\d+ s · session 2: not repaired within"
                            + " the session\\.");
            WebElement picture = maya.visible(NEWEST);
            assertThat(picture.getAttribute("alt")).startsWith("Session 2, ").contains("1 rupture, 0 repaired");
            Long width = maya.until(d -> {
                long w = ((Number) maya.driver()
                                .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0", picture))
                        .longValue();
                return w > 0 ? w : null;
            });
            assertThat(width)
                    .as("the picture loads from the server, drawn for the console at twice its size")
                    .isEqualTo(680L);
            maya.press(By.cssSelector("#session-summaries details:not([open]) summary"));
            WebElement first = maya.visible(By.xpath("//details[summary[text()='Session 1']]//img"));
            assertThat(first.getAttribute("alt")).contains("1 rupture, 1 repaired");
            maya.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", first);
            Path dir = Path.of("target/screenshots");
            Files.createDirectories(dir);
            Files.write(
                    dir.resolve("session-summary.png"),
                    maya.driver().findElement(By.id("sessions-box")).getScreenshotAs(OutputType.BYTES));
            assertThat(maya.seriousAccessibilityViolations())
                    .as("accessibility of the console with its sessions")
                    .isEmpty();

            alex.signInAndOpenRoom(DemoUsers.ALEX, room.id());
            alex.waitForText(By.id("connection"), "Connected");
            assertThat(alex.driver().findElement(By.id("sessions-box")).isDisplayed())
                    .as("the console, and its sessions, are the therapists' alone")
                    .isFalse();

            maya.press(By.id("repair-trend-share"));
            assertThat(maya.driver().findElement(By.id("message")).getAttribute("value"))
                    .as("offered for Maya to read and send, or not: the time to repair, nothing of the heat")
                    .isEqualTo("Finding your way back to each other after a hard moment, session by session (the time"
                            + " from a rupture to its repair): session 1, under a minute.");
            assertThat(maya.driver().findElement(By.id("send-as")).getAttribute("value"))
                    .isEqualTo("guide");
            maya.press(By.id("send"));
            alex.waitForText(By.id("transcript"), "Finding your way back to each other after a hard moment");
        }
    }
}
