package org.attune.domain.cycle;

import java.util.Optional;
import org.attune.domain.WireNamed;

/**
 * The part of the cycle a moment of the transcript shows, as a therapist tags
 * it: the reactive move, the surface emotion, the softer emotion under it, or
 * the need (the steps of tracking the cycle in EFT's first stage: S. Johnson,
 * <i>The Practice of Emotionally Focused Couple Therapy</i>, 2004, ch. 7).
 */
public enum CycleStep implements WireNamed {
    MOVE("move"),
    SURFACE("surface"),
    SOFTER("softer"),
    NEED("need");

    private final String wireName;

    CycleStep(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static Optional<CycleStep> fromWireName(String name) {
        return WireNamed.parse(CycleStep.class, name);
    }
}
