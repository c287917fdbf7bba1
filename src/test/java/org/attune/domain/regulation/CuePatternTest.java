package org.attune.domain.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The screens try a cue only where a match can begin; that must find exactly
 * what {@link Matcher#find()} finds, everywhere.
 */
class CuePatternTest {

    private static final List<CuePattern> ALL = Stream.concat(
                    EscalationDetector.cuePatterns().stream(), SafetyScreen.cuePatterns().stream())
            .toList();

    /** Every match, in order, as the screens walk them. */
    private static List<String> walk(CuePattern cue, String text) {
        CuePattern.Text scanned = new CuePattern.Text(text);
        List<String> matches = new ArrayList<>();
        for (MatchResult m = cue.find(scanned, 0); m != null; m = cue.find(scanned, CuePattern.after(m))) {
            matches.add(m.start() + "-" + m.end());
        }
        return matches;
    }

    private static List<String> reference(CuePattern cue, String text) {
        List<String> matches = new ArrayList<>();
        Matcher m = Pattern.compile(cue.regex()).matcher(text);
        while (m.find()) {
            matches.add(m.start() + "-" + m.end());
        }
        return matches;
    }

    private static void assertSameAsFind(String text) {
        for (CuePattern cue : ALL) {
            assertThat(walk(cue, text)).as("%s in \"%s\"", cue.regex(), text).isEqualTo(reference(cue, text));
        }
    }

    @Test
    void findsWhatFindFindsInEveryLabelledMessage() throws IOException {
        int matched = 0;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/escalation"))) {
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file)) {
                    Matcher text = Pattern.compile("\"text\": \"((?:[^\"\\\\]|\\\\.)*)\"")
                            .matcher(line);
                    if (!text.find()) {
                        continue;
                    }
                    String lower = EscalationDetector.lowerKeepingPositions(
                            text.group(1).replace("\\\"", "\"").replace('\u2019', '\''));
                    assertSameAsFind(lower);
                    matched += ALL.stream().anyMatch(c -> !reference(c, lower).isEmpty()) ? 1 : 0;
                }
            }
        }
        assertThat(matched).as("messages in which some cue matched").isGreaterThan(300);
    }

    @Test
    void findsWhatFindFindsAtTheEdges() {
        for (String text : List.of(
                "",
                " ",
                "whatever",
                "whatever.",
                "  fine!",
                "k",
                "bye",
                "classic.",
                "not me!",
                "🙄",
                "you idiot, you always do this",
                "i'm impressed",
                "you 🙄 always",
                "__you always__",
                "you_always",
                "x-you always",
                "i'll kill myself",
                "i'm out",
                "yeah, but",
                "...grow up")) {
            assertSameAsFind(text);
        }
    }

    /** Texts made of the cues' own words, with the punctuation and spacing that decide where words begin. */
    @Provide
    Arbitrary<String> textsOfCueWords() {
        Set<String> words = new LinkedHashSet<>();
        for (CuePattern cue : ALL) {
            Matcher m = Pattern.compile("[a-z][a-z']*").matcher(cue.regex().replaceAll("\\\\[a-zA-Z]", " "));
            while (m.find()) {
                words.add(m.group());
            }
        }
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of(List.copyOf(words)),
                Arbitraries.strings()
                        .withChars("abcdeiouy'_-0123456789")
                        .ofMinLength(1)
                        .ofMaxLength(4));
        Arbitrary<String> gap =
                Arbitraries.of(" ", " ", " ", "  ", ", ", ". ", "! ", "? ", "!!!", "'", "-", "_", "\"", "", "🙄");
        return Arbitraries.oneOf(word, gap).list().ofMinSize(1).ofMaxSize(14).map(parts -> String.join("", parts));
    }

    @Property(tries = 2000)
    void findsWhatFindFindsInAnyTextOfCueWords(@ForAll("textsOfCueWords") String text) {
        assertSameAsFind(text);
    }

    @Test
    void knowsTheFirstTwoLettersOfPlainExpressionsOnly() {
        assertThat(CuePattern.firstPairs("no\\b")).containsExactly(CuePattern.pair("no", 0));
        assertThat(CuePattern.firstPairs("(?:sh|st)ut"))
                .containsExactlyInAnyOrder(CuePattern.pair("sh", 0), CuePattern.pair("st", 0));
        assertThat(CuePattern.firstPairs("a?bc"))
                .containsExactlyInAnyOrder(CuePattern.pair("ab", 0), CuePattern.pair("bc", 0));
        assertThat(CuePattern.firstPairs("(?:i|you)'?re"))
                .containsExactlyInAnyOrder(
                        CuePattern.pair("i'", 0), CuePattern.pair("ir", 0), CuePattern.pair("yo", 0));
        assertThat(CuePattern.firstPairs("x\\b")).as("may be one letter").isNull();
        assertThat(CuePattern.firstPairs("a*b")).isNull();
        assertThat(CuePattern.firstPairs("\\w+")).isNull();
    }

    @Test
    void mostCuesAreTriedOnlyWhereTheirFirstWordCanBegin() {
        long narrowed = ALL.stream().filter(CuePattern::narrowed).count();
        assertThat(narrowed)
                .as("cues narrowed to their first letters, of %d", ALL.size())
                .isGreaterThan(ALL.size() * 3 / 4);
    }
}
