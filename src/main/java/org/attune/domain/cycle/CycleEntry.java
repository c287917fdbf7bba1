package org.attune.domain.cycle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;

/**
 * One person's part of the couple's (or family's) cycle, as they built it
 * with their therapist: the move they make when the cycle starts, the emotion
 * that shows on the surface, the softer emotions underneath, the need those
 * speak for, and, if they like, the way they put it themselves. See
 * {@link CycleMap} for the sources.
 *
 * @param surface the surface emotion in a few words, e.g. "anger", "frustration", "going numb"
 * @param words their own words, or null for none
 */
public record CycleEntry(Move move, String surface, List<SofterEmotion> softer, Need need, String words) {

    /** The longest surface emotion: a few words. */
    public static final int MAX_SURFACE_LENGTH = 40;
    /** The longest of a person's own words: a sentence or two. */
    public static final int MAX_WORDS_LENGTH = 280;

    private static final String SEPARATOR = "\t";

    public CycleEntry {
        Objects.requireNonNull(move, "move");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(need, "need");
        softer = List.copyOf(softer);
    }

    /**
     * An entry from what a therapist sent, by wire names, or a refusal that
     * says what to change. Whitespace in the free text is folded into single
     * spaces; empty own words are none.
     */
    public static CycleEntry of(String move, String surface, List<String> softer, String need, String words) {
        Move m = Move.fromWireName(move)
                .orElseThrow(() -> refused("refusal.cycle.unknown-move", Map.of("moves", names(Move.values()))));
        String surfaceWords = fold(surface);
        if (surfaceWords == null) {
            throw refused("refusal.cycle.say-word-two-what");
        }
        if (surfaceWords.length() > MAX_SURFACE_LENGTH) {
            throw new RefusedException(
                    Refusal.TOO_LARGE, "refusal.cycle.surface-too-long", Map.of("max", MAX_SURFACE_LENGTH));
        }
        if (softer == null || softer.isEmpty()) {
            throw refused("refusal.cycle.choose-softer-emotion", Map.of("emotions", names(SofterEmotion.values())));
        }
        Set<SofterEmotion> chosen = new LinkedHashSet<>();
        for (String name : softer) {
            chosen.add(SofterEmotion.fromWireName(name)
                    .orElseThrow(() -> refused(
                            "refusal.cycle.unknown-softer-emotion",
                            Map.of("emotions", names(SofterEmotion.values())))));
        }
        Need n = Need.fromWireName(need)
                .orElseThrow(() -> refused("refusal.cycle.unknown-need", Map.of("needs", names(Need.values()))));
        String own = fold(words);
        if (own != null && own.length() > MAX_WORDS_LENGTH) {
            throw new RefusedException(
                    Refusal.TOO_LARGE, "refusal.cycle.words-too-long", Map.of("max", MAX_WORDS_LENGTH));
        }
        return new CycleEntry(m, surfaceWords, new ArrayList<>(chosen), n, own);
    }

    /** The entry as one line of the room's record; {@link #decode} reads it back. */
    public String encode() {
        return String.join(
                SEPARATOR,
                move.wireName(),
                need.wireName(),
                softer.stream().map(SofterEmotion::wireName).collect(Collectors.joining(",")),
                surface,
                words == null ? "" : words);
    }

    /** The entry a line of the record holds; what is no longer known reads as the first of its kind. */
    public static CycleEntry decode(String line) {
        String[] parts = Arrays.copyOf(line.split(SEPARATOR, -1), 5);
        List<SofterEmotion> softer = parts[2] == null || parts[2].isEmpty()
                ? List.of()
                : Arrays.stream(parts[2].split(","))
                        .flatMap(s -> SofterEmotion.fromWireName(s).stream())
                        .toList();
        return new CycleEntry(
                Move.fromWireName(parts[0]).orElse(Move.PURSUE),
                parts[3] == null ? "" : parts[3],
                softer,
                Need.fromWireName(parts[1]).orElse(Need.TO_MATTER),
                parts[4] == null || parts[4].isEmpty() ? null : parts[4]);
    }

    /** The softer emotions in words, joined by "or": "hurt or fear". */
    public String softerInWords() {
        List<String> labels = softer.stream().map(SofterEmotion::label).toList();
        if (labels.size() <= 1) {
            return String.join("", labels);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.get(labels.size() - 1);
    }

    private static String fold(String text) {
        if (text == null) {
            return null;
        }
        String folded = text.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
        return folded.isEmpty() ? null : folded;
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values)
                .map(v -> ((org.attune.domain.WireNamed) v).wireName())
                .collect(Collectors.joining(", "));
    }

    private static RefusedException refused(String key) {
        return refused(key, Map.of());
    }

    private static RefusedException refused(String key, Map<String, ?> values) {
        return new RefusedException(Refusal.BAD_REQUEST, key, values);
    }
}
