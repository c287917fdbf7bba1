package org.attune.interfaces.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.support.TestRoom.command;
import static org.attune.support.TestRoom.say;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.function.Predicate;
import org.attune.support.AttuneIT;
import org.attune.support.DemoUsers;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.junit.jupiter.api.Test;

/** The floor protocol over real sockets: hands, grants, a turn that runs out and hands the floor on. */
class FloorIT extends AttuneIT {

    private static final String ALEX_ID = DemoUsers.idOf(DemoUsers.ALEX);
    private static final String SAM_ID = DemoUsers.idOf(DemoUsers.SAM);

    @Test
    void onlyTheHolderSpeaksAndATimedTurnHandsTheFloorOn() {
        TestRoom room = TestRoom.open().clearedForConversation();
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient alex = room.enter(DemoUsers.ALEX);
                LiveClient sam = room.enter(DemoUsers.SAM)) {

            maya.send(command("start_session", "start").add("protocol", "floor").build());
            assertThat(alex.next(kind("protocol_set")).getString("text")).isEqualTo("floor");
            maya.send(command("set_turn_limit", "limit").add("seconds", 30).build());
            assertThat(alex.next(kind("turn_limit_set")).getInt("amount")).isEqualTo(30);

            sam.send(say("s-0", "Can I go first?"));
            assertThat(sam.next("error").getString("code")).isEqualTo("not_your_turn");
            alex.send(command("raise_hand", "a-hand").build());
            maya.next(f -> "event".equals(f.getString("type"))
                    && "hand_raised".equals(f.getString("kind"))
                    && ALEX_ID.equals(f.getString("target")));
            sam.send(command("raise_hand", "s-hand").build());
            maya.next(f -> "event".equals(f.getString("type"))
                    && "hand_raised".equals(f.getString("kind"))
                    && SAM_ID.equals(f.getString("target")));

            try (LiveClient late = room.connect(DemoUsers.THERAPIST)) {
                JsonObject turn = late.next("welcome").getJsonObject("turn");
                assertThat(turn.getString("protocol")).isEqualTo("floor");
                assertThat(turn.getJsonArray("queue").getString(0)).isEqualTo(ALEX_ID);
                assertThat(turn.getInt("limitSeconds")).isEqualTo(30);
            }

            maya.send(command("grant_floor", "grant").add("to", ALEX_ID).build());
            JsonObject granted = sam.next(kind("floor_granted"));
            assertThat(granted.getString("target")).isEqualTo(ALEX_ID);
            assertThat(granted.getString("until")).isNotBlank();

            alex.send(say("a-1", "I'd like to talk about Sunday."));
            assertThat(alex.next(f -> "ack".equals(f.getString("type")) && "a-1".equals(f.getString("id"))))
                    .isNotNull();
            sam.send(say("s-1", "Sunday was fine!"));
            JsonObject notYours = sam.next("error");
            assertThat(notYours.getString("code")).isEqualTo("not_your_turn");
            assertThat(notYours.getString("id")).isEqualTo("s-1");
            sam.send(command("pass_floor", "s-pass").build());
            assertThat(sam.next("error").getString("code")).isEqualTo("not_your_turn");

            JsonObject warning = alex.next(kind("turn_warning"), Duration.ofSeconds(40));
            assertThat(warning.getString("target")).isEqualTo(ALEX_ID);
            JsonObject ended = alex.next(kind("turn_ended"), Duration.ofSeconds(20));
            assertThat(ended.getString("actor")).isEqualTo("attune");
            JsonObject handedOn = sam.next(
                    f -> "event".equals(f.getString("type"))
                            && "floor_granted".equals(f.getString("kind"))
                            && SAM_ID.equals(f.getString("target")),
                    Duration.ofSeconds(20));
            assertThat(handedOn.getString("actor")).isEqualTo("attune");

            sam.send(say("s-2", "Thank you for waiting for me."));
            assertThat(sam.next(f -> "ack".equals(f.getString("type")) && "s-2".equals(f.getString("id"))))
                    .isNotNull();
            alex.send(say("a-2", "One more thing"));
            assertThat(alex.next("error").getString("code")).isEqualTo("not_your_turn");
        }
    }

    @Test
    void aCoupleCompletesASpeakerListenerExchange() {
        TestRoom room = TestRoom.open().clearedForConversation();
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient alex = room.enter(DemoUsers.ALEX);
                LiveClient sam = room.enter(DemoUsers.SAM)) {
            maya.send(command("start_session", "start")
                    .add("protocol", "speaker_listener")
                    .build());
            sam.next(kind("protocol_set"));
            maya.send(command("grant_floor", "grant").add("to", ALEX_ID).build());
            assertThat(sam.next(kind("listener_set")).getString("target")).isEqualTo(SAM_ID);

            alex.send(say("a-1", "When you worked late on Friday, I felt forgotten."));
            assertThat(sam.next(kind("message")).getString("actor")).isEqualTo(ALEX_ID);
            alex.send(say("a-2", "And another thing"));
            assertThat(alex.next("error").getString("code")).isEqualTo("not_your_turn");

            sam.send(say("s-1", "You felt forgotten when I worked late."));
            assertThat(alex.next(kind("paraphrase")).getString("text"))
                    .isEqualTo("You felt forgotten when I worked late.");
            alex.send(command("confirm", "c-1").add("accurate", false).build());
            assertThat(sam.next(kind("paraphrase_confirmed")).getInt("amount")).isZero();
            sam.send(say("s-2", "You felt forgotten on Friday, when I worked late."));
            alex.next(kind("paraphrase"));
            alex.send(command("confirm", "c-2").add("accurate", true).build());
            assertThat(sam.next(kind("paraphrase_confirmed")).getInt("amount")).isEqualTo(1);

            alex.send(command("pass_floor", "pass").build());
            sam.next(kind("floor_passed"));
            assertThat(sam.next(kind("floor_granted").and(f -> SAM_ID.equals(f.getString("target")))))
                    .isNotNull();
            assertThat(sam.next(kind("listener_set").and(f -> ALEX_ID.equals(f.getString("target")))))
                    .isNotNull();
            sam.send(say("s-3", "I was worried about my job."));
            assertThat(alex.next(kind("message").and(f -> SAM_ID.equals(f.getString("actor"))))
                            .getString("text"))
                    .isEqualTo("I was worried about my job.");
        }
    }

    private static Predicate<JsonObject> kind(String kind) {
        return LiveClient.event(kind);
    }
}
