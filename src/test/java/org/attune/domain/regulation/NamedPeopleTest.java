package org.attune.domain.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * People in a room call each other by name; the cues read a member's name as the person, and the
 * learned layer reads the message as written.
 */
class NamedPeopleTest {

    private static final NamedPeople ROOM = NamedPeople.of(List.of("Sam Rivera", "Alex", "Maya Chen", "Will"));

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Sam grabbed me by the arm.|VIOLENCE",
                "Sam hurt me.|VIOLENCE",
                "J'ai peur de Sam.|VIOLENCE",
                "I am terrified of Will.|VIOLENCE",
                "i'm scared of sam|VIOLENCE",
            })
    void aMemberNamedInADisclosureIsReadAsThePerson(String message, SafetyConcern concern) {
        assertThat(SafetyScreen.screen(message)).as("without the room's names").isEmpty();
        assertThat(ROOM.screen(message))
                .as(message)
                .extracting(SafetyScreen.Concern::concern)
                .contains(concern);
    }

    @Test
    void aNameThatIsAnEverydayWordIsThePersonAfterAWordThatTakesAPerson() {
        NamesRead read = NamesRead.in("i'm scared of will", NamesRead.pattern(List.of("Will")));

        assertThat(read.read).isEqualTo("i'm scared of him");
        assertThat(ROOM.screen("i'm scared of will")).isNotEmpty();
    }

    @Test
    void beingAfraidOfAMemberByNameIsRaised() {
        assertThat(SafetyScreen.screen("I'm scared of Sam.")).isEmpty();
        assertThat(ROOM.screen("I'm scared of Sam.")).isNotEmpty();
    }

    @Test
    void theWordsShownAreTheWritersOwn() {
        List<SafetyScreen.Concern> found = ROOM.screen("Sam grabbed me by the arm and I am scared of Sam.");

        assertThat(found).isNotEmpty();
        assertThat(found)
                .extracting(SafetyScreen.Concern::words)
                .allSatisfy(words -> assertThat(words).contains("Sam").doesNotContainPattern("\\b(?:he|him|his)\\b"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Thank you, Sam, that helped.",
                "I hear you, Sam.",
                "Sam's mum is visiting on Sunday.",
                "I will call you tomorrow.",
                "Maya, can we take a break?",
                "Sam, I accept your apology.",
                "Alex is scared of the dark.",
                "What I heard you say, Sam, is that you felt alone.",
            })
    void namesInEverydayLinesRaiseNothing(String message) {
        assertThat(ROOM.screen(message)).as(message).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I will hit the gym after work.",
                "Sam will hit the road early.",
                "we may hit traffic on the way",
                "i will hit the gym and then call you",
            })
    void aNameThatIsAnEverydayWordIsTheWordInLowerCase(String message) {
        NamedPeople room = NamedPeople.of(List.of("Will Brooks", "May", "Sam"));

        assertThat(NamesRead.in(message.replace("Sam ", "He "), NamesRead.pattern(room.names())))
                .as("no name read in " + message)
                .isNull();
        assertThat(room.screen(message)).as(message).isEmpty();
    }

    @Test
    void aNameThatIsAnEverydayWordIsThePersonWithACapital() {
        NamesRead read = NamesRead.in("I will tell you: Will hit me.", NamesRead.pattern(List.of("Will")));

        assertThat(read.read).isEqualTo("I will tell you: he hit me.");
    }

    @Test
    void aNameIsAWholeWord() {
        NamesRead read = NamesRead.in("Samantha and Sam's dog", NamesRead.pattern(List.of("Sam")));

        assertThat(read.read).isEqualTo("Samantha and his dog");
        assertThat(read.own("resembles being hurt: \u201chis dog\u201d"))
                .isEqualTo("resembles being hurt: \u201cSam's dog\u201d");
    }

    @Test
    void theLearnedLayerReadsTheNamesAsWritten() {
        // Read as "Before he comes in", a calm line resembles fear of a partner to the learned layer.
        assertThat(ROOM.screen("Before Sam comes in, can we talk about Sunday?"))
                .isEmpty();
        assertThat(ROOM.screen("Sam and Alex, see you next week.")).isEmpty();
    }

    @Test
    void aMessageNamingNobodyIsScreenedAsItIs() {
        assertThat(NamesRead.in("He pushed me against the wall.", NamesRead.pattern(List.of("Sam"))))
                .isNull();
        assertThat(ROOM.screen("He pushed me against the wall."))
                .isEqualTo(SafetyScreen.screen("He pushed me against the wall."));
    }
}
