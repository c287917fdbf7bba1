package org.attune.domain.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The private prompt toward the softer emotion, in the server's words. The page
 * words the same prompt from the same part in its own language
 * ({@code server-words.test.js} holds the same sentences).
 */
class CycleInTheRoomTest {

    @Test
    void thePromptNamesTheSurfaceTheSofterEmotionsTheNeedAndTheirOwnWords() {
        CycleEntry part = CycleEntry.of(
                "pursue", "anger", List.of("hurt", "fear", "loneliness"), "to_matter", "I want to count.");
        assertThat(CycleInTheRoom.prompt(part))
                .isEqualTo("Under the anger, is there hurt, fear or loneliness? You named a need to matter."
                        + " In your words: “I want to count.”");
        assertThat(CycleInTheRoom.prompt(CycleEntry.of("pursue", "anger", List.of("hurt"), "to_matter", null)))
                .isEqualTo("Under the anger, is there hurt? You named a need to matter.");
    }
}
