package org.attune.domain.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.attune.domain.transcript.EventKind;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    private static final Instant LAST = Instant.parse("2026-03-01T10:00:00Z");
    private final RetentionPolicy policy = new RetentionPolicy(10, Map.of("US", 7, "IE", 1));

    @Test
    void aRoomIsKeptItsRegionsYearsAfterItsLastActivityOrThePracticesDefault() {
        assertThat(policy.keptUntil(LAST, "US")).isEqualTo(Instant.parse("2033-03-01T10:00:00Z"));
        assertThat(policy.keptUntil(LAST, "GB")).isEqualTo(Instant.parse("2036-03-01T10:00:00Z"));
        assertThat(policy.keptUntil(LAST, null)).isEqualTo(Instant.parse("2036-03-01T10:00:00Z"));
        assertThat(policy.shortestYears()).isEqualTo(1);
        assertThat(new RetentionPolicy(6, Map.of()).shortestYears()).isEqualTo(6);
    }

    @Test
    void aClinicalRecordIsHeldUntilItsPeriodEndsAndNotAMomentLonger() {
        RetentionPolicy.Hold held = policy.holdOf(true, LAST, "IE", Instant.parse("2027-02-28T10:00:00Z"));
        assertThat(held.held()).isTrue();
        assertThat(held.until()).isEqualTo(Instant.parse("2027-03-01T10:00:00Z"));
        assertThat(held.why()).contains("Clinical record", "1 year after", "region IE");

        RetentionPolicy.Hold ended = policy.holdOf(true, LAST, "IE", Instant.parse("2027-03-01T10:00:00Z"));
        assertThat(ended.held()).isFalse();
        assertThat(ended.until()).isNull();
        assertThat(ended.why()).contains("has ended");
    }

    @Test
    void aRoomWithoutAClinicalRecordHoldsNothing() {
        assertThat(policy.holdOf(true, LAST, "GB", LAST).why()).contains("10 years", "the practice's period");
        RetentionPolicy.Hold none = policy.holdOf(false, LAST, "US", LAST);
        assertThat(none.held()).isFalse();
        assertThat(none.why()).contains("no clinical record");
    }

    @Test
    void aPeriodIsAtLeastAYear() {
        assertThatThrownBy(() -> new RetentionPolicy(0, Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionPolicy(5, Map.of("US", 0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sessionsAndSafetyRecordsMakeAClinicalRecordAndErasureTakesTheWordsAboutThePerson() {
        assertThat(Records.clinicalKinds())
                .contains(EventKind.SESSION_STARTED, EventKind.SCREEN_ANSWERED, EventKind.TO_THERAPIST)
                .doesNotContain(EventKind.MEMBER_JOINED, EventKind.ROOM_UPDATED);
        assertThat(Records.wordKinds())
                .contains(
                        EventKind.MESSAGE,
                        EventKind.WHISPER,
                        EventKind.HELD_MESSAGE,
                        EventKind.SIGNALS,
                        EventKind.SAFETY_ALERT)
                .doesNotContain(EventKind.ORDER_SET, EventKind.STEP);
        assertThat(Records.newPseudonym()).startsWith(Records.PSEUDONYM_PREFIX).isNotEqualTo(Records.newPseudonym());
    }
}
