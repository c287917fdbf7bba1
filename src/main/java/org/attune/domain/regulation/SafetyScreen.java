package org.attune.domain.regulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks for words of self-harm, suicide, violence, abuse, fear of a person or
 * a threat in a message. A safety screen errs towards raising an alert: a
 * therapist can dismiss a false alarm, but nobody can take back a missed one.
 *
 * <p>Two layers read each message, and a concern either raises is raised.
 * The cues are regular expressions for the phrasings seen so far; they name
 * the exact words. The learned layer ({@link SafetyModel}) generalises from
 * labelled messages to plain-worded ones the cues never saw ("he goes
 * through my phone every night"), and names the words that weighed most and
 * the kind of message they resemble. Each concern appears once: a cue's
 * words are kept when both raise the same concern.
 *
 * <p>Unlike the escalation detector the cues read quoted speech too (a threat
 * someone reports is still a threat) and ignore negation, except for the
 * writer promising never to hurt anyone. Everyday idioms built from violent
 * words ("she beat me to it") are blanked out before the cues run.
 */
public final class SafetyScreen {

    /** What the screen found, the words that showed it, whether the learned layer alone found it. */
    public record Concern(SafetyConcern concern, String words, boolean learned) {
        public Concern(SafetyConcern concern, String words) {
            this(concern, words, false);
        }
    }

    /** One cue: the concern it raises and its expression. */
    record Cue(SafetyConcern concern, CuePattern pattern) {

        /**
         * A cue from its expression. The English and French cues are made with it as their classes
         * load; it does not load the screen, whose own list is made from theirs.
         */
        static Cue of(SafetyConcern concern, String regex) {
            return new Cue(concern, CuePattern.compile(regex));
        }
    }

    /** Every cue, in the order they are tried: the English ones, then the French. */
    private static final List<Cue> CUES = java.util.stream.Stream.concat(
                    EnglishCues.ALL.stream(), FrenchCues.ALL.stream())
            .toList();

    /** "I would never hit her": the writer promising not to hurt anyone, just before the words. */
    private static final Pattern PROMISE =
            Pattern.compile("\\bi(?:'d| would| will|'ll)? (?:never|not ever|won't ever)(?: \\w+){0,2}\\s*$");

    private SafetyScreen() {}

    /** The cues' expressions, in the order they are tried. */
    static List<CuePattern> cuePatterns() {
        return CUES.stream().map(Cue::pattern).toList();
    }

    private static boolean promisedNever(String lower, int start) {
        return PROMISE.matcher(lower.substring(Math.max(0, start - 40), start)).find();
    }

    /** Trains the learned layer now, so that no room waits for it on its first message. */
    public static void prepare() {
        Learned.MODEL.hashCode();
    }

    /**
     * The concerns in a message, each once: first those the cues found, in the
     * order of the screen; then the learned layer's (a threat, and the concern
     * of the kind of message it resembles, when the cues or the layer itself
     * find the message a concern) when no cue raised the same; empty when
     * there is none.
     */
    public static List<Concern> screen(String text) {
        return screen(text, Learned.MODEL, false);
    }

    /**
     * As {@link #screen(String)}; when {@code watchful}, the learned layer raises a concern from
     * a lower threshold, which finds more crises and holds more harmless messages. A member's
     * messages are screened so while their own flag of the screen before joint work is open.
     */
    public static List<Concern> screen(String text, boolean watchful) {
        return screen(text, Learned.MODEL, watchful);
    }

    /**
     * The concerns in a listener's reflection. The screen still runs: a
     * partner's disclosure said back still matters to the therapist, who may
     * not have taken it in the first time. But the words are the partner's,
     * so a threat in them is not the listener's: it is reported as
     * {@link SafetyConcern#VIOLENCE} (violence threatened), which neither
     * pauses the room nor names the listener as threatening anyone.
     */
    public static List<Concern> screenReflection(String text) {
        return screenReflection(text, false);
    }

    /** As {@link #screenReflection(String)}, watchful as {@link #screen(String, boolean)} is. */
    public static List<Concern> screenReflection(String text, boolean watchful) {
        List<Concern> all = new ArrayList<>(screen(text, watchful));
        if (text != null && !text.isBlank()) {
            // Said back, "you'd be better off without you" is read also as the partner said it.
            all.addAll(cues(asSaid(text)));
        }
        return reflected(all);
    }

    /** The concerns found in a reflection, each once, a threat read as violence threatened. */
    static List<Concern> reflected(List<Concern> all) {
        Set<SafetyConcern> seen = EnumSet.noneOf(SafetyConcern.class);
        return all.stream()
                .map(c -> c.concern() != SafetyConcern.THREAT
                        ? c
                        : new Concern(SafetyConcern.VIOLENCE, c.words(), c.learned()))
                .filter(c -> seen.add(c.concern()))
                .toList();
    }

    private static final Pattern SECOND_PERSON =
            Pattern.compile("\\b(?:you're|you are|your|yours|yourself|you)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern OBJECT = Pattern.compile(
            "\\b(?:without|to|for|with|at|about|from|by|of|on|than|like|miss|hurt|leave|love|need|want)\\s+$",
            Pattern.CASE_INSENSITIVE);

    /** A reflection with the partner's "you" turned back into their "I". */
    static String asSaid(String text) {
        Matcher m = SECOND_PERSON.matcher(text.replace('\u2019', '\''));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group().toLowerCase(java.util.Locale.ROOT);
            String said = switch (word) {
                case "you're", "you are" -> "I'm";
                case "your" -> "my";
                case "yours" -> "mine";
                case "yourself" -> "myself";
                default -> OBJECT.matcher(text.substring(0, m.start())).find() ? "me" : "I";
            };
            m.appendReplacement(out, said);
        }
        m.appendTail(out);
        return out.toString();
    }

    /** As {@link #screen(String)}, with this learned layer. */
    static List<Concern> screen(String text, SafetyModel model) {
        return screen(text, model, false);
    }

    /** As {@link #screen(String, boolean)}, with this learned layer. */
    static List<Concern> screen(String text, SafetyModel model, boolean watchful) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Concern> found = cues(text);
        // The writer's fear of a person, in so many words, is theirs: a resemblance to a threat in the same
        // words ("…or I'll pay for it later") would blame the person at risk.
        boolean afraid = found.stream().anyMatch(c -> c.concern() == SafetyConcern.FEAR);
        for (SafetyModel.Reading learned : model.read(text, !found.isEmpty(), watchful)) {
            if (found.stream().noneMatch(c -> c.concern() == learned.concern())
                    && !(afraid && learned.concern() == SafetyConcern.THREAT)) {
                found.add(new Concern(learned.concern(), learned.words(), true));
            }
        }
        return found;
    }

    /** The concerns the cues alone find. */
    static List<Concern> cues(String text) {
        if (text == null || text.isBlank()) {
            return new ArrayList<>();
        }
        String lower = Accents.fold(EscalationDetector.lowerKeepingPositions(
                text.replace('\u2019', '\'').replace('\u2018', '\'')));
        List<Concern> found = new ArrayList<>();
        // Blanking idioms takes a cue's words away and never adds any; most messages hold no cue's words
        // at all, and for them the idioms need not be looked for.
        if (!anyCue(new CuePattern.Text(lower))) {
            return found;
        }
        CuePattern.Text scanned = new CuePattern.Text(maskIdioms(lower));
        Set<SafetyConcern> raised = EnumSet.noneOf(SafetyConcern.class);
        for (Cue cue : CUES) {
            if (raised.contains(cue.concern())) {
                continue;
            }
            for (MatchResult m = cue.pattern().find(scanned, 0);
                    m != null;
                    m = cue.pattern().find(scanned, CuePattern.after(m))) {
                if ((cue.concern() == SafetyConcern.VIOLENCE || cue.concern() == SafetyConcern.THREAT)
                        && promisedNever(lower, m.start())) {
                    continue;
                }
                found.add(new Concern(
                        cue.concern(), text.substring(m.start(), m.end()).strip()));
                raised.add(cue.concern());
                break;
            }
        }
        return found;
    }

    private static boolean anyCue(CuePattern.Text text) {
        for (Cue cue : CUES) {
            if (cue.pattern().find(text, 0) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The message with its idioms blanked out for the cues, every other character where it was;
     * as it is when the writer relates what it names to their own life. "A documentary about
     * abuse" is an idiom; "a documentary about abuse, and it reminded me of my husband" is how a
     * disclosure often begins.
     */
    static String maskIdioms(String lower) {
        if (EnglishCues.OWN_LIFE.matcher(lower).find()
                || FrenchCues.OWN_LIFE.matcher(lower).find()) {
            return lower;
        }
        return mask(mask(lower, EnglishCues.IDIOMS), FrenchCues.IDIOMS);
    }

    private static String mask(String lower, Pattern idioms) {
        Matcher m = idioms.matcher(lower);
        if (!m.find()) {
            return lower;
        }
        char[] chars = lower.toCharArray();
        do {
            Arrays.fill(chars, m.start(), m.end(), ' ');
        } while (m.find());
        return new String(chars);
    }

    /** The learned layer, trained from the shipped examples the first time a message is screened. */
    private static final class Learned {
        static final SafetyModel MODEL = SafetyModel.train(SafetyModel.shipped(), SafetyModel.Settings.CHOSEN);
    }
}
