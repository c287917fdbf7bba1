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
    void anEventRefusesAPayloadOfAnotherKind() {
        RoomEvent.Builder b = RoomEvent.builder("room", 1, EventKind.SIGNALS, Instant.EPOCH)
                .actor("a", "A")
                .payload(new EventPayload.Text("hello"));
        assertThatThrownBy(b::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Signals");
    }
}
