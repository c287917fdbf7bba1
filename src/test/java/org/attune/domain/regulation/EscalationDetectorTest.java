package org.attune.domain.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscalationDetectorTest {

    @Test
    void namesEachSignalWithItsWords() {
        EscalationDetector.Assessment a = EscalationDetector.assess("You NEVER listen, you selfish idiot!!!");
        assertThat(a.findings())
                .extracting(EscalationDetector.Finding::signal)
                .containsExactlyInAnyOrder(Signal.CRITICISM, Signal.CONTEMPT, Signal.SHOUTING);
        assertThat(a.findings())
                .filteredOn(f -> f.signal() == Signal.CRITICISM)
                .extracting(EscalationDetector.Finding::words)
                .containsExactly("You NEVER");
        assertThat(a.heat())
                .isEqualTo(1 - (1 - 0.35) * (1 - 0.5) * (1 - 0.25), org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void negationAndQuotedSpeechAreSofter() {
        assertThat(EscalationDetector.assess("You always forget.").has(Signal.CRITICISM))
                .isTrue();
        assertThat(EscalationDetector.assess("I'm not saying you always forget, this week was hard.")
                        .findings())
                .isEmpty();
        assertThat(EscalationDetector.assess("When you said \"whatever\" yesterday I felt dismissed.")
                        .findings())
                .isEmpty();
        assertThat(EscalationDetector.assess("I'm not calling you an idiot, but you act like one.")
                        .has(Signal.CONTEMPT))
                .as("negation does not reach across \"but\"")
                .isTrue();
    }

    @Test
    void calmWordsInBenignUseAreCalm() {
        for (String calm : new String[] {
            "I always love our Sunday walks.",
            "Whatever you want for dinner is fine with me.",
            "I'm done with the dishes, your turn for the laundry.",
            "We're flying to the USA in May, the BBQ is on Sunday.",
            "I love you SO much."
        }) {
            assertThat(EscalationDetector.assess(calm).findings()).as(calm).isEmpty();
            assertThat(EscalationDetector.assess(calm).heat()).isZero();
        }
    }

    @Test
    void safetyIsNeverHeat() {
        assertThat(SafetyScreen.screen("I don't want to wake up tomorrow."))
                .extracting(SafetyScreen.Concern::concern)
                .containsExactly(SafetyConcern.SELF_HARM);
        assertThat(EscalationDetector.assess("I don't want to wake up tomorrow.")
                        .heat())
                .isZero();
        // The cues take a promise never to hurt anyone at its word; the learned layer weighs it with the rest.
        assertThat(SafetyScreen.cues("I would never hit her, I promise.")).isEmpty();
        assertThat(SafetyScreen.screen("This traffic is killing me, home in 30."))
                .isEmpty();
    }

    @Test
    void lettersThatChangeLengthInLowerCaseDoNotShiftTheWords() {
        assertThat(SafetyScreen.screen("İpek: I want to die"))
                .extracting(SafetyScreen.Concern::words)
                .containsExactly("want to die");
        assertThat(EscalationDetector.assess("İstanbul again? You never help.").findings())
                .extracting(EscalationDetector.Finding::words)
                .containsExactly("You never");
    }

    @Test
    void rapidFireAndRunningHeat() {
        HeatTracker tracker = new HeatTracker();
        java.time.Instant t0 = java.time.Instant.parse("2026-11-28T10:00:00Z");
        for (int i = 0; i < 3; i++) {
            tracker.sent("alex", t0.plusSeconds(5 * i));
        }
        assertThat(tracker.rapid("alex", t0.plusSeconds(10))).isFalse();
        tracker.sent("alex", t0.plusSeconds(15));
        assertThat(tracker.rapid("alex", t0.plusSeconds(15))).isTrue();
        assertThat(tracker.rapid("alex", t0.plusSeconds(60)))
                .as("a minute later it has calmed")
                .isFalse();
        tracker.sent("sam", t0.plusSeconds(15));
        assertThat(tracker.rapid("sam", t0.plusSeconds(15))).isFalse();

        assertThat(tracker.add("alex", 0.6, t0)).isEqualTo(0.6);
        assertThat(tracker.running("alex", t0.plus(HeatTracker.HALF_LIFE)))
                .isEqualTo(0.3, org.assertj.core.data.Offset.offset(1e-9));
        tracker.reset("alex", t0);
        assertThat(tracker.running("alex", t0)).isZero();
    }
}
