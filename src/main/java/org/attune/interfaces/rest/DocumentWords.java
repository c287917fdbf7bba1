package org.attune.interfaces.rest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attune.domain.Language;
import org.attune.domain.Words;

/**
 * The words of the documents Attune writes for one reader (a transcript, an
 * export, a session's picture) in the reader's language: sentences by their
 * {@code document.} keys in the server's bundles, counts in the language's
 * plural forms, the server's own vocabulary (a feeling, a step, a signal…) by
 * its code, and times. People's own words (names, messages, room names) go
 * into these sentences as values and are never translated.
 */
final class DocumentWords {

    static final DocumentWords ENGLISH = new DocumentWords(Language.ENGLISH);
    static final DocumentWords FRENCH = new DocumentWords(Language.FRENCH);

    /** The same numeric time in every language: "2026-11-28 10:20", in UTC. */
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Language language;
    private final DateTimeFormatter day;
    private final DateTimeFormatter due;

    private DocumentWords(Language language) {
        this.language = language;
        this.day = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", language.locale())
                .withZone(ZoneOffset.UTC);
        this.due = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm 'UTC'", language.locale())
                .withZone(ZoneOffset.UTC);
    }

    static DocumentWords in(Language language) {
        return language == Language.FRENCH ? FRENCH : ENGLISH;
    }

    Language language() {
        return language;
    }

    /** The sentence of {@code key}, its placeholders filled from names and values in turn: "name", "Alex". */
    String say(String key, Object... namesAndValues) {
        return Words.render(key, values(namesAndValues), language);
    }

    /** The sentence of {@code key.one} or {@code key.other} for {@code count}, e.g. "1 turn", "0 tour". */
    String count(String key, long count, Object... namesAndValues) {
        return Words.plural(key, count, values(namesAndValues), language);
    }

    /**
     * The server's word for a code of one of its vocabularies, e.g.
     * {@code word("document.feeling.", "hurt")}; a code the bundles do not know
     * reads as it is, its underscores as spaces.
     */
    String word(String family, String code) {
        String key = family + code;
        return Words.pattern(key, Language.ENGLISH) == null ? code.replace('_', ' ') : say(key);
    }

    /** Items joined as a list: "hurt", "hurt or fear", "hurt, fear or shame" ("ou" in French). */
    String either(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return say(
                "document.either",
                "first",
                String.join(", ", items.subList(0, items.size() - 1)),
                "last",
                items.get(items.size() - 1));
    }

    /** "2026-11-28 10:20": the numeric time every document shows, in UTC. */
    String time(Instant at) {
        return TIME.format(at);
    }

    /** "3 Dec 2026, 10:00 UTC", "3 déc. 2026, 10:00 UTC". */
    String day(Instant at) {
        return day.format(at);
    }

    /** "Saturday 28 November 2026, 10:20 UTC", "samedi 28 novembre 2026, 10:20 UTC". */
    String due(Instant at) {
        return due.format(at);
    }

    /** A number with one decimal, as the language writes it: "1.3", "1,3". */
    String decimal(double value) {
        return String.format(language.locale(), "%.1f", value);
    }

    private static Map<String, Object> values(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Names and values come in pairs");
        }
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }
}
