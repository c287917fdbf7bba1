package org.attune.domain.retention;

import static org.assertj.core.api.Assertions.assertThat;

import org.attune.domain.transcript.EventKind;
import org.junit.jupiter.api.Test;

/** What erasing a person takes from a room's record: their words, their address, their account in member lists. */
class RecordsTest {

    @Test
    void whatAPersonSharedOfTheirPracticeAndTheAddressTheyGaveAreTheirWords() {
        assertThat(Records.wordKinds()).contains(EventKind.PRACTICE_SHARED, EventKind.PRACTICE_REMINDERS_SET);
        assertThat(Records.wordKinds())
                .as("figures, not words")
                .doesNotContain(EventKind.PRACTICE_DONE, EventKind.PRACTICE_ASSIGNED);
    }

    @Test
    void memberListsNameThePseudonymInsteadOfTheErasedAccount() {
        assertThat(Records.memberListKinds()).containsExactlyInAnyOrder(EventKind.ORDER_SET, EventKind.PRACTICE_DONE);
        assertThat(Records.renamed("u-1 u-2 u-10", "u-1", "erased-x")).isEqualTo("erased-x u-2 u-10");
        assertThat(Records.renamed("600 2 u-1:3 u-10:4", "u-1", "erased-x")).isEqualTo("600 2 erased-x:3 u-10:4");
        assertThat(Records.renamed("600 2 u-2:1", "u-1", "erased-x")).isEqualTo("600 2 u-2:1");
        assertThat(Records.renamed(null, "u-1", "erased-x")).isNull();
    }
}
