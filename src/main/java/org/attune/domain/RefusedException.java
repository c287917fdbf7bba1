package org.attune.domain;

import java.util.Objects;

/** A request that is refused on purpose, with a message fit to show the person who made it. */
public class RefusedException extends RuntimeException {

    /** What a person is told when the server failed: the truth, and that nothing changed. */
    public static final String NOTHING_CHANGED =
            "Something went wrong on our side. Nothing was changed; please try again.";

    /** What a person is told while the database cannot be reached: nothing was lost, and it passes. */
    public static final String UNAVAILABLE =
            "Attune can't save just now. Nothing was sent; your words are still here. Try again in a moment.";

    private final Refusal refusal;

    public RefusedException(Refusal refusal, String message) {
        super(message, null, false, false);
        this.refusal = Objects.requireNonNull(refusal, "refusal");
    }

    public Refusal refusal() {
        return refusal;
    }
}
