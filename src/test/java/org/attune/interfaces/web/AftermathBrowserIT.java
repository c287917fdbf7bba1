package org.attune.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.support.LiveClient.event;
import static org.attune.support.TestRoom.command;
import static org.attune.support.TestRoom.say;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.attune.support.AttuneIT;
import org.attune.support.Browser;
import org.attune.support.DemoUsers;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Sam goes through Gottman's Aftermath of a Fight in the browser: rates their
 * calm, chooses feelings from the list beside their own words, and answers
 * Alex's apology, first "not yet" with what they still need, then accepting it.
 */
class AftermathBrowserIT extends AttuneIT {

    private static final String ALEX_ID = DemoUsers.idOf(DemoUsers.ALEX);
    private static final String SAM_ID = DemoUsers.idOf(DemoUsers.SAM);

    private static void stepFor(LiveClient client, String memberId, String name) {
        assertThat(client.next(event("step", memberId)).getString("step")).isEqualTo(name);
    }

    private static By feeling(String label) {
        return By.xpath("//div[@id='feelings-list']//label[normalize-space()='" + label + "']");
    }

    @Test
    void samChoosesFeelingsAndAnswersAnApologyInTheBrowser() {
        TestRoom room = TestRoom.open().clearedForConversation();
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient alex = room.enter(DemoUsers.ALEX);
                LiveClient samWords = room.enter(DemoUsers.SAM);
                Browser sam = new Browser()) {
            maya.send(
                    command("start_session", "start").add("protocol", "repair").build());
            alex.next(event("protocol_set"));
            maya.send(command("grant_floor", "grant").add("to", SAM_ID).build());
            alex.next(event("order_set"));

            sam.signInAndOpenRoom(DemoUsers.SAM, room.id());
            sam.waitForText(By.id("turn-state"), "each of you says how calm you feel");
            sam.visible(By.cssSelector("#calm-choices button[data-calm='4']")).click();
            assertThat(maya.next(event("calm_rating", SAM_ID)).getInt("amount")).isEqualTo(4);
            alex.send(command("rate_calm", "a-calm").add("calm", 4).build());

            sam.visible(feeling("not listened to")).click();
            sam.visible(feeling("hurt")).click();
            sam.visible(By.id("message")).sendKeys("lonely, at the end.");
            sam.screenshot("aftermath-feelings");
            sam.driver().findElement(By.id("feelings-share")).click();
            JsonObject chosen = alex.next(event("feelings_chosen"));
            assertThat(chosen.getJsonArray("feelings").getValuesAs(JsonValue::asJsonObject).stream()
                            .map(f -> f.getString("feeling"))
                            .toList())
                    .containsExactly("not_listened_to", "hurt");
            assertThat(chosen.getBoolean("done")).isFalse();
            assertThat(alex.next(event("message")).getString("text")).isEqualTo("I felt lonely, at the end.");
            sam.waitForText(By.id("transcript"), "Sam Rivera: “I felt not listened to, hurt.”");

            stepFor(alex, ALEX_ID, "feelings");
            alex.send(command("choose_feelings", "a-feel")
                    .add("feelings", jakarta.json.Json.createArrayBuilder().add("defensive"))
                    .add("done", true)
                    .build());
            stepFor(samWords, SAM_ID, "feelings");
            stepFor(samWords, SAM_ID, "realities");
            samWords.send(say("s-real", "I saw you look at your phone while I talked."));
            stepFor(alex, ALEX_ID, "realities_validation");
            alex.send(say("a-valid", "You felt ignored. I can see how you saw it that way."));
            stepFor(alex, ALEX_ID, "realities");
            alex.send(say("a-real", "I was reading the message from school."));
            stepFor(samWords, SAM_ID, "realities_validation");
            samWords.send(say("s-valid", "You were worried about the school; that makes sense."));
            stepFor(samWords, SAM_ID, "triggers");
            samWords.send(say("s-trig", "It hit hard because my father never listened."));
            stepFor(alex, ALEX_ID, "triggers");
            alex.send(command("pass_floor", "a-trig").build());
            stepFor(samWords, SAM_ID, "responsibility");
            samWords.send(say("s-resp", "I was tired and stressed; I regret raising my voice."));
            stepFor(samWords, SAM_ID, "apology");
            samWords.send(say("s-sorry", "I'm sorry for raising my voice."));
            stepFor(alex, ALEX_ID, "apology_answer");
            alex.send(
                    command("answer_apology", "a-accept").add("accepted", true).build());
            stepFor(alex, ALEX_ID, "responsibility");
            alex.send(say("a-resp", "I was distant; I regret not telling you."));
            stepFor(alex, ALEX_ID, "apology");
            alex.send(say("a-sorry", "I'm sorry for shutting you out."));

            sam.visible(By.id("apology-not-yet")).click();
            JsonObject notYet = alex.next(event("apology_answered", ALEX_ID));
            assertThat(notYet.getBoolean("accepted")).isFalse();
            sam.waitForText(By.id("turn-state"), "You answer: what is still needed.");
            sam.visible(By.id("message")).clear();
            sam.visible(By.id("message")).sendKeys("What I still need is to hear that my worry mattered.");
            sam.driver().findElement(By.id("send")).click();
            JsonObject need = alex.next(event("message")
                    .and(f -> SAM_ID.equals(f.getString("actor"))
                            && f.getString("text").startsWith("What I still")));
            assertThat(need.getString("text")).isEqualTo("What I still need is to hear that my worry mattered.");
            stepFor(alex, ALEX_ID, "apology");
            alex.send(say("a-sorry-2", "I'm sorry I didn't tell you what worried me."));

            sam.visible(By.id("apology-accept")).click();
            JsonObject accepted = alex.next(event("apology_answered", ALEX_ID));
            assertThat(accepted.getBoolean("accepted")).isTrue();
            sam.waitForText(By.id("transcript"), "Sam Rivera: “I accept your apology.”");
            sam.waitForText(By.id("turn-state"), "You answer: plan.");
        }
    }
}
