package org.attune.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;
import org.attune.interfaces.live.EventFramesUnchangedTest;
import org.junit.jupiter.api.Test;

/** The JSON transcript and export carry what each event says, as the live frames do. */
class EventViewTest {

    private static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void noKindThatSaysSomethingLosesItInTheJsonTranscript() {
        for (RoomEvent e : EventFramesUnchangedTest.samples()) {
            if (!(e.payload() instanceof EventPayload.None)) {
                assertThat(EventView.of(e).payload())
                        .as(e.kind().wireName() + " has a payload the JSON view must show")
                        .isNotNull();
            }
        }
    }

    @Test
    void anAcknowledgedAlertSaysWhichAlertAndWhenItWasRaised() {
        RoomEvent acknowledged = RoomEvent.builder("room-1", 9, EventKind.ALERT_ACKNOWLEDGED, AT)
                .actor("maya", "Maya")
                .target("sam", "Sam")
                .payload(new EventPayload.AlertAcknowledged(7, AT.minusSeconds(90)))
                .build();

        EventView.PayloadView payload = EventView.of(acknowledged).payload();

        assertThat(payload.alert()).isEqualTo(7L);
        assertThat(payload.raisedAt()).isEqualTo(AT.minusSeconds(90));
    }

    @Test
    void anEscalatedAlertSaysWhichContactWasToldAndWhenTheNextWillBe() {
        RoomEvent escalated = RoomEvent.builder("room-1", 8, EventKind.ALERT_ESCALATED, AT)
                .actor(RoomEvent.SYSTEM_ACTOR, "Attune")
                .target("sam", "Sam")
                .payload(new EventPayload.AlertEscalated(7, 1, 2, AT.plusSeconds(600)))
                .build();

        EventView.PayloadView payload = EventView.of(escalated).payload();

        assertThat(payload.alert()).isEqualTo(7L);
        assertThat(payload.level()).isEqualTo(1);
        assertThat(payload.contacts()).isEqualTo(2);
        assertThat(payload.until()).isEqualTo(AT.plusSeconds(600));
    }

    @Test
    void resourcesOfferedSayWhoFollowsUp() {
        RoomEvent offered = RoomEvent.builder("room-1", 10, EventKind.RESOURCES_OFFERED, AT)
                .actor(RoomEvent.SYSTEM_ACTOR, "Attune")
                .target("sam", "Sam")
                .payload(new EventPayload.ResourcesOffered(
                        "CA", EventPayload.ResourcesOffered.PRIVATE_LINE, EventPayload.ResourcesOffered.ON_CALL, 15))
                .build();

        EventView.PayloadView payload = EventView.of(offered).payload();

        assertThat(payload.followUp()).isEqualTo("on_call");
        assertThat(payload.withinMinutes()).isEqualTo(15);
    }
}
