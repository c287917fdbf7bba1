package org.attune.domain.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The French cues: a crisis said in so many words is named, with or without accents; idioms are not. */
class FrenchCuesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Je pense à me tuer depuis des semaines.|SELF_HARM|me tuer",
                "j'ai plus envie de vivre|SELF_HARM|plus envie de vivre",
                "Des fois je veux juste mourir.|SELF_HARM|veux juste mourir",
                "Je veux en finir, c'est tout.|SELF_HARM|veux en finir",
                "je me coupe les bras le soir|SELF_HARM|me coupe les bras",
                "Je suis un fardeau pour tout le monde|SELF_HARM|un fardeau",
                "Il m'a frappée samedi soir.|VIOLENCE|Il m'a frappée",
                "mon chum me pousse quand il boit|VIOLENCE|mon chum me pousse",
                "J'ai peur de rentrer ce soir.|VIOLENCE|peur de rentrer",
                "Je vais te tuer si tu touches à mes affaires|THREAT|je vais te tuer",
                "Tu vas me le payer.|THREAT|Tu vas me le payer",
                "Il me laisse pas sortir sans lui|ABUSE|me laisse pas sortir",
                "Je suis pas en sécurité à la maison|ABUSE|pas en sécurité",
                "il fouille mon cell tous les soirs|ABUSE|fouille mon cell",
                "Je peux pas le dire devant lui.|FEAR|peux pas le dire devant lui",
                "Mon chum est violent quand il perd aux jeux vidéo|VIOLENCE|violent",
                "Je vais la tuer, elle a encore parlé à sa mère|THREAT|Je vais la tuer",
                "je vis de la violence conjugale depuis deux ans|VIOLENCE|violence",
                "Il a abusé de ma petite sœur quand elle avait huit ans|ABUSE|abusé",
                "Mon chum va me tuer si je parle de ça ici|SELF_HARM|me tuer",
                "Mon chum est trop violent pour les enfants|VIOLENCE|violent",
                "Il a frappé ma fille hier.|VIOLENCE|a frappé ma fille",
                "J'ai vu un reportage hier soir, c'est exactement ce que je vis.|ABUSE|c'est exactement ce que je vis",
                "Sa mère a giflé mon fils devant tout le monde|VIOLENCE|a giflé mon fils",
                "il a secoué le bébé parce qu'il pleurait|VIOLENCE|a secoué le bébé",
            })
    void aCrisisSaidInSoManyFrenchWordsIsNamed(String message, SafetyConcern concern, String words) {
        List<SafetyScreen.Concern> found = SafetyScreen.cues(message);

        assertThat(found).extracting(SafetyScreen.Concern::concern).contains(concern);
        assertThat(found.stream()
                        .filter(c -> c.concern() == concern)
                        .findFirst()
                        .orElseThrow()
                        .words())
                .as("the words as the person wrote them, accents and all")
                .isEqualToIgnoringCase(words);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Je suis morte de rire, arrête!",
                "Ça me tue quand tu laisses traîner tes bas.",
                "Mon frère m'a battu aux échecs encore une fois",
                "Je vais me tuer à la tâche si ça continue, c'est fou le travail",
                "On a hâte d'en finir avec cette rénovation",
                "Il me pousse à bout avec ses farces",
                "J'ai regardé un documentaire sur la violence conjugale au Québec",
                "La formation sur le suicide était vraiment bien faite",
                "Je vais payer plus tard, j'ai pas ma carte",
                "Je veux mourir de rire quand tu fais ça",
                "Je vais le tuer de bisous quand il rentre du camp",
                "Les films de guerre sont trop violents pour le petit",
                "Ce jeu vidéo est vraiment violent, on l'a rangé",
                "Mon gars a lu un livre sur un père violent pour son cours",
                "La semaine contre la violence conjugale commence lundi au bureau",
                "Je vais te planter aux cartes ce soir, mon vieux",
                "Ma blonde me bat toujours au Scrabble",
                "Ce déménagement va me tuer, trois étages sans ascenseur",
                "Aller au centre commercial le 26 décembre, c'est du suicide",
                "On a fait une overdose de séries ce week-end",
                "Tu abuses, t'as encore fini le lait",
                "J'ai abusé du fromage hier soir",
                "On suit un atelier de communication non violente",
                "Passe-moi la râpe pour le fromage",
                "Ce jeu est trop violent pour 9 ans",
                "Mon chum a battu mon fils aux échecs dimanche",
                "Elle a battu mes gars à la course, ils étaient fâchés",
                "Le vent a secoué les arbres toute la nuit",
                "Mon patron va me tuer, j'ai oublié la réunion de 9 h.",
                "Cette imprimante va finir par me tuer.",
                "C'est ce que je vis au travail, beaucoup de stress.",
            })
    void frenchIdiomsAreNotCrises(String message) {
        Set<SafetyConcern> found = SafetyScreen.cues(message).stream()
                .map(SafetyScreen.Concern::concern)
                .collect(Collectors.toSet());

        assertThat(found).as(message).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sécurité", "SÉCURITÉ", "écœurée", "ça"})
    void foldingKeepsEveryCharacterWhereItWas(String text) {
        assertThat(Accents.fold(text.toLowerCase(java.util.Locale.ROOT))).hasSameSizeAs(text);
    }
}
