package org.attune.interfaces.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.support.LiveClient.ack;
import static org.attune.support.LiveClient.event;
import static org.attune.support.TestRoom.command;
import static org.attune.support.TestRoom.say;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.function.Predicate;
import org.attune.support.AttuneIT;
import org.attune.support.DemoUsers;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.junit.jupiter.api.Test;

/**
 * Gottman's Aftermath of a Fight over real sockets, as a couple and their
 * therapist would go through it: the calm check that waits for someone still
 * flooded, feelings chosen from the list, each reality validated by the
 * partner, an apology not yet accepted, what is still needed, the apology
 * again and accepted, and the plans.
 */
class AftermathIT extends AttuneIT {

    private static final String ALEX_ID = DemoUsers.idOf(DemoUsers.ALEX);
    private static final String SAM_ID = DemoUsers.idOf(DemoUsers.SAM);

    private static jakarta.json.JsonArrayBuilder names(String... names) {
        jakarta.json.JsonArrayBuilder out = jakarta.json.Json.createArrayBuilder();
        for (String n : names) {
            out.add(n);
        }
        return out;
    }

    private static Predicate<JsonObject> step(String name) {
        return event("step").and(f -> name.equals(f.getString("step", null)));
    }

    /** The member is told it is their step, and it is this one. */
    private static void stepFor(LiveClient client, String memberId, String name) {
        assertThat(client.next(event("step", memberId)).getString("step")).isEqualTo(name);
    }

