package org.attune.domain.regulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cue's regular expression, tried only where a match can begin.
 *
 * <p>Every message passes through a hundred or so cues, and {@link Matcher#find()}
 * tries each of them at every character. Most alternatives of a cue begin with
 * {@code \b}, so a match can only begin where a word begins or ends; and most
 * go on with words whose first letters are known. Such an alternative is tried
 * only at those places, found once per message ({@link Text}); any other is
 * searched with {@code find}. The cue's match is the one {@code find} would
 * give: the earliest, and at the same place, the first alternative.
 */
final class CuePattern {

    private static final Pattern BOUNDARY = Pattern.compile("\\b");

    private final String regex;
    private final List<Alternative> alternatives;

    /**
     * One top-level alternative of a cue. At a given place, the cue matches with
     * its first alternative that matches there; so the cue's first match is the
     * alternatives' first match that begins earliest, the earlier alternative
     * winning a tie.
     */
    private record Alternative(Pattern pattern, boolean atBoundary, BitSet firstChars, Set<Integer> firstPairs) {

        MatchResult find(Text text, int from) {
            String s = text.value;
            if (!atBoundary) {
                Matcher m = pattern.matcher(s);
                return from <= s.length() && m.find(from) ? m.toMatchResult() : null;
            }
            Matcher m = null;
            for (int i = 0; i < text.boundaryCount; i++) {
                int at = text.boundaries[i];
                if (at < from || firstChars != null && (at == s.length() || !firstChars.get(s.charAt(at)))) {
                    continue;
                }
                if (firstPairs != null && (at + 1 == s.length() || !firstPairs.contains(pair(s, at)))) {
                    // Making a matcher and trying it costs far more than looking at two letters.
                    continue;
                }
                if (m == null) {
                    // Transparent bounds: \b and look-behinds still see the text before the place tried.
                    m = pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
                }
                m.region(at, s.length());
                if (m.lookingAt()) {
                    return m.toMatchResult();
                }
            }
            return null;
        }
    }

    private CuePattern(String regex, List<Alternative> alternatives) {
        this.regex = regex;
        this.alternatives = alternatives;
    }

    static CuePattern compile(String regex) {
        List<Alternative> alternatives = new ArrayList<>();
        for (String alternative : alternatives(regex)) {
            boolean atBoundary = alternative.startsWith("\\b");
            alternatives.add(new Alternative(
                    Pattern.compile(alternative),
                    atBoundary,
                    atBoundary ? firstChars(alternative.substring(2)) : null,
                    atBoundary ? firstPairs(alternative.substring(2)) : null));
        }
        return new CuePattern(regex, List.copyOf(alternatives));
    }

    /** The cue's expression as written. */
    String regex() {
        return regex;
    }

    /** Whether every alternative is tried only where a word begins with one of its first letters. */
    boolean narrowed() {
        return alternatives.stream().allMatch(a -> a.atBoundary() && a.firstChars() != null);
    }

    /** The first match that begins at or after {@code from}; {@code null} when there is none. */
    MatchResult find(Text text, int from) {
        MatchResult first = null;
        for (Alternative alternative : alternatives) {
            MatchResult m = alternative.find(text, from);
            if (m != null && (first == null || m.start() < first.start())) {
                first = m;
            }
        }
        return first;
    }

    /** Where the next search begins after a match, as {@link Matcher#find()} would go on. */
    static int after(MatchResult match) {
        return match.end() == match.start() ? match.end() + 1 : match.end();
    }

    /** A message to search, with the places where {@code \b} holds. */
    static final class Text {
        final String value;
        private final int[] boundaries;
        private final int boundaryCount;

        Text(String value) {
            this.value = value;
            int[] found = new int[16];
            int count = 0;
            Matcher m = BOUNDARY.matcher(value);
            while (m.find()) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = m.start();
            }
            this.boundaries = found;
            this.boundaryCount = count;
        }
    }

    /** The top-level alternatives of an expression. */
    static List<String> alternatives(String regex) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < regex.length(); i = endOfToken(regex, i) + 1) {
            char c = regex.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(regex.substring(start));
        return parts;
    }

    /**
     * The characters that a match of {@code regex} can begin with, when that is
     * plain from its start: literals, and groups of alternatives that begin with
     * them; an atom that may be left out adds what follows it. {@code null} when
     * it is not plain.
     */
    static BitSet firstChars(String regex) {
        if (regex.isEmpty()) {
            return null;
        }
        char c = regex.charAt(0);
        BitSet chars;
        int next;
        if (regex.startsWith("(?:")) {
            int close = closingParenthesis(regex, 0);
            if (close < 0) {
                return null;
            }
            chars = new BitSet();
            for (String alternative : alternatives(regex.substring(3, close))) {
                BitSet first = firstChars(alternative);
                if (first == null) {
                    return null;
                }
                chars.or(first);
            }
            next = close + 1;
        } else if (Character.isLetterOrDigit(c) || c == ' ' || c == '\'' || c == '-' || c == ',') {
            chars = new BitSet();
            chars.set(c);
            next = 1;
        } else {
            return null;
        }
        if (next < regex.length() && regex.charAt(next) == '{') {
            return null;
        }
        if (next < regex.length() && (regex.charAt(next) == '?' || regex.charAt(next) == '*')) {
            int rest = next + 1;
            if (rest < regex.length() && "?+".indexOf(regex.charAt(rest)) >= 0) {
                rest++; // a lazy or possessive quantifier
            }
            BitSet after = firstChars(regex.substring(rest));
            if (after == null) {
                return null;
            }
            chars.or(after);
        }
        return chars;
    }

    /**
     * The pairs of letters a plain expression (as {@link #firstChars}) can begin
     * with, each as {@link #pair}; {@code null} when that is not known, e.g.
     * when it may match a single letter.
     */
    static Set<Integer> firstPairs(String regex) {
        if (regex.isEmpty()) {
            return null;
        }
        char c = regex.charAt(0);
        String atom;
        if (regex.startsWith("(?:")) {
            int close = closingParenthesis(regex, 0);
            if (close < 0) {
                return null;
            }
            atom = regex.substring(0, close + 1);
        } else if (Character.isLetterOrDigit(c) || c == ' ' || c == '\'' || c == '-' || c == ',') {
            atom = regex.substring(0, 1);
        } else {
            return null;
        }
        String rest = regex.substring(atom.length());
        if (rest.startsWith("?") && !rest.startsWith("?+") && !rest.startsWith("??")) {
            // The atom or not: each way's pairs.
            return union(firstPairs(atom + rest.substring(1)), firstPairs(rest.substring(1)));
        }
        if (!rest.isEmpty() && "*+{?".indexOf(rest.charAt(0)) >= 0) {
            return null;
        }
        if (atom.length() > 1) {
            Set<Integer> pairs = new HashSet<>();
            for (String alternative : alternatives(atom.substring(3, atom.length() - 1))) {
                Set<Integer> each = firstPairs(alternative + rest);
                if (each == null) {
                    return null;
                }
                pairs.addAll(each);
            }
            return pairs;
        }
        BitSet second = firstChars(rest);
        if (second == null) {
            return null;
        }
        Set<Integer> pairs = new HashSet<>();
        second.stream().forEach(d -> pairs.add(c << 16 | d));
        return pairs;
    }

    private static Set<Integer> union(Set<Integer> a, Set<Integer> b) {
        if (a == null || b == null) {
            return null;
        }
        Set<Integer> both = new HashSet<>(a);
        both.addAll(b);
        return both;
    }

    /** The two letters at {@code at}, as one number. */
    static int pair(String s, int at) {
        return s.charAt(at) << 16 | s.charAt(at + 1);
    }

    private static int closingParenthesis(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i = endOfToken(regex, i) + 1) {
            char c = regex.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Where the token at {@code i} ends: an escape is two characters, a class runs to its {@code ]}. */
    private static int endOfToken(String regex, int i) {
        char c = regex.charAt(i);
        return c == '\\' ? i + 1 : c == '[' ? endOfClass(regex, i) : i;
    }

    private static int endOfClass(String regex, int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++;
        }
        for (; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ']') {
                return i;
            }
        }
        return regex.length();
    }
}
