package org.attune.domain.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.attune.interfaces.live.EventFramesUnchangedTest;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    @Test
    void everyKindsPayloadIsReadBackFromItsColumnsAsItWasWritten() {
        for (RoomEvent e : EventFramesUnchangedTest.samples()) {
            EventCodec.Columns stored = EventCodec.encode(e.payload());
            EventPayload read = EventCodec.decode(e.kind(), stored, e.occurredAt());
            assertThat(read).as(e.kind().wireName()).isEqualTo(e.payload());
            assertThat(read).isInstanceOf(EventCodec.typeOf(e.kind()));
        }
    }

    @Test
    void resourcesOfferedToTheWriterOfAnAlertKeepWhoFollowsUpAndWithinHowLong() {
        for (EventPayload.ResourcesOffered offer : java.util.List.of(
                new EventPayload.ResourcesOffered(
                        "GB", EventPayload.ResourcesOffered.HELD, EventPayload.ResourcesOffered.THERAPIST_AWAY, 10),
                new EventPayload.ResourcesOffered(
                        null,
                        EventPayload.ResourcesOffered.PRIVATE_LINE,
                        EventPayload.ResourcesOffered.THERAPIST_HERE,
                        0),
                new EventPayload.ResourcesOffered(null, EventPayload.ResourcesOffered.ROOM_PAUSED))) {
            EventCodec.Columns stored = EventCodec.encode(offer);
            assertThat(EventCodec.decode(EventKind.RESOURCES_OFFERED, stored, Instant.EPOCH))
                    .isEqualTo(offer);
        }
    }

    @Test
    void anEventRefusesAPayloadOfAnotherKind() {
        RoomEvent.Builder b = RoomEvent.builder("room", 1, EventKind.SIGNALS, Instant.EPOCH)
                .actor("a", "A")
                .payload(new EventPayload.Text("hello"));
        assertThatThrownBy(b::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Signals");
    }
}
