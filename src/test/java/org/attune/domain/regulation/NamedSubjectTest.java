package org.attune.domain.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A crisis named only as what a lecture, a documentary or a novel is about waits for the learned
 * layer, which reads the whole message: a course on abuse is not a disclosure of it. The cue
 * still finds the words; the message is held only when the layer agrees with a chance of at least
 * one in twenty. Lines that must be held whatever the layer finds are in {@code CrisisNamedTest}.
 */
class NamedSubjectTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Our safeguarding module this week was all about abuse.",
                "I'm writing an essay on suicide in Victorian novels.",
                "Mon cours de socio portait sur la violence conjugale, c'était intense.",
                "The violence in the novel was hard to read.",
                "La violence dans le film était gratuite.",
            })
    void aSubjectAFrameIsAboutWaitsForTheLearnedLayer(String message) {
        assertThat(SafetyScreen.cues(message))
                .as("the cue still reads " + message)
                .isNotEmpty();
        assertThat(SafetyScreen.screen(message)).as(message).isEmpty();
    }

    @Test
    void theSameWordsWithAFrameOnlyNearAreHeld() {
        assertThat(SafetyScreen.screen("Since the course ended the abuse is every night."))
                .extracting(SafetyScreen.Concern::concern)
                .contains(SafetyConcern.ABUSE);
    }

    @Test
    void aDisclosureBesideASubjectIsReadForItself() {
        assertThat(SafetyScreen.screen("we watched a documentary on suicide. i am suicidal"))
                .extracting(SafetyScreen.Concern::words)
                .contains("suicidal");
        assertThat(NamedPeople.of(List.of("Sam")).screen("we had a lecture on violence. i'm scared of Sam"))
                .extracting(SafetyScreen.Concern::concern)
                .contains(SafetyConcern.VIOLENCE);
    }

    @Test
    void anotherReadingOfTheMessageAddsNoSubjectTheLayerWeighed() {
        String said = "You said the lecture on abuse was hard to sit through.";
        assertThat(SafetyScreen.cues(said)).isNotEmpty();
        assertThat(SafetyScreen.screenReflection(said)).isEmpty();
        assertThat(NamedPeople.of(List.of("Sam")).screen("Sam said the lecture on abuse was hard to sit through."))
                .isEmpty();
    }
}
