package org.attune.domain.regulation;

import java.util.Set;

/**
 * Whether a message reads as French or as English, from its small words: the
 * pronouns, articles and linking words that every sentence of a language is
 * made of, and that the other language does not use ("je", "les", "pas";
 * "the", "you", "don't"). Words both languages use ("a", "on", "me", "son")
 * count for neither. A message reads as French only when it has more French
 * small words than English ones; a message with none of either (an emoji, a
 * name, "ok") reads as English.
 *
 * <p>Used to choose the safety screen's threshold, which differs by language
 * because the learned layer scores the two differently; when the message does
 * not say, the screen takes the lower of the two, so that it errs towards the
 * therapist knowing.
 */
final class MessageLanguage {

    private MessageLanguage() {}

    private static final Set<String> FRENCH = Set.of("""
            je j tu t il elle nous vous ils elles le la les l un une des du de d et est c ce ca cette
            pas ne n que qu qui mon ma mes ton ta tes sa ses suis ai avec pour dans sur mais ou moi
            toi lui leur au aux chui jsuis jai cest pis ben faut veux peux vais fait parce quand tout
            rien comme etre avoir y m s sont ont va j'sais jsp tkt encore toujours jamais aussi tres
            bien trop deja apres avant chez nos vos notre votre quoi oui non merci
            """.strip().split("\\s+"));

    private static final Set<String> ENGLISH = Set.of("""
            i you he she it we they the an and is are was were to of in my your his her him not dont
            don't i'm im i've it's that this with for but be have has had will just what if so at do
            can can't won't didn't would when there about from get know like feel want our us them
            their she's he's i'll you're we're they're did been never always again anymore thanks yes
            no okay because really too very
            """.strip().split("\\s+"));

    /** Whether the message has more French small words than English ones. */
    static boolean french(SafetyFeatures read) {
        int french = 0;
        int english = 0;
        for (int w = 0; w < read.words; w++) {
            String word = read.lower.substring(read.wordStart[w], read.wordEnd[w]);
            if (ENGLISH.contains(word)) {
                english++;
                continue;
            }
            int apostrophe = word.indexOf('\'');
            if (FRENCH.contains(word) || (apostrophe > 0 && FRENCH.contains(word.substring(0, apostrophe)))) {
                french++;
            }
        }
        return french > english;
    }
}
