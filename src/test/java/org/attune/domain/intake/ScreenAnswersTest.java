package org.attune.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attune.domain.intake.DirectAnswer.NO;
import static org.attune.domain.intake.DirectAnswer.NOT_SURE;
import static org.attune.domain.intake.DirectAnswer.YES;

import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.junit.jupiter.api.Test;

/** The safety screen's answers: HITS scored 4–20, above 10 positive; the two direct questions flag any doubt. */
class ScreenAnswersTest {

    @Test
    void answersOfNeverNotAfraidAndSafeToTalkRaiseNoFlag() {
        ScreenAnswers calm = new ScreenAnswers(1, 1, 1, 1, NO, YES);
        assertThat(calm.hitsTotal()).isEqualTo(4);
        assertThat(calm.flags()).isEmpty();
        assertThat(calm.flagged()).isFalse();
    }

    @Test
    void aHitsTotalAboveTenIsAPositiveScreenAndTenIsNot() {
        assertThat(new ScreenAnswers(3, 3, 2, 2, NO, YES).flags()).isEmpty();
        ScreenAnswers eleven = new ScreenAnswers(3, 3, 2, 3, NO, YES);
        assertThat(eleven.hitsTotal()).isEqualTo(11);
        assertThat(eleven.flags()).containsExactly(ScreenAnswers.HITS_POSITIVE);
        assertThat(new ScreenAnswers(5, 5, 5, 5, NO, YES).hitsTotal()).isEqualTo(20);
    }

    @Test
    void beingAfraidOfSomeoneInTheRoomOrNotSureRaisesAFlag() {
        assertThat(new ScreenAnswers(1, 1, 1, 1, YES, YES).flags()).containsExactly(ScreenAnswers.AFRAID);
        assertThat(new ScreenAnswers(1, 1, 1, 1, NOT_SURE, YES).flags()).containsExactly(ScreenAnswers.AFRAID);
    }

    @Test
    void notBeingSafeToTalkOpenlyOrNotBeingSureRaisesAFlag() {
        assertThat(new ScreenAnswers(1, 1, 1, 1, NO, NO).flags()).containsExactly(ScreenAnswers.NOT_SAFE_TO_TALK);
        assertThat(new ScreenAnswers(1, 1, 1, 1, NO, NOT_SURE).flags()).containsExactly(ScreenAnswers.NOT_SAFE_TO_TALK);
    }

    @Test
    void everyReasonIsNamedInOrder() {
        assertThat(new ScreenAnswers(4, 4, 4, 4, YES, NO).flags())
                .containsExactly(ScreenAnswers.HITS_POSITIVE, ScreenAnswers.AFRAID, ScreenAnswers.NOT_SAFE_TO_TALK);
    }

    @Test
    void anAnswerOutsideTheScaleOrMissingIsRefused() {
        for (int wrong : new int[] {0, 6, -1}) {
            assertThatThrownBy(() -> new ScreenAnswers(wrong, 1, 1, 1, NO, YES))
                    .isInstanceOfSatisfying(
                            RefusedException.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.BAD_REQUEST));
        }
        assertThatThrownBy(() -> new ScreenAnswers(1, 1, 1, 1, null, YES))
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.BAD_REQUEST));
    }

    @Test
    void theStoredFormReadsBackAsItWasWritten() {
        ScreenAnswers a = new ScreenAnswers(2, 3, 1, 5, NOT_SURE, NO);
        assertThat(a.encode()).isEqualTo("2 3 1 5 not_sure no");
        assertThat(ScreenAnswers.decode(a.encode())).isEqualTo(a);
    }
}
