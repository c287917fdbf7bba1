package org.attune.domain.regulation;

import java.util.Arrays;

/**
 * What the learned safety layer reads in a message: its words, pairs and
 * triples of neighbouring words, the letters inside each word (three to five
 * at a time, so that "checks", "checking" and "checked" share most of what
 * they show), words after a negation ("never", "not", "n't", "pas", "jamais") marked as such,
 * and words inside quotation marks marked as someone else's. Each feature
 * counts once, however often the message repeats it.
 *
 * <p>Each feature is hashed into a fixed number of buckets instead of being
 * looked up in a vocabulary: nothing to store beside the weights, and no
 * string is made while a message is read. {@link String#hashCode()}'s rule is
 * part of the language, so the same text gives the same buckets on every
 * machine. Each feature remembers which words it came from, so that the
 * words that weighed most can be shown to a therapist. Accents are folded
 * ("écoeurée" reads as "ecoeuree"), because people type French both ways.
 */
final class SafetyFeatures {

    /** Buckets of the hashed features: 2^18, few collisions for some thousands of messages. */
    static final int BUCKETS = 1 << 18;

    private static final int WORD = 0x1f3a;
    private static final int PAIR = 0x2b71;
    private static final int TRIPLE = 0x3c55;
    private static final int LETTERS = 0x4d29;
    private static final int NEGATED = 0x5e83;
    private static final int QUOTED = 0x6f17;
    private static final int NEGATION_REACH = 3;

    /** The message as read: lower case, with the same positions as the text given. */
    final String lower;

    /** Where each word begins and ends in the message. */
    final int[] wordStart;

    final int[] wordEnd;
    final int words;

    /** Each feature's bucket, and the first and last word it came from. */
    final int[] bucket;

    final int[] firstWord;
    final int[] lastWord;
    final int count;

    private SafetyFeatures(String lower, int[] wordStart, int[] wordEnd, int words, Builder built) {
        this.lower = lower;
        this.wordStart = wordStart;
        this.wordEnd = wordEnd;
        this.words = words;
        this.bucket = built.bucket;
        this.firstWord = built.first;
        this.lastWord = built.last;
        this.count = built.count;
    }

    /** Reads a message. */
    static SafetyFeatures of(String text) {
        String lower = Accents.fold(EscalationDetector.lowerKeepingPositions(
                text.replace('\u2019', '\'').replace('\u2018', '\'')));
        int[] start = new int[16];
        int[] end = new int[16];
        int[] hash = new int[16];
        boolean[] negated = new boolean[16];
        boolean[] quoted = new boolean[16];
        int words = 0;
        int negationLeft = 0;
        boolean inQuote = false;
        int i = 0;
        int n = lower.length();
        while (i < n) {
            char c = lower.charAt(i);
            if (c == '"' || c == '\u201c' || c == '\u201d') {
                inQuote = !inQuote;
            }
            if (!Character.isLetterOrDigit(c)) {
                if (c == '.' || c == '!' || c == '?' || c == ',' || c == ';') {
                    negationLeft = 0;
                }
                i++;
                continue;
            }
            int from = i;
            while (i < n && (Character.isLetterOrDigit(lower.charAt(i)) || lower.charAt(i) == '\'')) {
                i++;
            }
            int to = i;
            while (to > from + 1 && lower.charAt(to - 1) == '\'') {
                to--;
            }
            if (words == start.length) {
                start = Arrays.copyOf(start, words * 2);
                end = Arrays.copyOf(end, words * 2);
                hash = Arrays.copyOf(hash, words * 2);
                negated = Arrays.copyOf(negated, words * 2);
                quoted = Arrays.copyOf(quoted, words * 2);
            }
            start[words] = from;
            end[words] = to;
            hash[words] = hash(lower, from, to);
            negated[words] = negationLeft > 0;
            quoted[words] = inQuote;
            negationLeft = negates(lower, from, to) ? NEGATION_REACH : Math.max(0, negationLeft - 1);
            words++;
        }
        Builder out = new Builder(words * 12 + 8);
        for (int w = 0; w < words; w++) {
            features(lower, start, end, hash, w, negated[w], quoted[w], out);
        }
        out.keepFirstOfEach();
        return new SafetyFeatures(lower, start, end, words, out);
    }

