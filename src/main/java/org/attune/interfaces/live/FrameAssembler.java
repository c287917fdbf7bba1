package org.attune.interfaces.live;

import java.util.Map;
import java.util.Optional;
import org.attune.domain.Words;

/**
 * Puts one client frame together from the pieces the container hands over,
 * refusing it as soon as it grows past the limit, so that an oversized frame is
 * never held in memory whole.
 */
final class FrameAssembler {

    /** The frame being assembled is larger than the limit. */
    static final class TooLarge extends Exception {
        private final transient Words.Phrase reason;

        TooLarge(int limit) {
            super("A frame over " + limit + " bytes", null, false, false);
            reason = limit % 1024 == 0
                    ? Words.phrase("farewell.frame-too-large.kib", Map.of("limit", limit / 1024))
                    : Words.phrase("farewell.frame-too-large.bytes", Map.of("limit", limit));
        }

        /** Why the socket closes, for the person. */
        Words.Phrase reason() {
            return reason;
        }
    }

    private final int limitBytes;
    private final StringBuilder frame = new StringBuilder();
    private long bytes;

    FrameAssembler(int limitBytes) {
        this.limitBytes = limitBytes;
    }

    /** Adds a piece; returns the whole frame once its last piece has arrived. */
    Optional<String> append(String piece, boolean last) throws TooLarge {
        bytes += utf8Length(piece);
        if (bytes > limitBytes) {
            reset();
            throw new TooLarge(limitBytes);
        }
        frame.append(piece);
        if (!last) {
            return Optional.empty();
        }
        String whole = frame.toString();
        reset();
        return Optional.of(whole);
    }

    private void reset() {
        frame.setLength(0);
        frame.trimToSize();
        bytes = 0;
    }

    static long utf8Length(CharSequence s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
