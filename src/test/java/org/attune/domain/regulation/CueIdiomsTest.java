package org.attune.domain.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The idioms the cues blank before they run: violent words used of games, sport, kitchens,
 * films and work, and of each other harmlessly. Each is blanked only in a frame narrow enough
 * that the same words told as a hurt are still read.
 */
class CueIdiomsTest {

    /**
     * Harmless messages on the sets written to train the screen that the cues still hold: 40 of
     * the 8,622 messages the idioms were first chosen on, 9 of the 1,400 of the attachment and
     * fear supplements written after, 23 of the 2,390 of the six supplements in one voice each,
     * and 2 of the 792 of the two supplements of room talk (89 before the idioms of work, sport
     * and money of the thirteenth candidate).
     */
    private static final int CUE_FALSE_ALARMS_ON_TRAINING_SETS = 74;

    /**
     * Crisis messages on those sets that a cue raises (528, 63, 148 and 27; 748 before the French
     * cue for a child hit, the English cue for a partner who goes through the phone, and a hit "at"
     * a party read as a hit); an idiom blank must never lower it.
     */
    private static final int CRISES_THE_CUES_FIND_ON_TRAINING_SETS = 766;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "My son thrashed me at chess again last night.",
                "The heating bill hit us hard this winter.",
                "She reads my texts out to me while I cook.",
                "He beat me to it again, I see him at the gym every week.",
                "Who beat me to it? That's him.",
                "He beat me to it again, I saw him in the car park.",
                "I checked my phone and saw your message.",
                "Sorry, I was going through my texts to find the date.",
                "She beat me at chess again, third time this week.",
                "Our accountant is gonna kill me when she sees these receipts.",
                "He got hit for six by the new bowler.",
                "She shot me down when I suggested pizza.",
                "I'm going to destroy you at Scrabble on Sunday.",
                "She beats me to the front seat every single time.",
                "He hit the roof when he saw the phone bill.",
                "Grandad hit a hole in one and won't stop talking about it.",
                "The news about the layoffs hit me like a truck.",
                "Don't shoot me that look, I only ate one biscuit.",
                "We got a new knife block for the kitchen.",
                "Our eldest came home with a black eye from rugby practice.",
                "The coach made them run suicide sprints in the rain.",
                "The school ran a talk on online grooming for parents.",
                "That book had so much violence I gave up on it.",
                "I nearly died of embarrassment at the parents' evening.",
                "She's ending things with her personal trainer, too pricey.",
                "The toddler threw a tantrum in the car park.",
                "He choked on the penalty and we lost the cup.",
                "She smashed her personal best at the 10k.",
                "We read a novel about a woman married to a violent man.",
            })
    void englishIdiomsRaiseNoCue(String message) {
        assertThat(SafetyScreen.cues(message)).as(message).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "He hit me again last night after the game.|VIOLENCE",
                "She beat me with the remote when I asked about money.|VIOLENCE",
                "I want to end it all with my pills tonight.|SELF_HARM",
                "My husband shoved me against the wardrobe.|VIOLENCE",
                "He threw a plate at me at dinner.|VIOLENCE",
                "I'll kill you if you tell her.|THREAT",
                "Dad gave me a black eye on Saturday.|VIOLENCE",
                "He beat me up at the poker night in front of his mates.|VIOLENCE",
                "I'll kill you in the pool if you say that again.|THREAT",
                "My uncle touched me and said it was our secret, the abuse went on for years.|ABUSE",
                "Alex checks my phone every night.|ABUSE",
                "He went through my messages to me from my sister and deleted them.|ABUSE",
            })
    void theSameWordsToldAsAHurtAreStillRead(String message, SafetyConcern concern) {
        assertThat(SafetyScreen.cues(message))
                .as(message)
                .extracting(SafetyScreen.Concern::concern)
                .contains(concern);
    }

    @Test
    void onTheTrainingSetsTheBlanksTakeNoCrisisFromTheCues() {
        List<SafetySets.Message> messages = SafetySets.all();
        long crises = messages.stream()
                .filter(m -> m.safety() && !SafetyScreen.cues(m.text()).isEmpty())
                .count();
        long alarms = messages.stream()
                .filter(m -> !m.safety() && !SafetyScreen.cues(m.text()).isEmpty())
                .count();

        assertThat(crises).isGreaterThanOrEqualTo(CRISES_THE_CUES_FIND_ON_TRAINING_SETS);
        assertThat(alarms).isLessThanOrEqualTo(CUE_FALSE_ALARMS_ON_TRAINING_SETS);
    }
}
