package org.attune.interfaces.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.support.TestRoom.command;
import static org.attune.support.TestRoom.say;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.attune.support.AttuneIT;
import org.attune.support.DemoUsers;
import org.attune.support.LiveClient;
import org.attune.support.TestRoom;
import org.attune.support.TestStack;
import org.junit.jupiter.api.Test;

/**
 * "Is writing…" over real sockets: the others see it, the writer never does,
 * it is refused as the message would be, and the room's record never holds it.
 */
class WritingIT extends AttuneIT {

    private static final String ALEX_ID = DemoUsers.idOf(DemoUsers.ALEX);

    private static final Predicate<JsonObject> WRITING = f -> "writing".equals(f.getString("type"));

    @Test
    void thePartnerSeesTheFloorHolderWritingTheWriterNeverDoesAndTheLogNeverHoldsIt() {
        TestRoom room = TestRoom.open().clearedForConversation();
        try (LiveClient maya = room.enter(DemoUsers.THERAPIST);
                LiveClient alex = room.enter(DemoUsers.ALEX);
                LiveClient sam = room.enter(DemoUsers.SAM)) {
            maya.send(command("start_session", "start").add("protocol", "floor").build());
            sam.next(LiveClient.event("protocol_set"));
            maya.send(command("grant_floor", "grant").add("to", ALEX_ID).build());
            long granted = sam.next(LiveClient.event("floor_granted", ALEX_ID))
                    .getJsonNumber("seq")
                    .longValue();

            Instant sent = Instant.now();
            for (int i = 0; i < 3; i++) {
                alex.send(typing("a-t" + i, true));
            }
            JsonObject writing = sam.next(WRITING);
            assertThat(writing.getString("member")).isEqualTo(ALEX_ID);
            assertThat(writing.getString("name")).startsWith("Alex");
            assertThat(writing.getBoolean("active")).isTrue();
            assertThat(writing.containsKey("seq")).as("not an event").isFalse();
            assertThat(Instant.parse(writing.getString("until"))).isBetween(sent.plusSeconds(4), sent.plusSeconds(8));
            assertThat(maya.next(WRITING).getString("member")).isEqualTo(ALEX_ID);

            JsonObject notYours = send(sam, typing("s-t1", true));
            assertThat(notYours.getString("code")).isEqualTo("not_your_turn");
            assertThat(notYours.getString("id")).isEqualTo("s-t1");
            assertThat(send(sam, command("typing", "s-t2").build()).getString("code"))
                    .isEqualTo("bad_request");
            assertThat(send(sam, command("typing", "s-t3").add("active", "yes").build())
                            .getString("code"))
                    .isEqualTo("bad_request");
            assertThat(send(maya, typing("m-t1", true)).getString("code")).isEqualTo("forbidden");

            alex.send(say("a-1", "I'd like to talk about Sunday."));
            long said = alex.next(LiveClient.ack("a-1")).getJsonNumber("seq").longValue();
            assertThat(said).as("a sign of writing takes no place in the log").isEqualTo(granted + 1);
            JsonObject next = sam.next(WRITING.or(LiveClient.event("message")));
            assertThat(next.getString("type"))
                    .as("three signs within a second: one passed on")
                    .isEqualTo("event");
            JsonObject stopped = sam.next(WRITING);
            assertThat(stopped.getBoolean("active"))
                    .as("the message ends the line")
                    .isFalse();
            assertThat(stopped.containsKey("until")).isFalse();

            alex.send(command("ping", "a-ping").build());
            alex.next("pong");
            assertThat(alex.drain()).as("never back to the writer").noneMatch(WRITING);
        }

        List<JsonObject> log = TestRoom.wholeLog(TestStack.wsUrl(), room.id());
        assertThat(log).extracting(f -> f.getString("kind")).doesNotContain("writing", "typing");
        assertThat(log)
                .extracting(f -> f.getJsonNumber("seq").longValue())
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, log.size()).boxed().toList());
        assertThat(log.toString()).doesNotContain("\"active\"");
    }

    private static JsonObject typing(String id, boolean active) {
        return command("typing", id).add("active", active).build();
    }

    /** Sends a command that is to be refused, and returns its error. */
    private static JsonObject send(LiveClient client, JsonObject command) {
        client.send(command);
        String id = command.getString("id");
        return client.next(
                f -> "error".equals(f.getString("type")) && id.equals(f.getString("id", null)), Duration.ofSeconds(15));
    }
}
