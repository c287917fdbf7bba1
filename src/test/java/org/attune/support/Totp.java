package org.attune.support;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** RFC 6238 time-based one-time passwords, as Keycloak's default OTP policy computes them. */
public final class Totp {

    private static final int PERIOD_SECONDS = 30;
    private static final int DIGITS = 6;

    private Totp() {}

    /** The code for the given instant; Keycloak's HMAC key is the secret's UTF-8 bytes. */
    public static String code(String secret, Instant at) {
        long counter = at.getEpochSecond() / PERIOD_SECONDS;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return String.format("%0" + DIGITS + "d", binary % (int) Math.pow(10, DIGITS));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many seconds the code of the given instant stays the current one (1 to 30). */
    public static int secondsLeft(Instant at) {
        return (int) (PERIOD_SECONDS - at.getEpochSecond() % PERIOD_SECONDS);
    }

    private static final java.util.Set<String> USED = new java.util.HashSet<>();

    /**
     * A code nobody in this test run has sent yet. Keycloak accepts each code
     * once, and also the codes of the neighbouring 30 s windows.
     */
    public static synchronized String fresh(String secret) {
        Instant now = Instant.now();
        for (long offset : new long[] {0, 30, -30}) {
            String code = code(secret, now.plusSeconds(offset));
            if (USED.add(code)) {
                return code;
            }
        }
        throw new IllegalStateException("Every nearby one-time code was used; wait for the next 30 s window.");
    }

    /** The secret as an authenticator app takes it (base32 of the key bytes). */
    public static String base32(String secret) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(alphabet.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(alphabet.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }
}
