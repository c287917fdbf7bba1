package org.attune.domain.cycle;

import java.util.Optional;
import org.attune.domain.WireNamed;

/**
 * The attachment need the softer emotion speaks for. Johnson sums the
 * attachment question up as "Are you there for me?" (accessible, responsive,
 * engaged): to matter, to be close, to be safe with the other, to be accepted
 * as one is, to be comforted (S. Johnson, <i>Hold Me Tight</i>, 2008, "The
 * A.R.E. conversation"; <i>The Practice of Emotionally Focused Couple
 * Therapy</i>, 2004, ch. 2, attachment needs and fears).
 */
public enum Need implements WireNamed {
    TO_MATTER("to_matter", "to matter"),
    TO_BE_CLOSE("to_be_close", "to be close"),
    TO_BE_SAFE("to_be_safe", "to be safe"),
    TO_BE_ACCEPTED("to_be_accepted", "to be accepted"),
    TO_BE_COMFORTED("to_be_comforted", "to be comforted");

    private final String wireName;
    private final String label;

    Need(String wireName, String label) {
        this.wireName = wireName;
        this.label = label;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /** The need in plain words, after "I need…". */
    public String label() {
        return label;
    }

    public static Optional<Need> fromWireName(String name) {
        return WireNamed.parse(Need.class, name);
    }
}
