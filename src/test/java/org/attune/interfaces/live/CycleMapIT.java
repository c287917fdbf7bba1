package org.attune.interfaces.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.support.LiveClient.ack;
import static org.attune.support.LiveClient.event;
import static org.attune.support.TestRoom.command;
import static org.attune.support.TestRoom.say;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.attune.interfaces.JsonFactories;
import org.attune.support.AttuneIT;
import org.attune.support.DemoUsers;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.junit.jupiter.api.Test;

/** The couple's cycle map over real sockets: who edits it, who sees it, its versions, and the cycle in the room. */
class CycleMapIT extends AttuneIT {

    private static final String ALEX_ID = DemoUsers.idOf(DemoUsers.ALEX);
    private static final String SAM_ID = DemoUsers.idOf(DemoUsers.SAM);
    private static final String ALEX_WORDS = "I want to know I count to you.";

    private static JsonObject setCycle(
            String id, String member, String move, String surface, String softer, String need) {
        return command("set_cycle", id)
                .add("member", member)
                .add("move", move)
                .add("surface", surface)
                .add("softer", JsonFactories.array().add(softer))
                .add("need", need)
                .build();
    }

    @Test
    void theTherapistMapsTheCycleTheRoomSeesItAndHeatNamesTheCycleNotAPerson() {
        TestRoom room = TestRoom.inSession();
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient alex = room.enter(DemoUsers.ALEX);
                LiveClient sam = room.enter(DemoUsers.SAM)) {
            maya.send(command("set_cycle", "m-1")
                    .add("member", ALEX_ID)
                    .add("move", "pursue")
                    .add("surface", "anger")
                    .add("softer", JsonFactories.array().add("hurt").add("fear"))
                    .add("need", "to_matter")
                    .add("words", ALEX_WORDS)
                    .build());
            maya.next(ack("m-1"));
            JsonObject alexPart = sam.next(event("cycle_map_updated", ALEX_ID));
            assertThat(alexPart.getInt("version")).isEqualTo(1);
            assertThat(alexPart.getJsonObject("cycle").getString("move")).isEqualTo("pursue");
            assertThat(alexPart.getJsonObject("cycle").getString("words")).isEqualTo(ALEX_WORDS);
            assertThat(alex.next(event("cycle_map_updated", ALEX_ID)).getInt("version"))
                    .isEqualTo(1);

            maya.send(setCycle("m-2", SAM_ID, "withdraw", "going quiet", "shame", "to_be_accepted"));
            assertThat(alex.next(event("cycle_map_updated", SAM_ID)).getInt("version"))
                    .isEqualTo(2);

            sam.send(setCycle("s-1", SAM_ID, "pursue", "rage", "hurt", "to_matter"));
            JsonObject refused = sam.next("error");
            assertThat(refused.getString("id")).isEqualTo("s-1");
            assertThat(refused.getString("code")).isEqualTo("forbidden");
            maya.send(setCycle("m-3", ALEX_ID, "attack", "anger", "hurt", "to_matter"));
            assertThat(maya.next("error").getString("code")).isEqualTo("bad_request");

            try (LiveClient late = room.connect(DemoUsers.SAM)) {
                JsonObject cycle = late.next("welcome").getJsonObject("cycle");
                assertThat(cycle.getInt("version"))
                        .as("refused edits change nothing")
                        .isEqualTo(2);
                assertThat(cycle.getJsonArray("versions")).hasSize(2);
                JsonObject samsPart = cycle.getJsonArray("entries").getValuesAs(JsonValue::asJsonObject).stream()
                        .filter(e -> e.getString("member").equals(SAM_ID))
                        .findFirst()
                        .orElseThrow();
                assertThat(samsPart.getString("move")).isEqualTo("withdraw");
                assertThat(samsPart.getString("surface")).isEqualTo("going quiet");
            }

            alex.send(say("a-1", "You NEVER listen, you selfish idiot!!!"));
            long first = sam.next(event("message")).getJsonNumber("seq").longValue();
            maya.send(command("tag_cycle_step", "m-tag")
                    .add("seq", first)
                    .add("member", ALEX_ID)
                    .add("step", "move")
                    .build());
            maya.next(ack("m-tag"));
            alex.send(say("a-2", "Whatever. You always do this and I'm done."));

            JsonObject named = sam.next(event("cycle_named"));
            assertThat(named.getString("text")).contains("cycle").doesNotContain("Alex", "Sam");
            assertThat(named.containsKey("target")).as("it names nobody").isFalse();
            JsonObject prompt = alex.next(event("cycle_prompt", ALEX_ID));
            assertThat(prompt.getString("text"))
                    .startsWith("Under the anger, is there hurt or fear?")
                    .contains(ALEX_WORDS);
            assertThat(maya.next(event("cycle_prompt", ALEX_ID)).getString("audience"))
                    .isEqualTo("therapists_and_target");

            sam.send(say("s-2", "I hear you."));
            sam.next(ack("s-2"));
            alex.next(ack("a-2"));
            assertThat(sam.drain())
                    .as("Sam never receives Alex's prompt nor the therapist's tag")
                    .noneMatch(f -> List.of("cycle_prompt", "cycle_step_tagged").contains(f.getString("kind", "")));
            assertThat(alex.drain()).noneMatch(f -> "cycle_step_tagged".equals(f.getString("kind", "")));
        }
    }
}
