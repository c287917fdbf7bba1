package org.attune.domain.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TalkStatsTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
    private final TalkStats talk = new TalkStats();
    private long seq;

    private void add(EventKind kind, String actor, String target, String text, int atSecond) {
        RoomEvent.Builder b = RoomEvent.builder("room", ++seq, kind, T0.plusSeconds(atSecond))
                .actor(actor, actor)
                .payload(
                        text == null
                                ? EventCodec.typeOf(kind) == EventPayload.Deadline.class
                                        ? new EventPayload.Deadline(null)
                                        : EventPayload.None.INSTANCE
                                : new EventPayload.Text(text));
        if (target != null) {
            b.target(target, target);
        }
        talk.add(b.build());
    }

    @Test
    void countsTurnsMessagesWordsAndTimeAtTheFloor() {
        add(EventKind.FLOOR_GRANTED, "maya", "alex", null, 0);
        add(EventKind.MESSAGE, "alex", null, "I felt  alone\tat the party.", 10);
        add(EventKind.FLOOR_PASSED, "alex", "alex", null, 40);
        add(EventKind.FLOOR_GRANTED, RoomEvent.SYSTEM_ACTOR, "sam", null, 40);
        add(EventKind.PARAPHRASE, "sam", null, "You felt alone.", 50);
        add(EventKind.GUIDANCE, "maya", null, "Take a breath, both of you.", 55);
        add(EventKind.MESSAGE, "maya", null, "Thank you.", 56);

        assertThat(talk.of("alex", T0.plusSeconds(100)))
                .isEqualTo(new TalkStats.Share("alex", 1, 1, 6, Duration.ofSeconds(40)));
        assertThat(talk.of("sam", T0.plusSeconds(100)))
                .as("a turn still held counts up to now")
                .isEqualTo(new TalkStats.Share("sam", 1, 1, 3, Duration.ofSeconds(60)));
        assertThat(talk.of("maya", T0.plusSeconds(100)).words())
                .as("guidance is not talk; a message is")
                .isEqualTo(2);
        assertThat(talk.of("riley", T0).turns()).isZero();
        assertThat(talk.holder()).contains("sam");
    }

    @Test
    void theEndOfTheSessionEndsTheTurn() {
        add(EventKind.FLOOR_GRANTED, "maya", "alex", null, 0);
        add(EventKind.SESSION_ENDED, "maya", null, null, 30);
        assertThat(talk.of("alex", T0.plusSeconds(500)).talkTime()).isEqualTo(Duration.ofSeconds(30));
        assertThat(talk.holder()).isEmpty();
    }
}
