package org.attune.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The server's bundles (refusals, the reasons a live socket closes, the documents it writes:
 * transcripts, exports, session pictures, and the mail) say the same things in both languages, and
 * exactly what the code asks for. The code names a key whole; a key that counts by its stem ({@code
 * document.count.turn} for {@code .one} and {@code .other}); a vocabulary by its family, ending in
 * a dot ({@code document.feeling.}), whose codes {@code DocumentVocabularyTest} checks.
 */
class RefusalBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_-]*)}");
    private static final Pattern KEY_LITERAL =
            Pattern.compile("\"((?:refusal|farewell|document|mail)\\.[a-z0-9.-]+)\"");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(Words.keys(Language.FRENCH)).containsExactlyInAnyOrderElementsOf(Words.keys(Language.ENGLISH));
    }

    @Test
    void eachKeyHasTheSamePlaceholdersInBothLanguagesAndNoEmptyText() {
        for (String key : Words.keys(Language.ENGLISH)) {
            String english = Words.pattern(key, Language.ENGLISH);
            String french = Words.pattern(key, Language.FRENCH);
            assertThat(english).as(key).isNotBlank();
            assertThat(french).as(key).isNotBlank();
            assertThat(placeholders(french)).as(key).isEqualTo(placeholders(english));
        }
    }

    @Test
    void theFrenchUsesTypographicApostrophesAndNoBreakSpaces() {
        for (String key : Words.keys(Language.FRENCH)) {
            String french = Words.pattern(key, Language.FRENCH);
            assertThat(french).as(key).doesNotContain("'").doesNotContain(" :").doesNotContain(" ?");
            assertThat(french).as(key).doesNotContain(" ;").doesNotContain(" !").doesNotContain("« ");
            assertThat(french).as(key).doesNotContain(" »").doesNotContain("·");
            assertThat(french).as(key).doesNotContain(" %").doesNotContain("“").doesNotContain("”");
            assertThat(french).as(key).doesNotContainPattern("\\b[Ii]ls?/elles?\\b|\\(e\\)");
        }
    }

    @Test
    void aSentenceThatCountsHasBothPluralFormsWithItsCountInBothLanguages() {
        for (Language language : Language.values()) {
            for (String key : Words.keys(language)) {
                if (key.endsWith(".one") || key.endsWith(".other")) {
                    String stem = key.substring(0, key.lastIndexOf('.'));
                    assertThat(Words.keys(language)).as(key).contains(stem + ".one", stem + ".other");
                    assertThat(placeholders(Words.pattern(key, language)))
                            .as(key)
                            .contains("count");
                }
            }
        }
    }

    @Test
    void everyReasonASocketClosesWithFitsTheCloseFrameInBothLanguages() {
        for (Language language : Language.values()) {
            for (String key : Words.keys(language)) {
                if (key.startsWith("farewell.")) {
                    String reason = Words.render(key, java.util.Map.of("limit", 1024), language);
                    assertThat(reason.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                            .as("%s in %s: %s", key, language, reason)
                            .isLessThanOrEqualTo(123);
                }
            }
        }
    }

    @Test
    void everyKeyTheCodeUsesHasItsWordsAndEveryKeyIsUsed() throws IOException {
        Set<String> used = usedKeys();
        Set<String> keys = Words.keys(Language.ENGLISH);
        assertThat(used).isNotEmpty();
        for (String key : used) {
            if (key.endsWith(".")) {
                assertThat(keys).as("a word of the vocabulary %s", key).anyMatch(k -> k.startsWith(key));
            } else if (!keys.contains(key)) {
                assertThat(keys).as("%s, whole or counted", key).contains(key + ".one", key + ".other");
            }
        }
        assertThat(keys.stream().filter(key -> !isUsed(key, used)).toList())
                .as("keys no code names")
                .isEmpty();
    }

    /** Named whole, counted by its stem, or a word of a vocabulary the code names by its family. */
    private static boolean isUsed(String key, Set<String> used) {
        String stem = key.contains(".") ? key.substring(0, key.lastIndexOf('.')) : key;
        return used.contains(key)
                || ((key.endsWith(".one") || key.endsWith(".other")) && used.contains(stem))
                || used.stream().anyMatch(family -> family.endsWith(".") && key.startsWith(family));
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
