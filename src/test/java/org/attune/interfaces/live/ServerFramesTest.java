package org.attune.interfaces.live;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import org.attune.domain.Refusal;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.RoomEvent;
import org.attune.support.Json;
import org.junit.jupiter.api.Test;

class ServerFramesTest {

    @Test
    void anEventCarriesItsSeqKindActorAndTextVerbatim() {
        String text = "She said \"never\" </script><b>again</b> — 💬";
        RoomEvent event = new RoomEvent(
                "room-1", 7, EventKind.MESSAGE, "u-1", "Alex Chen", Instant.parse("2026-11-28T10:00:00Z"), text, "c-1");

        JsonObject frame = Json.parse(ServerFrames.event(event));

        assertThat(frame.getString("type")).isEqualTo("event");
        assertThat(frame.getJsonNumber("seq").longValue()).isEqualTo(7);
        assertThat(frame.getString("kind")).isEqualTo("message");
        assertThat(frame.getString("actor")).isEqualTo("u-1");
        assertThat(frame.getString("at")).isEqualTo("2026-11-28T10:00:00Z");
        assertThat(frame.getString("text")).isEqualTo(text);
    }

    @Test
    void anErrorWithoutAnIdCarriesNull() {
        JsonObject frame = Json.parse(ServerFrames.error(null, Refusal.BAD_REQUEST, "That was not valid JSON."));

        assertThat(frame.isNull("id")).isTrue();
        assertThat(frame.getString("code")).isEqualTo("bad_request");
        assertThat(frame.getString("message")).isEqualTo("That was not valid JSON.");
    }

    @Test
    void anAckNamesTheCommandAndTheSeq() {
        JsonObject frame = Json.parse(ServerFrames.ack("m-1", 12));

        assertThat(frame.getString("id")).isEqualTo("m-1");
        assertThat(frame.getJsonNumber("seq").longValue()).isEqualTo(12);
    }
}
