package org.attune.interfaces.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.support.LiveClient.ack;
import static org.attune.support.LiveClient.event;
import static org.attune.support.TestRoom.command;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.attune.support.AttuneIT;
import org.attune.support.DemoUsers;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.junit.jupiter.api.Test;

/**
 * A kinder time-out over real sockets: a guided room's check-in waits for the
 * one who walked away and, after the practice's wait (30 seconds on the test
 * server), tells the therapist who is here; anyone may take more time at the
 * check-in, and the room sees only until when.
 */
class TimeOutIT extends AttuneIT {

    private static final String SAM_ID = DemoUsers.idOf(DemoUsers.SAM);
    private static final Duration CHECK_IN = Duration.ofSeconds(100);

    @Test
    void aTimeOutWhoseCallerStaysAwayWaitsForThemAndTellsTheTherapist() {
        TestRoom room = TestRoom.guidedCouple().clearedForConversation();
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient alex = room.enter(DemoUsers.ALEX)) {
            Instant back;
            try (LiveClient sam = room.enter(DemoUsers.SAM)) {
                sam.send(command("start_session", "start").build());
                sam.next(ack("start"));
                back = Instant.now().plusSeconds(65).truncatedTo(ChronoUnit.SECONDS);
                sam.send(command("request_pause", "p-both")
                        .add("reason", "overwhelmed")
                        .add("minutes", 2)
                        .add("back_at", back.toString())
                        .build());
                assertThat(sam.next("error").getString("code")).isEqualTo("bad_request");
                sam.send(command("request_pause", "p-1")
                        .add("reason", "overwhelmed")
                        .add("back_at", back.toString())
                        .build());
                JsonObject paused = alex.next(event("paused"));
                assertThat(paused.getString("actor"))
                        .as("Sam's agreement to come back")
                        .isEqualTo(SAM_ID);
                assertThat(Instant.parse(paused.getString("until"))).isEqualTo(back);
                sam.next(ack("p-1"));
            }
            // Sam's socket closes during the break: Sam walked away.

            alex.next(event("check_in"), CHECK_IN);
            alex.send(command("ready", "a-ready").add("calm", 4).build());
            alex.next(ack("a-ready"));
            JsonObject waiting = alex.next(event("check_in_waiting"), Duration.ofSeconds(60));
            assertThat(waiting.getString("actor")).isEqualTo("attune");
            assertThat(waiting.containsKey("target")).as("naming nobody").isFalse();
            assertThat(waiting.getString("told")).isEqualTo("therapist");
            assertThat(maya.next(event("check_in_waiting")).getString("told")).isEqualTo("therapist");
            List<JsonObject> seenByAlex = alex.drain();
            assertThat(seenByAlex)
                    .as("the room does not go on without Sam")
                    .noneMatch(f -> "resumed".equals(f.getString("kind", "")));
            assertThat(seenByAlex).as("told once").noneMatch(f -> "check_in_waiting".equals(f.getString("kind", "")));
            try (LiveClient alexAgain = room.connect(DemoUsers.ALEX)) {
                assertThat(alexAgain.next("welcome").getJsonObject("pause").getString("waiting"))
                        .as("a page that reconnects still says that the room waits for everyone")
                        .isEqualTo("therapist");
            }

            alex.send(TestRoom.say("a-1", "Are we going on?"));
            assertThat(alex.next("error").getString("code")).isEqualTo("paused");
            maya.send(command("resume", "m-resume").build());
            assertThat(alex.next(event("resumed")).getString("actor")).isEqualTo(DemoUsers.idOf(DemoUsers.THERAPIST));
        }
    }

    @Test
    void atTheCheckInSomeoneTakesMoreTimeAndTheRoomSeesOnlyUntilWhen() {
        TestRoom room = TestRoom.guidedCouple().clearedForConversation();
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient alex = room.enter(DemoUsers.ALEX);
                LiveClient sam = room.enter(DemoUsers.SAM)) {
            alex.send(command("start_session", "start").build());
            alex.next(ack("start"));
            alex.send(command("request_pause", "p-1")
                    .add("reason", "break")
                    .add("minutes", 1)
                    .build());
            sam.next(event("paused"));
            sam.send(command("more_time", "s-early").add("minutes", 5).build());
            assertThat(sam.next("error").getString("code")).isEqualTo("invalid_state");

            sam.next(event("check_in"), CHECK_IN);
            sam.send(command("ready", "s-ready").add("calm", 2).build());
            JsonObject offer = sam.next(event("more_time_offered", SAM_ID));
            assertThat(offer.getInt("amount")).isEqualTo(10);
            sam.send(command("more_time", "s-more").add("minutes", 1).build());
            JsonObject extended = alex.next(event("pause_extended"));
            assertThat(extended.getString("actor")).isEqualTo("attune");
            assertThat(extended.containsKey("target")).isFalse();
            Instant until = Instant.parse(extended.getString("until"));
            assertThat(maya.next(event("more_time", SAM_ID)).getString("until")).isEqualTo(until.toString());
            sam.next(ack("s-more"));

            alex.send(command("ready", "a-early").build());
            assertThat(alex.next("error").getString("code"))
                    .as("the check-in closed until the new time")
                    .isEqualTo("invalid_state");
            assertThat(alex.drain())
                    .as("the room sees that the break goes on, not who asked or why")
                    .noneMatch(f -> List.of("more_time", "more_time_offered", "calm_rating")
                            .contains(f.getString("kind", "")));

            JsonObject reopened = alex.next(event("check_in"), CHECK_IN);
            assertThat(Instant.parse(reopened.getString("at"))).isAfterOrEqualTo(until);
            alex.send(command("ready", "a-ready").build());
            sam.send(command("ready", "s-ready-2").add("calm", 4).build());
            assertThat(alex.next(event("resumed")).getString("actor")).isEqualTo("attune");
        }
    }
}
