package org.attune.domain.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The learned layer beside the cues: deterministic, raising plain-worded
 * messages that no cue reads with the concern their kind routes to, naming
 * its words, and leaving everyday idioms alone. The sentences here were
 * written for these tests and are in no labelled set.
 */
class SafetyModelTest {

    private static final SafetyModel MODEL = SafetyModel.train(SafetyModel.shipped(), SafetyModel.Settings.CHOSEN);

    @Test
    void theSameExamplesGiveTheSameModel() {
        SafetyModel again = SafetyModel.train(SafetyModel.shipped(), SafetyModel.Settings.CHOSEN);
        for (SafetyModel.Example e : SafetyModel.shipped()) {
            assertThat(again.probability(e.text())).as(e.text()).isEqualTo(MODEL.probability(e.text()));
            assertThat(again.read(e.text(), false)).as(e.text()).isEqualTo(MODEL.read(e.text(), false));
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Some days I think it would be simpler for everyone if I just wasn't here. | SELF_HARM",
                "He reads every message on my phone before bed and I have to unlock it for him. | FEAR",
                "She says if I leave she'll take the kids and I'll never see them again. | FEAR",
                "I'm not allowed to go out with my friends unless he says so. | FEAR",
                "I get scared when I hear his car pull into the drive. | FEAR",
                "I don't know what he'll do to me after this session. | FEAR",
                "I'm frightened of how angry I get, I put my fist through the door last week. | VIOLENCE",
                "When I get like that I'm scared I'll do something to her. | VIOLENCE",
                "Keep talking like that and see what happens. | THREAT",
                "You'd better watch yourself when we get home tonight. | THREAT",
                "Say that again. Go on. See what happens to you. | THREAT",
            })
    void raisesPlainWordedMessagesThatNoCueReads(String text, SafetyConcern expected) {
        assertThat(SafetyScreen.cues(text)).as("no cue reads it").isEmpty();
        List<SafetyScreen.Concern> found = SafetyScreen.screen(text, MODEL);
        assertThat(found.stream().map(SafetyScreen.Concern::concern).collect(Collectors.toSet()))
                .as(text)
                .contains(expected);
        assertThat(found).allSatisfy(c -> assertThat(c.words()).startsWith("resembles "));
    }

    @Test
    void namesWhatTheMessageResembledAndItsStrongestWords() {
        List<SafetyScreen.Concern> found = SafetyScreen.screen("Keep talking like that and see what happens.", MODEL);
        assertThat(found)
                .containsExactly(new SafetyScreen.Concern(
                        SafetyConcern.THREAT, "resembles a veiled threat: \u201csee what happens\u201d", true));
    }

    @Test
    void aCueAndTheModelRaiseEachConcernOnce() {
        List<SafetyScreen.Concern> found =
                SafetyScreen.screen("My stepdad hits my little brother when mum is at work.", MODEL);
        assertThat(found).extracting(SafetyScreen.Concern::concern).doesNotHaveDuplicates();
        assertThat(found.get(0)).isEqualTo(new SafetyScreen.Concern(SafetyConcern.VIOLENCE, "stepdad hits"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "She beat me to it, as usual.",
                "He shot me a look across the table.",
                "We've been practising non-violent communication at home.",
                "Substance abuse runs in my family, so I'm careful with wine.",
                "I'll hit you up later about dinner.",
            })
    void leavesEverydayIdiomsAlone(String text) {
        assertThat(SafetyScreen.screen(text, MODEL)).as(text).isEmpty();
    }

    /**
     * What only the watchful threshold raises is held for the therapist and the writer may share
     * it: it is never read as a threat, which is held unshared and offers its writer nothing. The
     * writer is the member whose own screen raised a flag.
     */
    @Test
    void whatOnlyTheWatchfulThresholdRaisesIsNeverAThreat() {
        String text = "You know what I'm like when I'm pushed.";
        assertThat(MODEL.likeliestKind(text))
                .as("it resembles a veiled threat most")
                .isEqualTo("veiled_threat");
        assertThat(SafetyScreen.screen(text, MODEL))
                .as("the usual screen leaves it")
                .isEmpty();

        List<SafetyScreen.Concern> watchful = SafetyScreen.screen(text, MODEL, true);

        assertThat(watchful).isNotEmpty();
        assertThat(watchful).extracting(SafetyScreen.Concern::concern).doesNotContain(SafetyConcern.THREAT);
        assertThat(SafetyScreen.screen("Keep talking like that and see what happens.", MODEL, true))
                .as("a threat the layer reads at the usual thresholds stays one")
                .extracting(SafetyScreen.Concern::concern)
                .contains(SafetyConcern.THREAT);
    }
}
