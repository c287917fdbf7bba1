package org.attune.domain.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A crisis the writer names in their own life ("The abuse started after the wedding.") is held,
 * whatever the learned layer makes of it. The layer learned from writers asked to use the obvious
 * words sparingly, and it scores some of these lines under one chance in twenty: a cue naming the
 * crisis must not wait for its agreement (docs/benchmarks.md, "A crisis named as a subject").
 */
class CrisisNamedTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The abuse started after the wedding.",
                "The violence got worse after the baby came.",
                "The abuse is every day now.",
                "I'm living with abuse and nobody knows.",
                "There was violence again on Saturday.",
                "My marriage is abusive.",
                "He's been violent again.",
                "Suicide feels like the only way out.",
                "An overdose would solve everything.",
                "La violence a recommencé cette semaine.",
                "Les abus ont commencé après le mariage.",
                "Elle va me tuer un jour, je le sens.",
            })
    void aCrisisNamedInTheWritersOwnLifeIsHeld(String message) {
        assertThat(SafetyScreen.screen(message)).as(message).isNotEmpty();
    }
}
