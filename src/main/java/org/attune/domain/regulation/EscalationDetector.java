package org.attune.domain.regulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores one message for escalation: which signals it shows, with the words
 * that showed them, and its heat from 0 (calm) to 1. Explainable by design:
 * every signal names its words, so a therapist can see why.
 *
 * <p>How it reads a message:
 *
 * <ul>
 *   <li>Quoted speech ("when you said \"whatever\" I felt dismissed") is not
 *       the writer's own voice and is left out.
 *   <li>A cue that is negated or softened within its clause ("I'm not saying
 *       you always…", "you're not an idiot") does not count; negation does not
 *       reach across a comma, a full stop or "but".
 *   <li>Shouting is several words in capitals (common acronyms aside) or
 *       "!!!" and "?!".
 * </ul>
 *
 * <p>Heat combines the signals' weights as independent chances: 1 − Π(1 − w).
 * Rapid-fire sending is not in one message; the room adds it (see {@link HeatTracker}).
 */
public final class EscalationDetector {

    /** A signal and the words that showed it. */
    public record Finding(Signal signal, String words) {}

    /** A message's signals and its heat, 0–1. */
    public record Assessment(double heat, List<Finding> findings) {
        public static final Assessment CALM = new Assessment(0, List.of());

        public Assessment {
            findings = List.copyOf(findings);
        }

        public boolean has(Signal signal) {
            return findings.stream().anyMatch(f -> f.signal() == signal);
        }

        /** This assessment with one more finding, and the heat that goes with it. */
        public Assessment with(Finding finding) {
            List<Finding> more = new ArrayList<>(findings);
            more.add(finding);
            return new Assessment(heatOf(more), more);
        }
    }

    private static final Pattern NEGATOR = Pattern.compile(
            "\\b(?:not|no|nobody|nothing|never|don't|dont|doesn't|didn't|won't|isn't|wasn't|aren't|can't|cannot|wouldn't|shouldn't|haven't|hasn't|stop|without)\\b");
    private static final Pattern NOT = Pattern.compile("\\bnot\\b");
    private static final Pattern CLAUSE_END = Pattern.compile("[.!?;,]|\\bbut\\b");
    private static final Pattern CAPITALS = Pattern.compile("\\b[A-Z][A-Z']+\\b");
    private static final Pattern MARKS = Pattern.compile("!{3,}|\\?!|!\\?");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"\\n]*\"|\u201c[^\u201d\\n]*\u201d");
    private static final Set<String> ACRONYMS = Set.of(
            "USA", "UK", "BBQ", "NASA", "PTA", "TV", "OK", "ID", "GP", "NHS", "DIY", "PE", "PM", "AM", "CEO", "IT",
            "DJ", "US", "EU", "BBC", "ASAP", "LOL", "OMG", "PS", "FYI", "ADHD", "MRI", "ER", "ICU", "RSVP");
    private static final int NEGATION_WINDOW_WORDS = 5;

    private EscalationDetector() {}

    /** The cues' expressions, in the order they are tried. */
    static List<CuePattern> cuePatterns() {
        return EscalationCues.ALL.stream().map(EscalationCues.Cue::pattern).toList();
    }

    /** A message in the writer's own voice. */
    public static Assessment assess(String text) {
        return assess(text, false);
    }

    /**
     * A listener's reflection: the partner's words said back are left out
     * ({@link Reflections}); what the listener adds of their own is read as usual.
     */
    public static Assessment assessReflection(String text) {
        return assess(text, true);
    }

    private static Assessment assess(String text, boolean reflection) {
        if (text == null || text.isBlank()) {
            return Assessment.CALM;
        }
        String own = withoutQuotes(text.replace('\u2019', '\'').replace('\u2018', '\''));
        String lower = lowerKeepingPositions(own);
        if (reflection) {
            lower = Reflections.mask(lower);
            own = blankedLike(own, lower);
        }
        CuePattern.Text scanned = new CuePattern.Text(lower);
        Map<Signal, String> found = new LinkedHashMap<>();
        for (EscalationCues.Cue cue : EscalationCues.ALL) {
            if (found.containsKey(cue.signal())) {
                continue;
            }
            for (MatchResult m = cue.pattern().find(scanned, 0);
                    m != null;
                    m = cue.pattern().find(scanned, CuePattern.after(m))) {
                if (!(cue.negatable() && negated(lower, m.start(), m.end()))) {
                    found.put(cue.signal(), own.substring(m.start(), m.end()).strip());
                    break;
                }
            }
        }
        shouting(own).ifPresent(words -> found.putIfAbsent(Signal.SHOUTING, words));
        List<Finding> findings = new ArrayList<>();
        found.forEach((signal, words) -> findings.add(new Finding(signal, words)));
        return new Assessment(heatOf(findings), findings);
    }

    /**
     * Lower case, one character for one, so that what a cue matched in the
     * lower-case text can be cut from the original ("İ" would otherwise become two).
     */
    static String lowerKeepingPositions(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /** The text with blanks wherever {@code blanked} has one, every other character kept. */
    private static String blankedLike(String text, String blanked) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (blanked.charAt(i) == ' ') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    static double heatOf(List<Finding> findings) {
        double calm = 1;
        for (Finding f : findings) {
            calm *= 1 - f.signal().weight();
        }
        return Math.round((1 - calm) * 100) / 100.0;
    }

    /** Quoted words keep their place (for the words a finding names) but are blanked out. */
    static String withoutQuotes(String text) {
        Matcher m = QUOTED.matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    /** Whether a cue is negated: a negator in the few words before it in its clause, or "not" within it. */
    static boolean negated(String lower, int start, int end) {
        int clauseStart = 0;
        Matcher boundary = CLAUSE_END.matcher(lower).region(0, start);
        while (boundary.find()) {
            clauseStart = boundary.end();
        }
        String[] words = lower.substring(clauseStart, start).strip().split("\\s+");
        String window = String.join(
                " ",
                java.util.Arrays.copyOfRange(words, Math.max(0, words.length - NEGATION_WINDOW_WORDS), words.length));
        return NEGATOR.matcher(window).find()
                || NOT.matcher(lower.substring(start, end)).find();
    }

    private static java.util.Optional<String> shouting(String text) {
        List<String> capitals = new ArrayList<>();
        Matcher m = CAPITALS.matcher(text);
        while (m.find()) {
            String word = m.group();
            if (!ACRONYMS.contains(word) && word.replace("'", "").length() >= 2) {
                capitals.add(word);
            }
        }
        if (capitals.size() >= 2) {
            return java.util.Optional.of(String.join(" ", capitals.subList(0, Math.min(4, capitals.size()))));
        }
        Matcher marks = MARKS.matcher(text);
        return marks.find() ? java.util.Optional.of(marks.group()) : java.util.Optional.empty();
    }
}
