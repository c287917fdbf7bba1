package org.attune.domain.regulation;

import java.util.Optional;
import org.attune.domain.WireNamed;

/**
 * A sign that a conversation is heating up: Gottman's Four Horsemen
 * (criticism, contempt, defensiveness, stonewalling) and their company.
 * Each has a weight: how much it adds to a message's heat.
 */
public enum Signal implements WireNamed {
    CRITICISM(
            "criticism",
            0.35,
            "Describe one moment and how you felt, instead of \"always\", \"never\" or what they are."),
    CONTEMPT("contempt", 0.5, "Leave out names, mockery and sarcasm; they hurt more than anything else you could say."),
    DEFENSIVENESS(
            "defensiveness", 0.25, "Look for the part you can own, even a small one, before you explain your side."),
    STONEWALLING(
            "stonewalling", 0.3, "If you need to stop, ask for a pause instead of shutting the conversation down."),
    SHOUTING("shouting", 0.25, "Capitals and !!! read as shouting; plain letters let your words be heard."),
    PROFANITY("profanity", 0.2, "Swearing makes it harder for the other person to hear what you need."),
    THREAT("threat", 0.55, "Say what you need, rather than what will happen if you do not get it."),
    RAPID_FIRE("rapid_fire", 0.2, "Slow down: one message, then give the other person time to answer.");

    private final String wireName;
    private final double weight;
    private final String advice;

    Signal(String wireName, double weight, String advice) {
        this.wireName = wireName;
        this.weight = weight;
        this.advice = advice;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /** How much one occurrence adds to a message's heat, 0–1. */
    public double weight() {
        return weight;
    }

    /** A short, kind suggestion for a draft that shows this signal. */
    public String advice() {
        return advice;
    }

    public static Optional<Signal> fromWireName(String name) {
        return WireNamed.parse(Signal.class, name);
    }
}
