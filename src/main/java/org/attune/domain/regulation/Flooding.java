package org.attune.domain.regulation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flooding said in words: the writer's body is overwhelmed ("my heart is
 * racing", "I can't think straight", "I'm shaking"). Gottman calls it diffuse
 * physiological arousal: a flooded partner cannot take in what is said, and
 * the remedy is a break of at least twenty minutes spent soothing oneself, not
 * rehearsing the argument (Gottman &amp; Silver, <i>The Seven Principles for
 * Making Marriage Work</i>, 1999, ch. 2 "Flooding" and ch. 9 "Self-soothing";
 * Gottman &amp; Gottman, <i>Ten Principles for Doing Effective Couples
 * Therapy</i>, 2015).
 *
 * <p>Only the writer is offered the time-out: flooding is theirs to notice
 * and to act on, and telling the others would name them.
 */
public final class Flooding {

    /** The wire name of flooding said in words, as the writer and therapists see it. */
    public static final String WIRE_NAME = "flooding";

    private static final Pattern FLOODED = Pattern.compile("\\b(?:"
            + "my heart(?:'s| is)? (?:racing|pounding|thumping|going a mile a minute)\\b"
            + "(?![^.!?]*\\b(?:ran|run|running|stairs|gym|workout|race|coffee|exercise|excited)\\b)"
            + "|i(?:'m| am|m) (?:getting |so |completely |totally |really |too |just |feeling )*"
            + "(?:flooded|overwhelmed|overloaded)\\b"
            + "(?! (?:with|by) (?:work|relief|joy|how|love|gratitude|kindness|emails|the (?:kindness|support)))"
            + "|(?:can't|cannot|can not|cant) think (?:straight|clearly)\\b(?! about)"
            + "|i (?:need|have) to stop\\b(?=\\s*(?:$|[.!,;]|now|this|talking|for a))"
            + "|i(?:'m| am|m) (?:shaking|trembling)\\b(?! with (?:laughter|excitement|cold))"
            + "|(?:hands|legs|voice|whole body) (?:are|is|'re|keeps?) (?:shaking|trembling)\\b|shaking all over\\b"
            + "|(?:can't|cannot|cant|can barely|can hardly) breathe\\b|chest is (?:so |really )?tight\\b"
            + "|(?:my head|everything)(?:'s| is) (?:spinning|pounding|swimming|going blurry)\\b|going blurry\\b"
            + "|too (?:worked up|wound up|flooded) to (?:think|hear|listen|talk|speak|carry on|go on)\\b"
            + "|i(?:'m| am|m) (?:freaking out|panicking|having a panic attack)\\b"
            + ")");

    private Flooding() {}

    /** The words that say the writer is flooded, in their own voice. */
    public static Optional<String> in(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String own =
                EscalationDetector.withoutQuotes(text.replace('\u2019', '\'').replace('\u2018', '\''));
        Matcher m = FLOODED.matcher(EscalationDetector.lowerKeepingPositions(own));
        return m.find() ? Optional.of(own.substring(m.start(), m.end()).strip()) : Optional.empty();
    }
}
