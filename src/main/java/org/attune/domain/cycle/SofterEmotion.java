package org.attune.domain.cycle;

import java.util.Optional;
import org.attune.domain.WireNamed;

/**
 * The softer, primary emotions under the reactive surface of the cycle. In
 * Emotionally Focused Therapy anger, irritation or numbness are often
 * secondary emotions, reactions that hide the primary ones; naming the primary
 * emotion (hurt, fear, sadness, shame, loneliness, the sting of rejection) is
 * what changes the cycle (L. Greenberg &amp; S. Johnson, <i>Emotionally Focused
 * Therapy for Couples</i>, 1988, ch. 2, primary and secondary emotions;
 * S. Johnson, <i>The Practice of Emotionally Focused Couple Therapy</i>, 2004,
 * ch. 3 and 8; S. Johnson, <i>Hold Me Tight</i>, 2008, Conversation 2,
 * "Finding the Raw Spots").
 */
public enum SofterEmotion implements WireNamed {
    HURT("hurt", "hurt"),
    FEAR("fear", "fear"),
    LONELINESS("loneliness", "loneliness"),
    SHAME("shame", "shame"),
    SADNESS("sadness", "sadness"),
    REJECTION("rejection", "feeling rejected");

    private final String wireName;
    private final String label;

    SofterEmotion(String wireName, String label) {
        this.wireName = wireName;
        this.label = label;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /** The emotion in plain words, after "Under the anger, is there…". */
    public String label() {
        return label;
    }

    public static Optional<SofterEmotion> fromWireName(String name) {
        return WireNamed.parse(SofterEmotion.class, name);
    }
}
