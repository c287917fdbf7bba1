package org.attune.infrastructure;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.attune.domain.transcript.RoomEvent;

/**
 * AES-256-GCM for what is said, at rest, with the JDK's own provider. A room's
 * data key seals the words of each of its events ({@link #seal}); the
 * operator's key wraps each data key ({@link #wrap}). Every ciphertext is
 * bound by its associated data to where it belongs (a sealed event to its room
 * and seq, a wrapped key to its room and the operator key's id), so a row moved
 * to another place does not open: it fails as if tampered with.
 *
 * <p>A sealed value is a format byte, a random 96-bit nonce, then the
 * ciphertext with its 128-bit tag. With a key per room, random nonces stay far
 * below the 2<sup>32</sup> messages that one key may seal.
 */
public final class AtRestCipher {

    /** The format of sealed events and wrapped keys: AES-256-GCM, 12-byte nonce, 16-byte tag. */
    static final byte FORMAT = 1;

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;
    private static final byte TEXT = 1;
    private static final byte DETAIL = 2;
    private static final byte AMOUNT = 4;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadLocal<Cipher> GCM = ThreadLocal.withInitial(AtRestCipher::gcm);

    private AtRestCipher() {}

    /** A sealed value that does not open: tampered with, moved, or under another key. */
    public static final class NotOpened extends IllegalStateException {
        NotOpened(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A new random data key for a room. */
    public static SecretKey newDataKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return new SecretKeySpec(key, "AES");
    }

    /** The room's data key, wrapped by the operator's key. */
    public static byte[] wrap(SecretKey operatorKey, String operatorKeyId, String roomId, SecretKey dataKey) {
        return encrypt(operatorKey, keyContext(operatorKeyId, roomId), dataKey.getEncoded());
    }

    /** The room's data key from its wrapped form; {@link NotOpened} when the operator's key is not the one it was wrapped by. */
    public static SecretKey unwrap(SecretKey operatorKey, String operatorKeyId, String roomId, byte[] wrapped) {
        try {
            return new SecretKeySpec(decrypt(operatorKey, keyContext(operatorKeyId, roomId), wrapped), "AES");
        } catch (AEADBadTagException e) {
            throw new NotOpened(
                    "The data key of room " + roomId + " does not open with the operator's key " + operatorKeyId
                            + " (ATTUNE_DATA_KEY): it was wrapped by another key, or changed",
                    e);
        }
    }

    /** The event's words, sealed for its room and seq. */
    public static byte[] seal(SecretKey dataKey, String roomId, long seq, RoomEvent.Words words) {
        byte[] text = words.text() == null ? null : words.text().getBytes(StandardCharsets.UTF_8);
        byte[] detail = words.detail() == null ? null : words.detail().getBytes(StandardCharsets.UTF_8);
        ByteBuffer plain = ByteBuffer.allocate(
                1 + (text == null ? 0 : 4 + text.length) + (detail == null ? 0 : 4 + detail.length) + 8);
        plain.put((byte)
                ((text == null ? 0 : TEXT) | (detail == null ? 0 : DETAIL) | (words.amount() == null ? 0 : AMOUNT)));
        if (text != null) {
            plain.putInt(text.length).put(text);
        }
        if (detail != null) {
            plain.putInt(detail.length).put(detail);
        }
        if (words.amount() != null) {
            plain.putLong(words.amount());
        }
        return encrypt(dataKey, eventContext(roomId, seq), java.util.Arrays.copyOf(plain.array(), plain.position()));
    }

    /** The words of a sealed event; {@link NotOpened} when they were changed or belong to another room or seq. */
    public static RoomEvent.Words open(SecretKey dataKey, String roomId, long seq, byte[] sealed) {
        byte[] plain;
        try {
            plain = decrypt(dataKey, eventContext(roomId, seq), sealed);
        } catch (AEADBadTagException e) {
            throw new NotOpened("Event " + seq + " of room " + roomId + " does not open: changed, or moved", e);
        }
        ByteBuffer in = ByteBuffer.wrap(plain);
        byte present = in.get();
        String text = (present & TEXT) == 0 ? null : utf8(in);
        String detail = (present & DETAIL) == 0 ? null : utf8(in);
        Long amount = (present & AMOUNT) == 0 ? null : in.getLong();
        return new RoomEvent.Words(text, detail, amount);
    }

    private static String utf8(ByteBuffer in) {
        byte[] bytes = new byte[in.getInt()];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] encrypt(SecretKey key, byte[] context, byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = GCM.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context);
            byte[] out = new byte[1 + NONCE_BYTES + cipher.getOutputSize(plain.length)];
            out[0] = FORMAT;
            System.arraycopy(nonce, 0, out, 1, NONCE_BYTES);
            cipher.doFinal(plain, 0, plain.length, out, 1 + NONCE_BYTES);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getMessage(), e);
        }
    }

    private static byte[] decrypt(SecretKey key, byte[] context, byte[] sealed) throws AEADBadTagException {
        if (sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != FORMAT) {
            throw new AEADBadTagException("not a sealed value of format " + FORMAT);
        }
        try {
            Cipher cipher = GCM.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            cipher.updateAAD(context);
            return cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getMessage(), e);
        }
    }

    /** What binds a sealed event to its place: its room and seq. */
    private static byte[] eventContext(String roomId, long seq) {
        byte[] room = roomId.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(7 + room.length + 8)
                .put("event:".getBytes(StandardCharsets.US_ASCII))
                .put(room)
                .put((byte) 0)
                .putLong(seq)
                .array();
    }

    /** What binds a wrapped key to its place: its room and the operator key's id. */
    private static byte[] keyContext(String operatorKeyId, String roomId) {
        return ("room-key:" + roomId + "\0" + operatorKeyId).getBytes(StandardCharsets.UTF_8);
    }

    private static Cipher gcm() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getMessage(), e);
        }
    }
}
