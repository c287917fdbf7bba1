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
 * The server's bundles (refusals, the reasons a live socket closes, and the mail) say the same
 * things in both languages, and exactly what the code asks for: a key the code counts with
 * ({@link Words#plural}) has its {@code .one} and {@code .other} forms.
 */
class RefusalBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_-]*)}");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:refusal|farewell|mail)\\.[a-z0-9.-]+)\"");

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
        Set<String> used = withPluralForms(usedKeys());
        assertThat(used).isNotEmpty();
        assertThat(Words.keys(Language.ENGLISH)).containsAll(used);
        assertThat(used).containsAll(Words.keys(Language.ENGLISH));
    }

    /** A key the code names that has no sentence of its own is counted with: it stands for its plural forms. */
    private static Set<String> withPluralForms(Set<String> used) {
        Set<String> keys = new TreeSet<>();
        for (String key : used) {
            if (Words.pattern(key, Language.ENGLISH) == null) {
                keys.add(key + ".one");
                keys.add(key + ".other");
            } else {
                keys.add(key);
            }
        }
        return keys;
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
