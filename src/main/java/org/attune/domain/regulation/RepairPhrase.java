package org.attune.domain.regulation;

import java.util.Optional;
import org.attune.domain.WireNamed;

/**
 * The repair phrases a participant offers with one tap ({@code offer_repair}),
 * each a key and its calm words. Gottman found that what keeps a couple's
 * conflict from spiralling is not the absence of hurt but repair attempts made
 * and accepted; his "Repair Checklist" groups the phrases that work by what
 * they do: "I feel", "Sorry", "Get to yes", "I need to calm down", "Stop
 * action!" and "I appreciate" (J. Gottman &amp; N. Silver, <i>The Seven
 * Principles for Making Marriage Work</i>, 1999, ch. 3 and the Repair
 * Attempts questionnaire; the Gottman Institute's Repair Checklist). A fixed
 * set, so that a flooded person need not find words, and a partner reads
 * nothing but the phrase.
 */
public enum RepairPhrase implements WireNamed {
    CALM_DOWN("calm_down", "I need to calm down."),
    STOP("stop", "Can we take a break from this?"),
    TRY_AGAIN("try_again", "Can I try that again?"),
    MY_PART("my_part", "I see my part in this."),
    SORRY("sorry", "I'm sorry."),
    MORE_GENTLY("more_gently", "Can you say that more gently?"),
    AGREE_PART("agree_part", "I agree with part of what you said."),
    APPRECIATE("appreciate", "I appreciate you hearing me.");

    private final String wireName;
    private final String text;

    RepairPhrase(String wireName, String text) {
        this.wireName = wireName;
        this.text = text;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /** The phrase as the room reads it. */
    public String text() {
        return text;
    }

    public static Optional<RepairPhrase> fromWireName(String name) {
        return WireNamed.parse(RepairPhrase.class, name);
    }
}
