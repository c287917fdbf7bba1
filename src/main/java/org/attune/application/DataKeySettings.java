package org.attune.application;

import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The operator's key for what is said, at rest: {@code ATTUNE_DATA_KEY}, 32
 * random bytes in base64 (e.g. {@code openssl rand -base64 32}), read from the
 * environment like the other secrets. It wraps each room's data key, which
 * seals the words of the room's events. {@code ATTUNE_DATA_KEY_ID} names it
 * (default {@value #DEFAULT_KEY_ID}); each wrapped key records the id it was
 * wrapped with, so that a new operator key can be brought in later by
 * re-wrapping the rooms' keys under a new id.
 *
 * <p>Outside development the key must be set, and not to the development
 * value, which is public. A development server without one stores words in the
 * clear (the benchmark measures both ways); a key that is not 32 bytes in
 * base64 is refused in any profile.
 */
public final class DataKeySettings {

    static final String DATA_KEY = "ATTUNE_DATA_KEY";
    static final String DATA_KEY_ID = "ATTUNE_DATA_KEY_ID";
    static final String DEFAULT_KEY_ID = "1";

    /** The development key, which the development and test commands give the server; public, in this repository. */
    public static final String DEVELOPMENT_DATA_KEY = "YXR0dW5lLWRldmVsb3BtZW50LWRhdGEta2V5LTAwMDE=";

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");
    private static final String WHAT =
            "the practice's own key for what is said, 32 random bytes in base64 (openssl rand -base64 32)";

    private final byte[] key;
    private final String keyId;
    private final Optional<String> problem;

    private DataKeySettings(byte[] key, String keyId, Optional<String> problem) {
        this.key = key;
        this.keyId = keyId;
        this.problem = problem;
    }

    static DataKeySettings read(Function<String, String> environment, boolean development) {
        String value = environment.apply(DATA_KEY);
        String id = Optional.ofNullable(environment.apply(DATA_KEY_ID))
                .map(String::strip)
                .orElse(DEFAULT_KEY_ID);
        if (!KEY_ID.matcher(id).matches()) {
            return new DataKeySettings(
                    null, id, Optional.of(DATA_KEY_ID + " may hold 1 to 32 letters, digits, '.', '_' or '-'."));
        }
        if (value == null || value.isBlank()) {
            return new DataKeySettings(
                    null,
                    id,
                    development
                            ? Optional.empty()
                            : Optional.of("Set " + DATA_KEY + " to " + WHAT + "; it is not set."));
        }
        byte[] bytes = decode(value.strip());
        if (bytes.length != 32) {
            return new DataKeySettings(
                    null, id, Optional.of(DATA_KEY + " is not 32 bytes in base64: set it to " + WHAT + "."));
        }
        if (!development && value.strip().equals(DEVELOPMENT_DATA_KEY)) {
            return new DataKeySettings(
                    null,
                    id,
                    Optional.of(
                            DATA_KEY + " is still the development value, which is public: set it to " + WHAT + "."));
        }
        return new DataKeySettings(bytes, id, Optional.empty());
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    /** The operator's key (AES-256), if one is set: without it, words are stored in the clear. */
    public Optional<SecretKey> key() {
        return key == null ? Optional.empty() : Optional.of(new SecretKeySpec(Arrays.copyOf(key, key.length), "AES"));
    }

    /** {@code ATTUNE_DATA_KEY_ID}: the name of the operator's key, recorded beside each key it wraps. */
    public String keyId() {
        return keyId;
    }

    /** What is wrong with the key, as a sentence naming the variable (never its value). */
    Optional<String> problem() {
        return problem;
    }
}
