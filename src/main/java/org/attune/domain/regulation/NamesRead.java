package org.attune.domain.regulation;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message with the names of the people in the room read as the people they are. People in a
 * room call each other by name ("Sam grabbed me", "j'ai peur de Sam"), while the cues
 * know people by the words that stand for them ("he grabbed me", "j'ai peur de
 * lui"). Each name is read as "he", "him" or "his" in English and as "il" or "lui" in French:
 * the words the screen knows best, whoever the person is. The reading is never shown: the
 * words a concern names are taken back from the writer's own message ({@link #own(String)});
 * {@link NamedPeople} is the way in.
 *
 * <p>A name that is also an everyday word ("Will", "May", "Grace", "Pierre") is read as the
 * person where it is written with a capital letter, or after a word that takes a person ("scared
 * of will", "peur de ben"): "I will call you" is the word, "Will hurt me" the person. Any other
 * name is read however it is typed ("j'ai peur de sam").
 */
final class NamesRead {

    private static final Set<String> PREPOSITIONS_AND_VERBS = Set.of(
            "of", "to", "with", "at", "about", "from", "by", "than", "like", "without", "for", "on", "around", "near",
            "told", "tell", "asked", "ask", "saw", "see", "called", "call", "left", "leave", "love", "miss", "need",
            "want", "hate", "fear", "de", "a", "avec", "pour", "sans", "chez", "contre");

    /** The message as the screen reads it. */
    final String read;

    private final String own;

    /** For each character of the reading, where it began and ended in the writer's message. */
    private final int[] from;

    private final int[] to;

    private NamesRead(String own, String read, int[] from, int[] to) {
        this.own = own;
        this.read = read;
        this.from = from;
        this.to = to;
    }

    /** The message with the names the pattern finds read as people; null when it names none of them. */
    static NamesRead in(String text, Pattern named) {
        if (named == null) {
            return null;
        }
        Matcher m = named.matcher(text);
        if (!next(m, text)) {
            return null;
        }
        boolean french = MessageLanguage.french(SafetyFeatures.of(text));
        StringBuilder read = new StringBuilder();
        int[] from = new int[text.length() * 2 + 8];
        int[] to = new int[from.length];
        int at = 0;
        do {
            copy(text, at, m.start(), read, from, to);
            String said = m.group(2) != null
                    ? (french ? "lui" : "his")
                    : subject(text, m.start()) ? (french ? "il" : "he") : (french ? "lui" : "him");
            for (int i = 0; i < said.length(); i++) {
                from[read.length()] = m.start();
                to[read.length()] = m.end();
                read.append(said.charAt(i));
            }
            at = m.end();
        } while (next(m, text));
        copy(text, at, text.length(), read, from, to);
        return new NamesRead(text, read.toString(), from, to);
    }

    /**
     * Finds the next name read as a person: any but an everyday word written in lower case where
     * it could be that word ("i will call", not "scared of will").
     */
    private static boolean next(Matcher m, String text) {
        while (m.find()) {
            String word = m.group(1);
            if (!Character.isLowerCase(word.codePointAt(0))
                    || !Ordinary.WORDS.contains(word.toLowerCase(Locale.ROOT))
                    || !subject(text, m.start())) {
                return true;
            }
        }
        return false;
    }

    /** Loads the everyday words, so that the first room to name someone does not. */
    static void prepare() {
        Ordinary.WORDS.hashCode();
    }

    /**
     * Everyday words: those written in lower case in at least two of the shipped examples, and
     * given names that are everyday words in English or French, which the examples may not use.
     */
    private static final class Ordinary {

        private static final Set<String> GIVEN_NAMES_THAT_ARE_WORDS = Set.of(
                "will",
                "may",
                "grace",
                "hope",
                "joy",
                "faith",
                "rose",
                "mark",
                "bill",
                "frank",
                "sue",
                "pat",
                "guy",
                "art",
                "rich",
                "chase",
                "ray",
                "dawn",
                "summer",
                "june",
                "april",
                "august",
                "ivy",
                "lily",
                "iris",
                "amber",
                "ruby",
                "pearl",
                "sandy",
                "rob",
                "jack",
                "max",
                "drew",
                "ben",
                "pierre",
                "claire",
                "blanche",
                "olive",
                "marine",
                "violette",
                "constant",
                "prudence",
                "aim\u00e9",
                "aim\u00e9e",
                "victoire",
                "patience");

        static final Set<String> WORDS = words();

        private static Set<String> words() {
            Map<String, Integer> seen = new HashMap<>();
            Pattern word = Pattern.compile("(?<![\\p{L}'\u2019-])\\p{Ll}[\\p{L}'\u2019-]*");
            for (SafetyModel.Example example : SafetyModel.shipped()) {
                Set<String> once = new HashSet<>();
                Matcher m = word.matcher(example.text());
                while (m.find()) {
                    once.add(m.group());
                }
                once.forEach(w -> seen.merge(w, 1, Integer::sum));
            }
            Set<String> out = new HashSet<>(GIVEN_NAMES_THAT_ARE_WORDS);
            seen.forEach((w, n) -> {
                if (n >= 2) {
                    out.add(w);
                }
            });
            return Set.copyOf(out);
        }
    }

    /** Copies the writer's characters from start to end into the reading, each from where it stands. */
    private static void copy(String text, int start, int end, StringBuilder read, int[] from, int[] to) {
        for (int i = start; i < end; i++) {
            from[read.length()] = i;
            to[read.length()] = i + 1;
            read.append(text.charAt(i));
        }
    }

    /**
     * The words a concern names, taken back from the writer's message: the part of the reading
     * they quote (a cue's words, or the words between quotation marks of a learned concern)
     * becomes the same part of what the writer wrote.
     */
    String own(String words) {
        int open = words.indexOf('\u201c');
        int close = words.lastIndexOf('\u201d');
        String quoted = open >= 0 && close > open ? words.substring(open + 1, close) : words;
        int start = read.indexOf(quoted);
        if (quoted.isEmpty() || start < 0) {
            return words;
        }
        String theirs = own.substring(from[start], to[start + quoted.length() - 1]);
        return open >= 0 && close > open ? words.substring(0, open + 1) + theirs + words.substring(close) : theirs;
    }

    /** Whether a name at this position is the one who acts: unless a preposition or a verb comes just before it. */
    private static boolean subject(String text, int position) {
        String before = text.substring(0, position).stripTrailing();
        int space = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n'));
        String word = Accents.fold(before.substring(space + 1).toLowerCase(Locale.ROOT));
        return !PREPOSITIONS_AND_VERBS.contains(word);
    }

    /** Each name's words of two letters or more, as whole words, with an English possessive after them; null for none. */
    static Pattern pattern(Collection<String> names) {
        Set<String> words =
                new TreeSet<>((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b));
        for (String name : names) {
            if (name == null) {
                continue;
            }
            for (String word : name.split("[^\\p{L}'\u2019-]+")) {
                if (word.codePointCount(0, word.length()) >= 2) {
                    words.add(Pattern.quote(word));
                }
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}])(" + String.join("|", words) + ")(['\u2019]s)?(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
