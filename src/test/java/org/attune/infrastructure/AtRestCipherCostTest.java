package org.attune.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javax.crypto.SecretKey;
import org.attune.domain.transcript.RoomEvent;
import org.junit.jupiter.api.Test;

/**
 * Prints what sealing and opening cost per message, best of several rounds
 * over 2,000 messages of a typical length and of the longest, on one thread; and what unwrapping a
 * room's data key costs (once per room, while the room's key stays cached). A
 * measure to read, not a timed assertion: timings are judged in benchmarks,
 * never in tests.
 */
class AtRestCipherCostTest {

    private static final int ROUNDS = 7;
    private static final String ROOM = "6f1c2d9e-0000-4000-8000-000000000001";

    @Test
    void printsTheCostPerMessage() {
        printFor(120);
        printFor(RoomEvent.MAX_TEXT_LENGTH);
    }

    /** Messages of this many characters: a typical one, and the longest one may send. */
    private static void printFor(int length) {
        String sentence = "When you said that, I felt left out and I need us to plan the weekend together. ";
        List<RoomEvent.Words> words = IntStream.range(0, 2000)
                .mapToObj(i -> new RoomEvent.Words(
                        (i + " " + sentence.repeat(length / sentence.length() + 1)).substring(0, length), null, null))
                .toList();
        SecretKey key = AtRestCipher.newDataKey();
        SecretKey operator = AtRestCipher.newDataKey();
        List<byte[]> sealed =
                words.stream().map(w -> AtRestCipher.seal(key, ROOM, 1, w)).toList();
        byte[] wrapped = AtRestCipher.wrap(operator, "1", ROOM, key);
        for (int warming = 0; warming < 5; warming++) {
            bestMicros(words, w -> AtRestCipher.seal(key, ROOM, 1, w));
            bestMicros(sealed, s -> AtRestCipher.open(key, ROOM, 1, s));
            bestMicros(sealed, s -> AtRestCipher.unwrap(operator, "1", ROOM, wrapped));
        }
        double seal = bestMicros(words, w -> AtRestCipher.seal(key, ROOM, 1, w));
        double open = bestMicros(sealed, s -> AtRestCipher.open(key, ROOM, 1, s));
        double unwrap = bestMicros(sealed, s -> AtRestCipher.unwrap(operator, "1", ROOM, wrapped));
        System.out.println(String.format(
                Locale.ROOT,
                "At-rest cipher, %d messages of %d characters, best of %d rounds:"
                        + " seal %.2f µs, open %.2f µs per message; unwrap a room's key %.2f µs",
                words.size(),
                length,
                ROUNDS,
                seal,
                open,
                unwrap));
        assertThat(seal).isPositive();
    }

    private static <T> double bestMicros(List<T> items, Consumer<T> work) {
        double best = Double.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            long started = System.nanoTime();
            for (T item : items) {
                work.accept(item);
            }
            best = Math.min(best, (System.nanoTime() - started) / 1e3 / items.size());
        }
        return best;
    }
}
