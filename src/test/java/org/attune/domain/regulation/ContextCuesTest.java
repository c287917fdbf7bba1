package org.attune.domain.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rules for messages read in context: reflections, repair attempts, sarcasm, a victim's fear, flooding. */
class ContextCuesTest {

    @Test
    void aReflectionOfHardWordsIsNotTheListenersHeat() {
        String mirror = "If I got it, you said you feel like a failure and that I'm never there. Did I get it?";
        assertThat(EscalationDetector.assess(mirror).has(Signal.CONTEMPT))
                .as("the same words in the writer's own voice")
                .isTrue();
        assertThat(EscalationDetector.assessReflection(mirror).findings()).isEmpty();
        assertThat(EscalationDetector.assessReflection("I imagine you might feel I'm a useless idiot.")
                        .heat())
                .isZero();
    }

    @Test
    void whatTheListenerAddsOfTheirOwnStillCounts() {
        assertThat(EscalationDetector.assessReflection("You said I'm selfish. You're pathetic.")
                        .has(Signal.CONTEMPT))
                .isTrue();
        assertThat(EscalationDetector.assessReflection("You feel I never help, but you're the one who never does.")
                        .has(Signal.CRITICISM))
                .as("\"but\" turns to the listener's own view")
                .isTrue();
    }

    @Test
    void sarcasmOfMoreThanOneWordIsContempt() {
        for (String sarcasm : new String[] {
            "What an achievement, you made it home before midnight.",
            "Wow. Just wow.",
            "Oh great, another one of your lectures.",
            "Congratulations, you've made our daughter cry again.",
            "Sure you did.",
            "How very grown up of you."
        }) {
            assertThat(EscalationDetector.assess(sarcasm).has(Signal.CONTEMPT))
                    .as(sarcasm)
                    .isTrue();
        }
        for (String sincere : new String[] {
            "What an achievement, you passed your driving test!",
            "Congratulations on the new job, you worked so hard for it.",
            "Oh great, you found the keys! Where were they?",
            "Sure, I can do the school run on Thursday."
        }) {
            assertThat(EscalationDetector.assess(sincere).findings())
                    .as(sincere)
                    .isEmpty();
        }
    }

    @Test
    void repairAttemptsAreRecognisedAndBlamingApologiesAreNot() {
        for (String repair : new String[] {
            "I'm sorry, I shouldn't have said that.",
            "Can I try that again?",
            "I see my part in this.",
            "Let's take a break, I'm too wound up.",
            "I need to calm down.",
            "You're right about the holiday.",
            "I love you.",
            "Let me start over."
        }) {
            assertThat(RepairAttempts.in(repair, EscalationDetector.assess(repair)))
                    .as(repair)
                    .isPresent();
        }
        for (String not : new String[] {
            "Sorry but you never let me finish a sentence.",
            "I said sorry, okay?",
            "Let's take a break from seeing each other for a while.",
            "I'm sorry you're so upset about nothing."
        }) {
            assertThat(RepairAttempts.in(not, EscalationDetector.assess(not)))
                    .as(not)
                    .isEmpty();
        }
        assertThat(RepairAttempts.in(
                        "sorry, that was a low blow", EscalationDetector.assess("sorry, that was a low blow")))
                .contains("sorry");
    }

    @Test
    void floodingInWordsIsFoundAndItsLookAlikesAreNot() {
        assertThat(Flooding.in("My heart is racing, I can't do this right now."))
                .contains("My heart is racing");
        assertThat(Flooding.in("I'm getting flooded. I need a minute.")).isPresent();
        assertThat(Flooding.in("I need to stop. I'm shaking.")).isPresent();
        assertThat(Flooding.in("I need to stop and get petrol.")).isEmpty();
        assertThat(Flooding.in("My heart is racing, I just ran up four flights of stairs."))
                .isEmpty();
        assertThat(Flooding.in("I'm overwhelmed with work this week.")).isEmpty();
    }

    @Test
    void aVictimsFearIsFearNeverTheWritersThreat() {
        String fear = "I can't say how I really feel in here or I'll pay for it later.";
        assertThat(EscalationDetector.assess(fear).has(Signal.THREAT)).isFalse();
        assertThat(SafetyScreen.screen(fear))
                .extracting(SafetyScreen.Concern::concern)
                .contains(SafetyConcern.FEAR)
                .doesNotContain(SafetyConcern.THREAT);
        assertThat(SafetyScreen.cues("I'm afraid to speak my mind when he's around."))
                .extracting(SafetyScreen.Concern::concern)
                .containsExactly(SafetyConcern.FEAR);
        assertThat(SafetyScreen.cues("i'm scared to say anything in front of him"))
                .extracting(SafetyScreen.Concern::concern)
                .containsExactly(SafetyConcern.FEAR);
        assertThat(SafetyScreen.cues("I'm afraid to tell her about the dent when she's tired."))
                .isEmpty();
        assertThat(SafetyScreen.cues("She's terrified to speak in front of the whole class on Friday."))
                .isEmpty();
        assertThat(SafetyScreen.screen("He'll make me pay for telling you that."))
                .extracting(SafetyScreen.Concern::concern)
                .contains(SafetyConcern.FEAR)
                .doesNotContain(SafetyConcern.THREAT);
        assertThat(SafetyScreen.screen("You'll pay for this when we get home."))
                .extracting(SafetyScreen.Concern::concern)
                .contains(SafetyConcern.THREAT);
        assertThat(EscalationDetector.assess("Say that again and you'll get it when we get home.")
                        .has(Signal.THREAT))
                .isTrue();
    }

    @Test
    void aReflectionStillGoesToTheScreenButAThreatSaidBackIsNotTheListeners() {
        String mirror = "You said if I bring up the money again you'll break my neck.";
        assertThat(SafetyScreen.screen(mirror))
                .extracting(SafetyScreen.Concern::concern)
                .contains(SafetyConcern.THREAT);
        assertThat(SafetyScreen.screenReflection(mirror))
                .extracting(SafetyScreen.Concern::concern)
                .contains(SafetyConcern.VIOLENCE)
                .doesNotContain(SafetyConcern.THREAT);
        assertThat(SafetyScreen.screenReflection(
                        "Did I get it? You said sometimes you think everyone would be better off without you."))
                .extracting(SafetyScreen.Concern::concern)
                .contains(SafetyConcern.SELF_HARM);
    }

    @Test
    void aRepairHalvesTheWritersRunningHeat() {
        HeatTracker heat = new HeatTracker();
        java.time.Instant now = java.time.Instant.parse("2026-01-01T10:00:00Z");
        heat.add("ana", 0.8, now);
        assertThat(heat.afterRepair("ana", now)).isEqualTo(0.4);
        heat.set("ana", heat.afterRepair("ana", now), now);
        assertThat(heat.running("ana", now)).isEqualTo(0.4);
    }
}
