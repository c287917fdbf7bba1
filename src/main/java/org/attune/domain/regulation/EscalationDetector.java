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

    private record Cue(Signal signal, boolean negatable, CuePattern pattern) {}

    private static Cue cue(Signal signal, boolean negatable, String regex) {
        return new Cue(signal, negatable, CuePattern.compile(regex));
    }

    private static final List<Cue> CUES = List.of(
            cue(
                    Signal.CRITICISM,
                    true,
                    "\\b(?:you|u)(?: (?:just|still|literally|honestly|really|only))? (?:always|never|constantly)\\b(?! (?:fail|know|knew|cheer|make me (?:laugh|smile|happy|feel (?:better|safe|loved|good|special))|have my back|find a way|manage to|look (?:great|lovely|beautiful)|(?:are|were) there for))"),
            cue(Signal.CRITICISM, true, "\\b(?:are|were) (?:you|u) always\\b"),
            cue(Signal.CRITICISM, false, "\\bwhy\\b[^.?!]{0,20}\\b(?:you|u)\\b[^.?!]{0,10}\\b(?:ever|never|always)\\b"),
            cue(
                    Signal.CRITICISM,
                    true,
                    "\\bwhat(?: the hell| the fuck| on earth)?(?:'s| is|s) (?:wrong with (?:you|u)|your problem)\\b|\\b(?:you're|you are) the one who\\b"),
            cue(
                    Signal.CRITICISM,
                    true,
                    "\\b(?:you're|youre|you are|your|ur|u r|u are) (?:(?:so|such an?|completely|totally|really|just|the most|a|an|incredibly|utterly|being) )*(?:selfish|lazy|irresponsible|inconsiderate|careless|controlling|forgetful|unreliable|immature|self-cent(?:red|ered)|cold|negative|hopeless|thoughtless|incompetent|heartless|insensitive|ungrateful|a (?:terrible|bad|lousy|horrible|useless) (?:father|mother|dad|mum|mom|parent|husband|wife|partner|person|boyfriend|girlfriend))\\b"),
            cue(
                    Signal.CRITICISM,
                    true,
                    "\\bevery (?:single )?(?:time|day)\\b[^.!?]{0,40}\\b(?:you|u) (?:ruin|forget|do nothing|leave|make|never|always|start|ignore|mess)"),
            cue(
                    Signal.CRITICISM,
                    true,
                    "\\b(?:you|u) (?:only )?(?:ever )?(?:think|thinks|care|cared|cares) (?:about|for) (?:yourself|your (?:work|job|phone|friends|mother|mum|mom))\\b"),
            cue(Signal.CRITICISM, true, "\\b(?:anyone|anybody|everyone) but yourself\\b|\\b(?:you|u) only ever\\b"),
            cue(Signal.CRITICISM, false, "\\b(?:you|u) can(?:'t|not) be trusted\\b|\\byour word means nothing\\b"),
            cue(
                    Signal.CRITICISM,
                    true,
                    "\\bwhat kind of (?:father|mother|dad|mum|mom|parent|husband|wife|partner|person|boyfriend|girlfriend)\\b"),
            cue(
                    Signal.CRITICISM,
                    true,
                    "\\b(?:you|u)(?:'re| are)? (?:\\w+ ){0,2}(?:late|wrong|negative|forget|ruin|mess up|complain about) (?:to |about )?everything\\b"),
            cue(Signal.CRITICISM, true, "\\beverything is about (?:you|what you want)\\b|\\bit's always about you\\b"),
            cue(
                    Signal.CRITICISM,
                    true,
                    "\\b(?:you|u) (?:do|did) nothing\\b|\\b(?:you|u) never (?:do|did) anything right\\b"),
            cue(
                    Signal.CONTEMPT,
                    true,
                    "\\b(?:you're|youre|you are|ur|u r|you|u|you're such|you sound like|you act like|you look like|such an?)\\b[^.!?,]{0,25}\\b(?:idiot|moron|stupid|pathetic|loser|clown|joke|toddler|brat|liar|bastard|fool|imbecile|dumb|clueless|useless|worthless|disgusting|embarrassing|spineless|failure|coward|drama queen)\\b"),
            cue(
                    Signal.CONTEMPT,
                    true,
                    "\\b(?:you're|youre|you are|ur) (?:such |a |an )*(?:baby|child|sad little (?:man|woman|boy|girl))\\b"),
            cue(
                    Signal.CONTEMPT,
                    true,
                    "\\b(?:you|u) act like (?:one|a child|a baby|a toddler|a kid|an idiot)\\b|\\bacting like a (?:child|baby|toddler|spoiled)\\b"),
            cue(Signal.CONTEMPT, true, "\\bhow (?:stupid|pathetic|ridiculous|dumb|clueless) (?:you|that)\\b"),
            cue(
                    Signal.CONTEMPT,
                    false,
                    "(?:^|[,.!?]\\s*)(?:you )?(?:idiot|genius|einstein|princess|moron|brat|sherlock|spoiled brat|mr perfect|miss perfect)\\b"),
            cue(
                    Signal.CONTEMPT,
                    false,
                    "\\b(?:sure thing|good job|well done|nice one|great job|thanks|nice going),? (?:genius|einstein|princess|sherlock)\\b|\\bmr\\.? perfect\\b"),
            cue(Signal.CONTEMPT, false, "\\bnot (?:smart|clever|mature|grown[- ]up|man|woman|adult) enough\\b"),
            cue(Signal.CONTEMPT, false, "\\bembarrass(?:ed|ing) to be (?:seen with|around)\\b"),
            cue(
                    Signal.CONTEMPT,
                    false,
                    "\\bsomeone (?:as|so) (?:clueless|stupid|small-minded|pathetic|dumb|useless|lazy|dense)\\b|\\bsmall-minded\\b"),
            cue(
                    Signal.CONTEMPT,
                    false,
                    "\\bmore (?:mature|grown[- ]up|responsible|sensible|intelligent) than (?:you|u)\\b"),
            cue(
                    Signal.CONTEMPT,
                    true,
                    "\\b(?:you|u) (?:make me sick|disgust me|make me want to (?:vomit|puke))\\b|\\bnobody takes you seriously\\b"),
            cue(Signal.CONTEMPT, true, "(?:^|[.!?,]\\s*|\\bjust )grow up\\b|\\bpiece of (?:shit|work|crap)\\b"),
            cue(Signal.CONTEMPT, false, "\\brolls? (?:my |his |her )?eyes\\b|\\beye ?roll\\b|🙄"),
            cue(Signal.CONTEMPT, false, "\\bpoor (?:you|baby)\\b|\\bboo ?hoo\\b"),
            cue(
                    Signal.CONTEMPT,
                    false,
                    "\\b(?:lol|haha)\\b[^.!?]{0,15}\\byou think\\b|\\bthat's (?:cute|adorable|rich)\\b"),
            cue(
                    Signal.CONTEMPT,
                    false,
                    "\\b(?:nice|cute) (?:tantrum|speech|try)\\b|\\blook at you\\b|(?:^|[.!?]\\s*)classic[.!]*\\s*$|\\bwhin(?:e|ing)\\b"),
            cue(
                    Signal.CONTEMPT,
                    false,
                    "\\b(?:wow|great|brilliant|amazing|bravo|congratulations|congrats|well done|good job|great job|nice going|nice one|thanks so much|thank you so much)\\b[^.!?]{0,60}\\b(?:finally|another|medal|a whole|only took|as usual|remembering|remembered|actually)\\b"),
            cue(
                    Signal.CONTEMPT,
                    false,
                    "\\bdo you want a (?:medal|trophy|prize|gold star)\\b|\\bshould i call the (?:newspapers|papers|press)\\b"),
            cue(
                    Signal.CONTEMPT,
                    false,
                    "\\bwhat a (?:role model|hero|gentleman)\\b|\\bwhat a (?:shock|surprise)\\b[^.!?]{0,20}\\b(?:you|u)\\b|\\bnever saw that coming\\b"),
            cue(Signal.CONTEMPT, false, "\\b(?:mother|father|mum|mom|dad|husband|wife|parent|partner) of the year\\b"),
            cue(
                    Signal.CONTEMPT,
                    false,
                    "\\bof you to finally\\b|\\b(?:thanks|thank you)\\b[^.!?]{0,50}\\b(?:as usual|as always|for nothing)\\b|\\bincredibly helpful\\b"),
            cue(
                    Signal.CONTEMPT,
                    false,
                    "\\byour (?:very|super|oh so) important\\b|\\b(?:oh )?sure,? because you\\b|\\bsuch an expert\\b|\\bas if anyone\\b"),
            cue(
                    Signal.CONTEMPT,
                    false,
                    "\\bonly took (?:you )?(?:\\w+ )?(?:years|months|weeks|forever)\\b|\\banother (?:one of your )?(?:brilliant|genius|great|bright) (?:ideas?|plans?)\\b"),
            cue(
                    Signal.CONTEMPT,
                    false,
                    "\\ba whole (?:sentence|day|hour|minute|evening)\\b[^.!?]{0,40}\\bwithout\\b|\\bi'm (?:so )?impressed[.!]*\\s*$"),
            cue(
                    Signal.CRITICISM,
                    true,
                    "\\b(?:you|u) (?:don't|dont|do not) (?:even|ever) care\\b|\\b(?:you|u) (?:just )?(?:don't|dont) care about (?:me|us|anyone|anything)\\b|\\b(?:you|u) can never\\b|\\bonce again you\\b|\\byet again you\\b|\\b(?:you're|you are) (?:the worst|incapable|hopeless)\\b|\\b(?:so )?typical (?:of )?you\\b|\\bjust like your (?:father|mother|dad|mum|mom)\\b|\\blike always\\b|\\bas always, you\\b"),
            cue(
                    Signal.CONTEMPT,
                    true,
                    "\\b(?:you're|youre|you are|ur|u r)\\b[^.!?,]{0,20}\\b(?:dumbass|jerk|psycho|slob|pig|snowflake|cry ?baby|waste of space|nothing but|crazy|insane|ridiculous|so dramatic|laughable|a disgrace|an embarrassment|a mess|hopeless case|excuse for a)\\b"),
            cue(
                    Signal.CONTEMPT,
                    false,
                    "\\bget a life\\b|\\bgive me a break\\b|\\b(?:oh|yeah),? right\\b|\\bbig deal\\b|\\bwho cares\\b|\\bspare me the\\b|\\bcry me a river\\b|\\bshut up\\b"),
            cue(
                    Signal.DEFENSIVENESS,
                    false,
                    "\\b(?:it's|its|it is|it was|that's|thats|that was) not my (?:fault|problem|doing|job)\\b|\\b(?:wasn't|was not|isn't|is not) my (?:fault|doing)\\b"),
            cue(
                    Signal.DEFENSIVENESS,
                    false,
                    "\\b(?:why|how) is (?:it|this|that) (?:always )?my fault\\b|\\bso (?:now )?(?:it's|this is) my fault\\b|\\bnow i'm the (?:bad guy|villain|problem)\\b|\\bi'm the bad guy\\b"),
            cue(
                    Signal.DEFENSIVENESS,
                    false,
                    "\\bi did(?:n't| not|nt) do anything\\b|\\bi did nothing wrong\\b|\\bi did everything you asked\\b"),
            cue(
                    Signal.DEFENSIVENESS,
                    false,
                    "\\b(?:you|u) (?:do|did) (?:it|that|the same) too\\b|\\bdon't act like i'm the only one\\b"),
            cue(
                    Signal.DEFENSIVENESS,
                    false,
                    "(?:^|[.!?,]\\s*)(?:yeah|yes|yea|yep),? but\\b|\\b(?:yes|yeah),? i \\w+,? but you\\b|\\bso we're even\\b"),
            cue(Signal.DEFENSIVENESS, false, "\\b(?:blame|turn (?:this|it) on|put (?:this|it) on) me\\b"),
            cue(
                    Signal.DEFENSIVENESS,
                    false,
                    "\\bit wasn't me\\b|\\bi never said that\\b|\\bthat's not what happened\\b|\\bthat's not true\\b"),
            cue(
                    Signal.DEFENSIVENESS,
                    false,
                    "\\bi (?:only|just) did (?:that|it) because you\\b|\\bbecause you (?:pushed|made|forced) me\\b|\\bdidn't give me a chance\\b|\\bi was going to do it\\b"),
            cue(
                    Signal.DEFENSIVENESS,
                    false,
                    "\\bi had no choice\\b|\\bwhat was i supposed to do\\b|\\bhow (?:was|am|were) i supposed to know\\b|\\bi'm not the one (?:with|who)\\b"),
            cue(
                    Signal.DEFENSIVENESS,
                    false,
                    "\\bhardly a crime\\b|\\bwasn't my doing\\b|\\bi can't be expected to\\b|\\bthat's on you\\b|\\bnot me[.!]*\\s*$"),
            cue(
                    Signal.DEFENSIVENESS,
                    false,
                    "\\bi was (?:only|just) joking\\b|\\bdon't see why i should apologi[sz]e\\b|\\bnot like i (?:did it|meant it|meant to) on purpose\\b|\\bwhat about (?:the time )?(?:you|when you)\\b"),
            cue(
                    Signal.DEFENSIVENESS,
                    false,
                    "\\b(?:you're|you are) (?:overreacting|being (?:dramatic|ridiculous|unfair|sensitive)|too sensitive|making a big deal)\\b|\\bnot a big deal\\b|\\bwhat more do you want\\b"),
            cue(
                    Signal.DEFENSIVENESS,
                    false,
                    "\\bthat's rich coming from you\\b|\\blook who's talking\\b|\\bat least i\\b|\\byou started it\\b|\\bstop attacking me\\b|\\bi can't do anything right\\b|\\bnothing i do is (?:ever )?good enough\\b|\\bi said (?:i'm )?sorry,? (?:ok|okay|what)\\b"),
            cue(
                    Signal.STONEWALLING,
                    true,
                    "^\\s*(?:whatever|watever|w/e)\\s*(?:$|[.!,;])|\\b(?:whatever|watever)\\b(?! (?:you (?:want|like|prefer|need|think|decide|feel|choose|say is)|it takes|happens|works|time|the |we |i ))"),
            cue(Signal.STONEWALLING, false, "^\\s*(?:fine|k|ok|okay)\\s*[.!]+(?:\\s|$)|\\bsure,? fine\\b"),
            cue(
                    Signal.STONEWALLING,
                    true,
                    "\\bi(?:'m|m| am) done\\b(?=\\s*(?:$|[.!,;]|with (?:this|you|it|us|your|talking|everything)|talking|trying|explaining|listening|here))"),
            cue(Signal.STONEWALLING, true, "\\bi(?:'m|m| am) out\\b(?=\\s*(?:$|[.!,;]|of this|of here))"),
            cue(
                    Signal.STONEWALLING,
                    false,
                    "\\bnot (?:talking|discussing|doing) (?:about )?(?:this|that|it)\\b|\\bnot doing this\\b"),
            cue(
                    Signal.STONEWALLING,
                    false,
                    "\\btalk to the wall\\b|\\bi(?:'m|m| am) not listening\\b|\\bnot listening anymore\\b|\\bi(?:'m|m| am) not answering\\b"),
            cue(
                    Signal.STONEWALLING,
                    false,
                    "\\bi (?:don't|do not|dont) care(?: anymore)?(?=\\s*(?:$|[.!,;]))|\\bdo what(?:ever)? (?:you|u) (?:want|like)\\s*(?:$|[.!,])"),
            cue(
                    Signal.STONEWALLING,
                    false,
                    "\\bleave me alone\\b|\\bdon't (?:follow|message|text|call) me\\b|\\bstop texting me\\b|(?:^|[.!?,]\\s*|\\bjust )go away\\b"),
            cue(
                    Signal.STONEWALLING,
                    false,
                    "\\bno point (?:in )?(?:discussing|talking)\\b|\\bi have nothing (?:more )?to say\\b|\\bcan't be bothered\\b|^\\s*not interested\\b|\\bi(?:'m|m| am) muting\\b"),
            cue(
                    Signal.STONEWALLING,
                    true,
                    "\\bdone explaining\\b|\\bend of (?:discussion|conversation|story)\\b|\\bconversation over\\b|\\bforget it\\b"),
            cue(
                    Signal.STONEWALLING,
                    false,
                    "\\bi (?:don't|do not|dont) want to (?:talk|hear|discuss) (?:about )?(?:it|this|that|anymore)\\b|\\bthis conversation is over\\b|\\bwe're done talking\\b|\\bsave it\\b|\\bdrop it\\b|\\bstop talking\\b|\\bno comment\\b|\\bnothing (?:more )?to talk about\\b|^\\s*(?:bye|k)\\s*[.!]*\\s*$"),
            cue(
                    Signal.PROFANITY,
                    false,
                    "\\b(?:fuck\\w*|f\\*+k\\w*|fck\\w*|shit\\w*|sh\\*t|bullshit|asshole|arsehole|bitch\\w*|bastard\\w*|damn\\w*|goddamn\\w*|wtf|stfu)\\b|\\bpiss(?:ed)? off\\b|\\bscrew you\\b|\\bbloody hell\\b|\\bthe hell\\b|\\bhell no\\b|\\bgo to hell\\b"),
            cue(Signal.THREAT, false, "\\bdon't bother coming (?:back|home)\\b(?!\\s+for\\b)"),
            cue(Signal.THREAT, true, "\\b(?:you|u)(?:'ll| will) (?:regret|be sorry)\\b(?! not\\b)"),
            cue(
                    Signal.THREAT,
                    true,
                    "\\b(?:i'll|i will|i'm going to|im going to|i'm gonna|ill) (?:take the kids|tell (?:everyone|your|them|him|her|mum|dad|mom)|call (?:your|a lawyer|my lawyer)|leave you|divorce you|make sure|change the locks|post|move out|kick you out|throw you out|report you|ruin you|make you pay)\\b"),
            cue(
                    Signal.THREAT,
                    false,
                    "\\bif (?:you|u)\\b[^.!?]{0,60}\\b(?:i'm leaving|i'll leave|i am leaving|we're (?:finished|done|over|through)|we are (?:finished|done|over)|that's it for us|it's over|don't (?:bother|expect)|you'll (?:regret|be sorry|never see)|i'll (?:tell|call|take|leave|post|change|make|kick|throw|report|kill|hurt|hit|break))"),
            cue(
                    Signal.THREAT,
                    true,
                    "\\bi(?:'ll| will|ll) (?:kill|hurt|hit|break|beat|smash) (?:you|u|him|her|them|your)\\b"),
            cue(
                    Signal.THREAT,
                    true,
                    "\\b(?:keep|do that|try that|one more|go ahead)\\b[^.!?]{0,60}\\band (?:i'm|i'll|i will|i am|that's it|we're|you'll)\\b"),
            cue(Signal.THREAT, true, "\\beither\\b[^.!?]{0,60}\\bor (?:i|we)\\b|\\bor (?:else|i'll|i will)\\b"),
            cue(
                    Signal.THREAT,
                    false,
                    "\\blast (?:warning|chance)\\b|\\bthat's it for us\\b|\\bwe're (?:finished|over|through)\\b|\\bget a lawyer\\b|\\bdon't expect me to be here\\b|\\bcalling a (?:divorce )?lawyer\\b"),
            cue(
                    Signal.THREAT,
                    false,
                    "\\bmark my words\\b|\\byou'll (?:see|pay)\\b|\\bmake your life (?:hell|miserable)\\b|\\bwatch your back\\b|\\bi'll (?:cut you off|expose you|file for divorce|take everything)\\b|\\b(?:you won't|you'll never) see (?:the kids|your (?:kids|children|son|daughter))\\b|\\bor we're (?:done|finished|over)\\b"));

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
        return CUES.stream().map(Cue::pattern).toList();
    }

    public static Assessment assess(String text) {
        if (text == null || text.isBlank()) {
            return Assessment.CALM;
        }
        String own = withoutQuotes(text.replace('\u2019', '\'').replace('\u2018', '\''));
        String lower = lowerKeepingPositions(own);
        CuePattern.Text scanned = new CuePattern.Text(lower);
        Map<Signal, String> found = new LinkedHashMap<>();
        for (Cue cue : CUES) {
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
