package org.attune.domain.turn;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.attune.domain.WireNamed;

/**
 * The feelings the Aftermath of a Fight offers as choices for its first step
 * ("I felt…"), a subset of the list in the Gottman Institute's handout
 * "Aftermath of a Fight or Regrettable Incident" (J. Gottman &amp; J. Gottman,
 * The Gottman Institute, 2000–2016), in the handout's own words. The handout
 * invites partners to choose from the list or find their own words; so does
 * the room.
 */
public enum Feeling implements WireNamed {
    DEFENSIVE("defensive", "defensive"),
    NOT_LISTENED_TO("not_listened_to", "not listened to"),
    HURT("hurt", "hurt"),
    FLOODED("flooded", "totally flooded"),
    ANGRY("angry", "angry"),
    SAD("sad", "sad"),
    UNLOVED("unloved", "unloved"),
    MISUNDERSTOOD("misunderstood", "misunderstood"),
    CRITICIZED("criticized", "criticized"),
    NOT_CARED_ABOUT("not_cared_about", "not cared about"),
    WORRIED("worried", "worried"),
    AFRAID("afraid", "afraid"),
    UNSAFE("unsafe", "unsafe"),
    TENSE("tense", "tense"),
    OUT_OF_CONTROL("out_of_control", "out of control"),
    FRUSTRATED("frustrated", "frustrated"),
    UNFAIRLY_PICKED_ON("unfairly_picked_on", "unfairly picked on"),
    UNAPPRECIATED("unappreciated", "unappreciated"),
    TAKEN_FOR_GRANTED("taken_for_granted", "taken for granted"),
    LIKE_LEAVING("like_leaving", "like leaving"),
    OVERWHELMED("overwhelmed", "overwhelmed with emotion"),
    POWERLESS("powerless", "powerless"),
    NO_INFLUENCE("no_influence", "like I had no influence"),
    OPINIONS_DID_NOT_MATTER("opinions_did_not_matter", "like my opinions didn't even matter"),
    LONELY("lonely", "lonely"),
    ASHAMED("ashamed", "ashamed"),
    GUILTY("guilty", "guilty"),
    EXHAUSTED("exhausted", "exhausted");

    /** The most feelings one answer carries: every one of the list, once. */
    public static final int MAX_CHOSEN = values().length;

    private final String wireName;
    private final String label;

    Feeling(String wireName, String label) {
        this.wireName = wireName;
        this.label = label;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /** The words after "I felt…", as the handout has them. */
    public String label() {
        return label;
    }

    public static Optional<Feeling> fromWireName(String name) {
        return WireNamed.parse(Feeling.class, name);
    }

    /** Every feeling's wire name, in the handout's order. */
    public static List<String> names() {
        return Arrays.stream(values()).map(Feeling::wireName).toList();
    }
}