    @Test
    void aCoupleCompletesAnAftermathWithAnApologyDeclinedThenAccepted() {
        TestRoom room = TestRoom.open().clearedForConversation();
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient alex = room.enter(DemoUsers.ALEX);
                LiveClient sam = room.enter(DemoUsers.SAM)) {
            maya.send(
                    command("start_session", "start").add("protocol", "repair").build());
            sam.next(event("protocol_set"));
            maya.send(command("grant_floor", "grant").add("to", SAM_ID).build());
            JsonObject calmCheck = alex.next(step("calm_check"));
            assertThat(calmCheck.containsKey("target")).isFalse();
            assertThat(calmCheck.getString("prompt")).contains("how calm you feel");

            calmChecked(maya, alex, sam);
            feelings(alex, sam);
            realities(alex, sam);

            sam.send(say("s-trig", "It hit hard because my father never listened."));
            sam.next(ack("s-trig"));
            stepFor(alex, ALEX_ID, "triggers");
            alex.send(command("pass_floor", "a-trig").build());
            stepFor(sam, SAM_ID, "responsibility");
            sam.send(say("s-resp", "I was tired and stressed; I regret raising my voice."));
            stepFor(sam, SAM_ID, "apology");
            sam.send(say("s-sorry", "I'm sorry for raising my voice."));
            stepFor(alex, ALEX_ID, "apology_answer");
            apologyDeclinedThenAccepted(maya, alex, sam);

            alex.send(say("a-resp", "I was distant; I regret not telling you."));
            stepFor(alex, ALEX_ID, "apology");
            alex.send(say("a-sorry", "I'm sorry for shutting you out."));
            stepFor(sam, SAM_ID, "apology_answer");
            sam.send(command("answer_apology", "s-accept").add("accepted", true).build());
            stepFor(sam, SAM_ID, "plan");
            sam.send(say("s-plan", "Next time, tell me when the school writes."));
            stepFor(alex, ALEX_ID, "plan");
            alex.send(say("a-plan", "Let us talk it over with tea on Sunday."));
            assertThat(sam.next(step("repaired")).getString("actor")).isEqualTo("attune");

            List<JsonObject> alexSaw = alex.drain();
            assertThat(alexSaw)
                    .as("Alex never sees Sam's calm rating, nor Sam's invitation to take time")
                    .noneMatch(f ->
                            "calm_rating".equals(f.getString("kind", "")) && SAM_ID.equals(f.getString("target", "")))
                    .noneMatch(f -> "take_time".equals(f.getString("step", "")));
        }
    }

    /** Sam is still flooded: the room waits, naming nobody, and only Sam is invited to take time. */
    private static void calmChecked(LiveClient maya, LiveClient alex, LiveClient sam) {
        alex.send(command("rate_calm", "a-calm").add("calm", 4).build());
        JsonObject alexRating = alex.next(event("calm_rating", ALEX_ID));
        assertThat(alexRating.getInt("amount")).isEqualTo(4);
        assertThat(alexRating.getString("audience")).isEqualTo("therapists_and_target");
        alex.send(say("a-early", "I felt defensive."));
        assertThat(alex.next("error").getString("code")).isEqualTo("not_your_turn");

        sam.send(command("rate_calm", "s-calm-1").add("calm", 2).build());
        assertThat(maya.next(event("calm_rating", SAM_ID)).getInt("amount")).isEqualTo(2);
        JsonObject waits = alex.next(step("calm_wait"));
        assertThat(waits.containsKey("target"))
                .as("the room is told it waits, naming nobody")
                .isFalse();
        assertThat(waits.getString("prompt")).contains("waits");
        JsonObject takeTime = sam.next(step("take_time"));
        assertThat(takeTime.getString("target")).isEqualTo(SAM_ID);
        assertThat(takeTime.getString("audience")).isEqualTo("therapists_and_target");
        assertThat(takeTime.getString("prompt")).startsWith("Take the time you need.");

        sam.send(command("rate_calm", "s-calm-bad").add("calm", 9).build());
        assertThat(sam.next("error").getString("code")).isEqualTo("bad_request");
        sam.send(command("rate_calm", "s-calm-2").add("calm", 4).build());
        assertThat(alex.next(event("floor_granted")).getString("target")).isEqualTo(SAM_ID);
    }

    /** Sam chooses feelings from the list and adds words; Alex's chosen feelings are the whole answer. */
    private static void feelings(LiveClient alex, LiveClient sam) {
        JsonObject feelings = sam.next(event("step", SAM_ID));
        assertThat(feelings.getString("step")).isEqualTo("feelings");
        assertThat(feelings.getJsonArray("choices").getValuesAs(JsonValue::asJsonObject).stream()
                        .map(c -> c.getString("label"))
                        .toList())
                .contains("defensive", "not listened to", "totally flooded", "taken for granted");

        sam.send(command("choose_feelings", "s-grumpy")
                .add("feelings", names("hurt", "grumpy"))
                .build());
        JsonObject unknown = sam.next("error");
        assertThat(unknown.getString("code")).isEqualTo("bad_request");
        assertThat(unknown.getString("message")).contains("\"grumpy\" is not on the list of feelings");

        sam.send(command("choose_feelings", "s-feel")
                .add("feelings", names("not_listened_to", "hurt"))
                .build());
        JsonObject chosen = alex.next(event("feelings_chosen"));
        assertThat(chosen.getString("actor")).isEqualTo(SAM_ID);
        assertThat(chosen.getJsonArray("feelings").getValuesAs(JsonValue::asJsonObject).stream()
                        .map(f -> f.getString("label"))
                        .toList())
                .containsExactly("not listened to", "hurt");
        assertThat(chosen.getBoolean("done")).isFalse();
        sam.send(say("s-feel-words", "And lonely, at the end."));
        stepFor(alex, ALEX_ID, "feelings");

        alex.send(command("choose_feelings", "a-feel")
                .add("feelings", names("defensive"))
                .add("done", true)
                .build());
        assertThat(sam.next(event("feelings_chosen").and(f -> ALEX_ID.equals(f.getString("actor"))))
                        .getBoolean("done"))
                .isTrue();
        stepFor(sam, SAM_ID, "realities");
    }

    /** Each telling is summed up and validated by the partner before the next; a validation is not passed. */
    private static void realities(LiveClient alex, LiveClient sam) {
        sam.send(say("s-real", "I saw you look at your phone while I talked."));
        JsonObject validation = alex.next(event("step", ALEX_ID));
        assertThat(validation.getString("step")).isEqualTo("realities_validation");
        assertThat(validation.getString("stem")).contains("I can see how you saw it that way");
        alex.send(command("pass_floor", "a-skip").build());
        assertThat(alex.next("error").getString("code")).isEqualTo("invalid_state");
        alex.send(say("a-valid", "You felt ignored. I can see how you saw it that way."));
        stepFor(alex, ALEX_ID, "realities");
        alex.send(say("a-real", "I was reading the message from school."));
        stepFor(sam, SAM_ID, "realities_validation");
        sam.send(say("s-valid", "You were worried about the school; that makes sense."));
        JsonObject triggers = sam.next(event("step", SAM_ID));
        assertThat(triggers.getString("step")).isEqualTo("triggers");
        assertThat(triggers.getString("prompt")).contains("What from your past might have made this hit hard?");
    }

    /** Alex is not ready to accept Sam's apology and says what is still needed; Sam apologises again; accepted. */
    private static void apologyDeclinedThenAccepted(LiveClient maya, LiveClient alex, LiveClient sam) {
        alex.send(say("a-talk", "Fine."));
        assertThat(alex.next("error").getString("code")).isEqualTo("not_your_turn");
        sam.send(command("answer_apology", "s-self").add("accepted", true).build());
        assertThat(sam.next("error").getString("code")).isEqualTo("not_your_turn");

        alex.send(command("answer_apology", "a-not-yet").add("accepted", false).build());
        JsonObject notYet = sam.next(event("apology_answered", SAM_ID));
        assertThat(notYet.getBoolean("accepted")).isFalse();
        assertThat(notYet.getString("actor")).isEqualTo(ALEX_ID);
        alex.next(ack("a-not-yet"));
        stepFor(alex, ALEX_ID, "apology_need");
        alex.send(say("a-need", "I still need to hear that my worry mattered."));
        stepFor(sam, SAM_ID, "apology");
        sam.send(say("s-sorry-2", "I'm sorry I didn't ask what worried you."));
        stepFor(alex, ALEX_ID, "apology_answer");
        alex.send(command("answer_apology", "a-accept").add("accepted", true).build());
        assertThat(maya.next(event("apology_answered", SAM_ID).and(f -> f.getBoolean("accepted"))))
                .isNotNull();
        stepFor(alex, ALEX_ID, "responsibility");
    }
}
