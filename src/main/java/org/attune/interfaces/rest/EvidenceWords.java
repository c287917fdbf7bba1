package org.attune.interfaces.rest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.domain.regulation.Evidence;
import org.attune.domain.regulation.SafetyConcern;

/**
 * What a signal or a safety concern is, with the words that showed it, in the
 * reader's language: criticism “you always”, critique « you always ». The words
 * a person wrote stay as they wrote them. The few the server wrote itself into
 * an alert (a flagged safety screen, a private check-in answered with no
 * therapist there) are said in the reader's language too.
 */
final class EvidenceWords {

    /** What {@code JointWorkGate} writes for a flagged screen, and {@code SafeToTalkChecks} for an answer. */
    private static final Pattern HITS = Pattern.compile("safety screen: HITS (\\d+) of 20, above (\\d+)");

    private static final Pattern AFRAID =
            Pattern.compile("safety screen: afraid of someone in this room: (yes|no|not sure)");
    private static final Pattern UNSAFE = Pattern.compile("safety screen: safe to talk openly here: (yes|no|not sure)");
    private static final Pattern ANSWERED = Pattern.compile("answered (yes|no|not sure)");

    /** The concern of a private check-in's answer (as {@code SafeToTalkChecks} names it). */
    private static final String SAFE_TO_TALK = "safe_to_talk";

    private EvidenceWords() {}

    /** Each signal or concern with its words: criticism “you always”, contempt “whatever”. */
    static String of(List<Evidence> items, DocumentWords w) {
        return String.join(
                ", ",
                items.stream()
                        .map(x -> w.say(
                                "document.evidence",
                                "kind",
                                w.word("document.evidence.", x.kind()),
                                "words",
                                words(x, w)))
                        .toList());
    }

    /** The words that showed it: a person's own as they are; the server's own in the reader's language. */
    static String words(Evidence x, DocumentWords w) {
        String words = x.words();
        Matcher m;
        if (x.kind().equals(SafetyConcern.ABUSE.wireName()) && (m = HITS.matcher(words)).matches()) {
            return w.say("document.alert-words.screen-hits", "total", m.group(1), "cutoff", m.group(2));
        }
        if (x.kind().equals(SafetyConcern.FEAR.wireName()) && (m = AFRAID.matcher(words)).matches()) {
            return w.say("document.alert-words.screen-afraid", "answer", answer(m.group(1), w));
        }
        if (x.kind().equals(SafetyConcern.FEAR.wireName()) && (m = UNSAFE.matcher(words)).matches()) {
            return w.say("document.alert-words.screen-unsafe", "answer", answer(m.group(1), w));
        }
        if (x.kind().equals(SAFE_TO_TALK) && (m = ANSWERED.matcher(words)).matches()) {
            return w.say("document.alert-words.answered", "answer", answer(m.group(1), w));
        }
        return words;
    }

    /** "not sure" as the server wrote it, in the reader's language. */
    private static String answer(String words, DocumentWords w) {
        return w.word("document.answer.", words.replace(' ', '_'));
    }
}