    /** The features that end at word {@code w}. */
    private static void features(
            String lower, int[] start, int[] end, int[] hash, int w, boolean negated, boolean quoted, Builder out) {
        out.add(mix(WORD, hash[w]), w, w);
        if (w > 0) {
            out.add(mix(PAIR, hash[w - 1] * 31 + hash[w]), w - 1, w);
        }
        if (w > 1) {
            out.add(mix(TRIPLE, (hash[w - 2] * 31 + hash[w - 1]) * 31 + hash[w]), w - 2, w);
        }
        if (negated) {
            out.add(mix(NEGATED, hash[w]), w, w);
        }
        if (quoted) {
            out.add(mix(QUOTED, hash[w]), w, w);
        }
        letters(lower, start[w], end[w], w, out);
    }

    /** The letters of one word, three to five at a time, with its beginning and end marked. */
    private static void letters(String lower, int from, int to, int word, Builder out) {
        int length = to - from + 2;
        for (int size = 3; size <= 5; size++) {
            for (int at = 0; at + size <= length; at++) {
                int h = LETTERS + size;
                for (int k = at; k < at + size; k++) {
                    h = h * 31 + (k == 0 || k == length - 1 ? '#' : lower.charAt(from + k - 1));
                }
                out.add(mix(LETTERS, h), word, word);
            }
        }
    }

    private static boolean negates(String lower, int from, int to) {
        int length = to - from;
        return lower.startsWith("not", from) && length == 3
                || lower.startsWith("never", from) && length == 5
                || lower.startsWith("no", from) && length == 2
                || length > 3 && lower.startsWith("n't", to - 3)
                || lower.startsWith("pas", from) && length == 3
                || lower.startsWith("jamais", from) && length == 6;
    }

    private static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    /** A feature's bucket: its kind and hash mixed (as in MurmurHash3's finaliser) and folded. */
    private static int mix(int kind, int h) {
        int x = h * 0x9e3779b1 + kind;
        x ^= x >>> 16;
        x *= 0x85ebca6b;
        x ^= x >>> 13;
        x *= 0xc2b2ae35;
        x ^= x >>> 16;
        return x & (BUCKETS - 1);
    }

    /** The words from {@code first} to {@code last} as the message wrote them. */
    String words(String text, int first, int last) {
        return text.substring(wordStart[first], wordEnd[last]);
    }

    private static final class Builder {
        int[] bucket;
        int[] first;
        int[] last;
        int count;

        Builder(int capacity) {
            bucket = new int[capacity];
            first = new int[capacity];
            last = new int[capacity];
        }

        /**
         * Keeps each bucket once, where it first came: a message says a thing
         * once or many times, and a paragraph pasted twice, or a sentence
         * repeated, must not weigh more than the sentence said once.
         */
        void keepFirstOfEach() {
            int size = Integer.highestOneBit(Math.max(count, 1) * 2) * 2;
            int[] seen = new int[size];
            int mask = size - 1;
            int kept = 0;
            for (int i = 0; i < count; i++) {
                int b = bucket[i];
                int slot = (b * 0x9e3779b1) & mask;
                while (seen[slot] != 0 && seen[slot] != b + 1) {
                    slot = (slot + 1) & mask;
                }
                if (seen[slot] == 0) {
                    seen[slot] = b + 1;
                    bucket[kept] = b;
                    first[kept] = first[i];
                    last[kept] = last[i];
                    kept++;
                }
            }
            count = kept;
        }

        void add(int b, int from, int to) {
            if (count == bucket.length) {
                bucket = Arrays.copyOf(bucket, count * 2);
                first = Arrays.copyOf(first, count * 2);
                last = Arrays.copyOf(last, count * 2);
            }
            bucket[count] = b;
            first[count] = from;
            last[count] = to;
            count++;
        }
    }
}
