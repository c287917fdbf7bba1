package org.attune.domain.regulation;

import java.util.List;

/**
 * The words and phrasings the {@link EscalationDetector} looks for, signal by
 * signal, in the order they are tried: for each, whether a negation within its
 * clause cancels it ("I'm not saying you always…").
 */
final class EscalationCues {

    record Cue(Signal signal, boolean negatable, CuePattern pattern) {}

    private static Cue cue(Signal signal, boolean negatable, String regex) {
        return new Cue(signal, negatable, CuePattern.compile(regex));
    }

    static final List<Cue> ALL = List.of(
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
            // Sarcasm of more than one word: praise or thanks for something that hurt, mock surprise.
            cue(
                    Signal.CONTEMPT,
                    false,
                    "\\bwhat an? (?:achievement|accomplishment|effort|feat|triumph|hero|saint)\\b(?=[,.]*\\s*(?:you|u)\\b[^.?!]*(?:[.?]|$))(?![\\s\\S]*\\b(?:proud|so happy|well deserved)\\b)|\\bwow[.!,]*\\s*just wow\\b|\\balert the (?:media|press)\\b"),
            cue(
                    Signal.CONTEMPT,
                    false,
                    "\\b(?:oh|well)[,.!]* (?:great|good|fantastic|wonderful|brilliant|perfect|lovely|marvellous|super)[,.!]*\\s*(?:another|more|so now|now you|you're|you are|just what)\\b|\\b(?:lovely|great|brilliant|perfect|fantastic)[.!]+\\s*(?:just|really) (?:lovely|great|brilliant|perfect|fantastic)\\b"),
            cue(
                    Signal.CONTEMPT,
                    false,
                    "\\bthanks (?:a lot|a bunch|a million|so much)\\b[^.!?]{0,40}\\b(?:before me|behind my back|for nothing|for ruining|for embarrassing|for forgetting|for leaving me|for making me)\\b|\\bcongrat(?:ulations|s),? (?:you|you've|you have)(?: \\w+){0,2} (?:made (?!it\\b)|ruined|managed to|broke|forgot|upset|embarrassed|lost|done it again|outdone)"),
            cue(
                    Signal.CONTEMPT,
                    false,
                    "\\b(?:yeah,? |oh,? |ok,? )?sure,? you (?:did|will|were|would|have|do)(?=\\s*(?:$|[.!?,]))|\\baren't you (?:just )?(?:the )?(?:perfect|so perfect|mr|miss|little miss|a saint|a genius|the expert|special)\\b|\\bhow (?:very )?(?:grown[- ]up|mature|adult|big|noble) of (?:you|u)\\b|\\b(?:upset|angry|worked up|crying|fussing) (?:about|over) nothing\\b"),
            cue(
                    Signal.DEFENSIVENESS,
                    false,
                    "\\b(?:fine|ok|okay|yes|you're right),? i'm (?:the worst|a terrible \\w+|a monster|always wrong|the problem)\\b|\\bi need to (?:calm down|relax|chill)\\?|\\bsorry (?:that )?you(?:'re| are) (?:so )?(?:upset|angry|offended|sensitive|hurt)\\b"),
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
            cue(
                    Signal.THREAT,
                    true,
                    "\\beither\\b[^.!?]{0,60}\\bor (?:i|we)\\b|\\bor (?:else|i'll|i will)\\b(?! (?:pay|get it|be in (?:\\w+ )?trouble|suffer|catch it|be punished|never hear the end))"),
            cue(
                    Signal.THREAT,
                    false,
                    "\\blast (?:warning|chance)\\b|\\bthat's it for us\\b|\\bwe're (?:finished|over|through)\\b|\\bget a lawyer\\b|\\bdon't expect me to be here\\b|\\bcalling a (?:divorce )?lawyer\\b"),
            cue(
                    Signal.THREAT,
                    false,
                    "\\bmark my words\\b|\\byou'll (?:see|pay)\\b|\\byou(?:'ll| will) get it (?:when|later|after|at home)\\b|\\bmake your life (?:hell|miserable)\\b|\\bwatch your back\\b|\\bi'll (?:cut you off|expose you|file for divorce|take everything)\\b|\\b(?:you won't|you'll never) see (?:the kids|your (?:kids|children|son|daughter))\\b|\\bor we're (?:done|finished|over)\\b"));

    private EscalationCues() {}
}
