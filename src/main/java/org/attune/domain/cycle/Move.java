package org.attune.domain.cycle;

import java.util.Optional;
import org.attune.domain.WireNamed;

/**
 * What a person does when the couple's negative cycle takes hold: the
 * reactive moves of Emotionally Focused Therapy's pursue–withdraw pattern.
 * One partner pursues (reaches out, criticises, protests the distance), the
 * other withdraws (defends, goes quiet, shuts down), and each move drives the
 * other's (S. Johnson, <i>The Practice of Emotionally Focused Couple Therapy</i>,
 * 2nd ed., 2004, ch. 7, "the negative interaction cycle"; S. Johnson,
 * <i>Hold Me Tight</i>, 2008, Conversation 1, "Recognizing the Demon
 * Dialogues": "Find the Bad Guy", "the Protest Polka", "Freeze and Flee").
 */
public enum Move implements WireNamed {
    PURSUE("pursue", "pursue", true),
    CRITICISE("criticise", "criticise", true),
    PROTEST("protest", "protest", true),
    WITHDRAW("withdraw", "withdraw", false),
    DEFEND("defend", "defend", false),
    SHUT_DOWN("shut_down", "shut down", false);

    private final String wireName;
    private final String label;
    private final boolean pursuing;

    Move(String wireName, String label, boolean pursuing) {
        this.wireName = wireName;
        this.label = label;
        this.pursuing = pursuing;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /** The move in plain words, after "When our cycle starts, I…". */
    public String label() {
        return label;
    }

    /** Whether the move reaches toward the other (the pursuer's side of the cycle), not away. */
    public boolean pursuing() {
        return pursuing;
    }

    public static Optional<Move> fromWireName(String name) {
        return WireNamed.parse(Move.class, name);
    }
}
