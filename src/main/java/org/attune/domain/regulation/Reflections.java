package org.attune.domain.regulation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The partner's words said back in a listener's reflection, which are not the
 * listener's own voice.
 *
 * <p>A reflection repeats the partner on purpose, hard words included: the
 * speaker-listener paraphrase ("What I hear you saying is…", Markman, Stanley
 * &amp; Blumberg, <i>Fighting for Your Marriage</i>, the Speaker-Listener
 * Technique) and the Imago receiver's mirror, summary, validation and empathy
 * ("If I got it, you said…", "You make sense to me because…", "I imagine you
 * might feel…", Hendrix &amp; LaKelly Hunt, <i>Getting the Love You Want</i>,
 * the Intentional Dialogue). Counting "you said you feel like a failure" as
 * the listener's contempt would punish the very skill the protocol teaches.
 *
 * <p>So, in a reflection, each sentence from a reflecting lead-in ("you
 * said", "you feel", "what I'm hearing is", "it sounds like", "it makes sense
 * that"…) to its end, or to a "but" that turns to the listener's own view, is
 * blanked out like quoted speech; a sentence that ends by checking ("…is that
 * right?", "that's what you said") is blanked whole. What the listener adds of
 * their own ("You said I'm selfish. Which is rich coming from you.") is read
 * as usual and is their heat.
 */
final class Reflections {

    private static final Pattern LEAD_IN = Pattern.compile("\\b(?:"
            + "(?:you|u) (?:(?:just |also )?(?:said|say|told me|tell me|mean|meant|feel|felt|think|thought|wish|want|wanted"
            + "|need|needed|worry|worried|found|find|experienced|see|saw|believe|hate|hated))\\b"
            + "|(?:you|u)(?:'re| are|'ve been| were| have been) (?:feeling|saying|telling me|worried|scared|afraid"
            + "|tired|sick|fed up|done|hurt|angry|furious|thinking|frustrated|upset|exhausted)\\b"
            + "|you'd (?:like|want|rather)\\b"
            + "|what i(?:'m| am)? hear(?:d|ing)?\\b|i hear(?:d)?(?: you)?\\b|what you(?:'re| are)? (?:said|saying|say)\\b"
            + "|(?:it )?sounds like\\b|if i (?:got|get|understood|understand|heard|hear) (?:it|that|you|all)\\b"
            + "|let me see if i\\b|so what i(?:'m| am) hearing\\b"
            + "|i (?:imagine|guess|can imagine|can see|get|understand|can understand) (?:that|why|how|you|it)\\b"
            + "|(?:it )?makes (?:sense|total sense)\\b|you make sense\\b|in other words\\b)");

    private static final Pattern CHECK = Pattern.compile(
            "\\b(?:is that (?:right|it|what you (?:said|meant))|did i get (?:it|that|all of (?:it|that))"
                    + "|(?:that's|is that) what you (?:said|meant|feel|felt)|have i got (?:it|that) right)\\b");

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n]|\\bbut\\b");

    private Reflections() {}

    /**
     * The lower-case message with the partner's words, as said back, blanked
     * out; every other character where it was.
     */
    static String mask(String lower) {
        char[] chars = lower.toCharArray();
        Matcher lead = LEAD_IN.matcher(lower);
        int from = 0;
        while (from < lower.length() && lead.find(from)) {
            int end = endOfSentence(lower, lead.end());
            blank(chars, lead.start(), end);
            from = Math.max(end, lead.start() + 1);
        }
        Matcher check = CHECK.matcher(lower);
        while (check.find()) {
            blank(chars, startOfSentence(lower, check.start()), check.end());
        }
        return new String(chars);
    }

    private static int endOfSentence(String lower, int from) {
        Matcher end = SENTENCE_END.matcher(lower);
        return end.find(from) ? end.start() : lower.length();
    }

    private static int startOfSentence(String lower, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (".!?\n".indexOf(lower.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    private static void blank(char[] chars, int start, int end) {
        for (int i = start; i < end; i++) {
            if (chars[i] != '.' && chars[i] != '!' && chars[i] != '?') {
                chars[i] = ' ';
            }
        }
    }
}
