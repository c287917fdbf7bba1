package org.attune.domain.regulation;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repair attempt: the writer tries to take the heat out of the conversation.
 * Gottman's repair attempts are "any statement or action, silly or otherwise,
 * that prevents negativity from escalating out of control"; couples who make
 * and accept them recover from conflict (Gottman &amp; Silver, <i>The Seven
 * Principles for Making Marriage Work</i>, 1999, ch. 3; the Gottman
 * Institute's "Repair Checklist": "I feel", "Sorry", "Get to yes", "I need to
 * calm down", "Stop action!", "I appreciate").
 *
 * <p>Recognised: an apology ("I'm sorry, that came out wrong"), owning a part
 * ("I see my part", "you're right about the money", "fair point"), asking to
 * start over ("can I try that again?", "let me start over"), asking to stop
 * and calm down ("let's take a break", "I need to calm down"), and affection
 * ("I love you", "we're on the same side"). Not a repair: an apology that
 * blames ("I'm sorry you feel that way", "sorry, but you always…"), a
 * grudging one ("I said I'm sorry"), a break from the relationship, and any
 * message that also criticises, mocks, defends, stonewalls or threatens:
 * the heat in it is what the other person hears.
 *
 * <p>A repair attempt is not a heat signal: it lowers its writer's running
 * heat ({@link HeatTracker#afterRepair}) and is shown to the therapists, who
 * may want to name it for the couple.
 */
public final class RepairAttempts {

    /** The wire name of a repair attempt among the signals a therapist sees. */
    public static final String WIRE_NAME = "repair_attempt";

    private static final Pattern REPAIR = Pattern.compile("\\b(?:"
            + "(?:i'm|i am|im|i'm so|i am so|i'm really|i am really) sorry\\b(?!,? (?:you|that you|if you|but|for you|you're))"
            + "(?! (?:i'm|i am|i was|i'll be|to be) (?:late|running))"
            + "|(?<!said )sorry\\b(?=,? (?:i |i'm |that |for |about |sorry|dad|mum|mom|love|babe|mate)|[.!]|\\s*$)"
            + "(?!,? i (?:missed|'m late|am late|was late|'ll be late))"
            + "|i apologi[sz]e\\b|my bad\\b|i was wrong\\b|(?:that|it) (?:wasn't|was not|isn't) fair(?: of me| to you)?\\b"
            + "|(?:that|it) came out (?:wrong|badly|harsher|worse|meaner)|i shouldn't have (?:said|done|shouted|snapped)"
            + "|low blow\\b|unfair of me\\b"
            + "|(?:can|could|may) i (?:try|say) (?:that|this|it) again\\b|let me (?:try|say) (?:that|this|it) (?:again|differently)"
            + "|(?:let me|can we|could we|let's|lets) (?:start|begin) (?:over|again)\\b|let me (?:rephrase|start again)\\b"
            + "|(?:can|could) (?:we|i) (?:rewind|have a do-?over)\\b|i want to say (?:that|this|it) differently\\b"
            + "|i (?:can )?see my (?:part|side of it)\\b|my part in (?:this|that|it)\\b|i own (?:that|my part)\\b"
            + "|i take responsibility\\b|(?:that's|that is|that was) on me\\b"
            + "|(?:you're|you are) right (?:about|that)\\b|(?:that's a |a )?(?:fair|good) point\\b"
            + "|i hadn't thought of it (?:like|that way)\\b"
            + "|(?:let's|lets|can we|could we|shall we) (?:take|have) a (?:short |quick |little )?(?:break|breather|pause)\\b"
            + "(?! from (?:us|this relationship|the relationship|each other|seeing|the marriage|you))"
            + "|i need to (?:calm down|cool off|cool down)\\b(?!\\?)"
            + "|i love you\\b(?!,? but)|we're on the same side\\b|we are on the same side\\b|we're in this together\\b"
            + ")");

    /** Signals that make a message's repair words no repair: what the other person hears is the heat. */
    private static final Set<Signal> SPOILERS =
            EnumSet.of(Signal.CRITICISM, Signal.CONTEMPT, Signal.DEFENSIVENESS, Signal.STONEWALLING, Signal.THREAT);

    private RepairAttempts() {}

    /** The words of a repair attempt in a message in its writer's own voice, given its assessment. */
    public static Optional<String> in(String text, EscalationDetector.Assessment assessment) {
        if (text == null
                || text.isBlank()
                || assessment.findings().stream().anyMatch(f -> SPOILERS.contains(f.signal()))) {
            return Optional.empty();
        }
        String own =
                EscalationDetector.withoutQuotes(text.replace('\u2019', '\'').replace('\u2018', '\''));
        Matcher m = REPAIR.matcher(EscalationDetector.lowerKeepingPositions(own));
        return m.find() ? Optional.of(own.substring(m.start(), m.end()).strip()) : Optional.empty();
    }
}
