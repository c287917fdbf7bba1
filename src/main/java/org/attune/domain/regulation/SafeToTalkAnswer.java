package org.attune.domain.regulation;

import org.attune.domain.WireNamed;

/**
 * A person's answer to their therapist's private check-in, "Are you safe to
 * talk right now?". Only the therapists ever see it.
 */
public enum SafeToTalkAnswer implements WireNamed {
    /** It is safe to talk now. */
    YES("yes", "yes"),
    /** It is not safe to talk now. */
    NO("no", "no"),
    /** They cannot say it is safe. */
    NOT_SURE("not_sure", "not sure");

    private final String wireName;
    private final String words;

    SafeToTalkAnswer(String wireName, String words) {
        this.wireName = wireName;
        this.words = words;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /** The answer as a sentence says it: "yes", "no", "not sure". */
    public String words() {
        return words;
    }

    public static java.util.Optional<SafeToTalkAnswer> fromWireName(String name) {
        return WireNamed.parse(SafeToTalkAnswer.class, name);
    }

    /** Whether the answer asks for the therapist's care: anything but a plain yes. */
    public boolean worrying() {
        return this != YES;
    }
}
