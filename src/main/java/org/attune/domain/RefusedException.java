package org.attune.domain;

import java.util.Map;
import java.util.Objects;

/**
 * A request that is refused on purpose, with a sentence fit to show the person
 * who made it, in their language: a key of the refusal bundles and its named
 * values. {@link #getMessage()} is the English sentence, for logs.
 */
public class RefusedException extends RuntimeException {

    /** What a person is told when the server failed: the truth, and that nothing changed. */
    public static final String NOTHING_CHANGED = "refusal.server.nothing-changed";

    /** What a person is told while the database cannot be reached: nothing was lost, and it passes. */
    public static final String UNAVAILABLE = "refusal.server.unavailable";

    private final Refusal refusal;
    private final String key;
    private final Map<String, ?> values;

    public RefusedException(Refusal refusal, String key) {
        this(refusal, key, Map.of());
    }

    public RefusedException(Refusal refusal, String key, Map<String, ?> values) {
        super(key, null, false, false);
        this.refusal = Objects.requireNonNull(refusal, "refusal");
        this.key = Objects.requireNonNull(key, "key");
        this.values =
                values == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(values));
    }

    /** The same refusal for a reason already put in words elsewhere. */
    public RefusedException(Refusal refusal, Words.Phrase why) {
        this(refusal, why.key(), why.values());
    }

    public Refusal refusal() {
        return refusal;
    }

    public String key() {
        return key;
    }

    public Map<String, ?> values() {
        return values;
    }

    /** The reason in words, as a phrase to say in any language. */
    public Words.Phrase phrase() {
        return Words.phrase(key, values);
    }

    /** The sentence to show the person, in {@code language}. */
    public String message(Language language) {
        return Words.render(key, values, language);
    }

    @Override
    public String getMessage() {
        return message(Language.ENGLISH);
    }
}
