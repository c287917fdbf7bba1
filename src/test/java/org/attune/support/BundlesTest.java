package org.attune.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The browser tests' reading of the bundles fills and elides as {@code js/i18n.js} does. */
class BundlesTest {

    @Test
    void namesAreFilledAndFrenchElidesBeforeAVowel() {
        assertThat(Bundles.french().t("conversation.turn-of", "name", "Alex Chen"))
                .isEqualTo("Au tour d’Alex Chen");
        assertThat(Bundles.french().t("conversation.turn-of", "name", "Sam Rivera"))
                .isEqualTo("Au tour de Sam Rivera");
        assertThat(Bundles.english().t("conversation.turn-of", "name", "Alex Chen"))
                .isEqualTo("Alex Chen's turn");
    }

    @Test
    void pluralsFollowTheLanguageAndFrenchSaysZeroAndOneAlike() {
        assertThat(Bundles.french().t("talk.turns", "count", 0)).isEqualTo("0 tour");
        assertThat(Bundles.french().t("talk.turns", "count", 2)).isEqualTo("2 tours");
        assertThat(Bundles.english().t("talk.turns", "count", 0)).isEqualTo("0 turns");
        assertThat(Bundles.english().t("talk.turns", "count", 1)).isEqualTo("1 turn");
    }

    @Test
    void aSentenceWhoseEndIsNotKnownIsExpectedUpToItsFirstUnknownName() {
        assertThat(Bundles.plain(Bundles.french().start("event.paused", "who", "Sam Rivera")))
                .isEqualTo("Sam Rivera a mis la conversation en pause : ");
        assertThat(Bundles.french().t("event.paused", "who", "Sam Rivera")).contains("{what}");
    }
}
