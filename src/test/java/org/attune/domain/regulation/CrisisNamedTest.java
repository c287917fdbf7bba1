package org.attune.domain.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A crisis the writer names in their own life ("The abuse started after the wedding.") is held,
 * whatever the learned layer makes of it. The layer learned from writers asked to use the obvious
 * words sparingly, and it scores some of these lines under one chance in twenty: a cue naming the
 * crisis must not wait for its agreement, nor be blanked as an idiom because a film, a course or
 * a book stands near it (docs/benchmarks.md, "A crisis named as a subject"). Nor may it wait
 * because a match, a course, a lecture or a talk stands near it, or is even what the message is
 * about: "my talk with him about the abuse", "I wrote my essay on the abuse I went through"
 * ("Crises named plainly": the eighteenth candidate, withdrawn).
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
                "Of course the abuse got worse after that.",
                "After the film he was violent with me again.",
                "He came back from training and was violent with me.",
                "The nurse asked if there was violence at home and I lied.",
                "I read a book about abuse and realised it's what he does to me.",
                "My husband is gonna kill me if he finds out I told you.",
                "He hits us hard when he has been drinking.",
                "Il m'a fait une scène et la violence a recommencé.",
                "Après le film il est devenu violent avec moi.",
                "J'ai vu un documentaire sur la violence conjugale et c'est exactement ce que je vis.",
                "Mon chum va me tuer s'il apprend que je suis ici.",
                "Il expose les enfants à la violence tous les soirs.",
                "We watched a documentary about abuse and it reminded me of my husband.",
                "That book about a violent man is my life.",
                "The film about domestic violence was like watching my own marriage.",
                "The course on abuse made me see that I'm living it.",
                "I saw a show about abusive relationships and it's us.",
                "Le film sur la violence conjugale m'a rappelé mon ex.",
                "J'ai lu un livre sur les abus et je me suis reconnue.",
                "Le documentaire sur la violence conjugale, c'est ma vie.",
                "When the bills came he hit us hard.",
                "Dad saw the bill and hit us hard.",
                "My husband is my boss and he'll kill me if I quit.",
                "Mon mari est mon patron et il va me tuer si je pars.",
                "He hit me at the party last night.",
                "My stepdad shot her down in the driveway.",
                "Last night I had to make an overdose call for my son.",
                "Il a frappé ma fille à la tête.",
                "Elle a giflé mon fils au visage devant tout le monde.",
                "Il m'a frappée au visage.",
                "Ma sœur m'a frappée.",
                "C'est exactement ce qu'il me fait.",
                "The violence started again after the match.",
                "Since the course ended the abuse is every night.",
                "He came home from the game and the abuse started.",
                "After his training the violence gets worse.",
                "Ever since the film night the violence has been every weekend.",
                "Tonight's lecture on abuse was hard because it's happening to me.",
                "I keep thinking about suicide since the news came.",
                "Depuis la fin de sa formation, la violence est quotidienne.",
                "Après le match, la violence a recommencé.",
                "Le suicide, j'y pense depuis le cours de lundi.",
                "After the match on Saturday the violence started again.",
                "After the news about his job the abuse got worse.",
                "Après le match de foot la violence a recommencé.",
                "we watched a documentary on suicide. i am suicidal",
                "the lecture on abuse was hard. he abuses me every day",
                "i felt suicidal in class today",
                "the abuse in class never stops",
                "the abuse in training never stopped",
                "after the match he'd abuse me",
                "after the news she'd abuse me",
                "il y a eu des episodes de violence",
                "j'ai subi des episodes d'abus",
                "mon fils a fait de nouvelles tentatives de suicide cette semaine",
                "j'ai ete expose a des abus quand j'etais petit",
                "au cours d'une surdose j'ai failli mourir",
                "je cours un risque de surdose",
                "he never shows any remorse about the violence",
                "i finally told my class about the abuse",
                "we need a policy on the violence at home",
                "my talk with him about the abuse went badly",
                "we need to have a talk about the violence in this house",
                "my teen talks about suicide",
                "I wrote my essay on the abuse I went through as a child",
                "i emailed my course tutor about the abuse at home",
                "the abuse in the play room happened again",
                "dans mon cours sur la violence j'ai compris que c'est ce que mon pere faisait a ma mere",
                "mon atelier sur la violence m'a fait realiser que c'est moi qui la subis",
                "j'ecris un livre sur la violence que mon pere nous a fait subir",
                "ma formation sur les abus m'a rappele quand j'etais petite",
                "J'ai vu un film sur la violence qu'on a subie à la maison.",
            })
    void aCrisisNamedInTheWritersOwnLifeIsHeld(String message) {
        assertThat(SafetyScreen.cues(message)).as("the cues read " + message).isNotEmpty();
        assertThat(SafetyScreen.screen(message)).as(message).isNotEmpty();
    }
}
