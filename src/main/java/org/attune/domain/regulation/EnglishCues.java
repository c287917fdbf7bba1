package org.attune.domain.regulation;

import java.util.List;
import java.util.regex.Pattern;
import org.attune.domain.regulation.SafetyScreen.Cue;

/**
 * The safety screen's cues in English, for the phrasings that say a crisis in
 * so many words ("I want to die", "he hit me", "I'll kill you"), and the
 * everyday idioms built from violent words that are blanked before they run
 * ({@link #IDIOMS}). The cues read the message in lower case; the learned
 * layer reads the plain-worded rest.
 */
final class EnglishCues {

    /** A game or a sport after "at": "she beat me at chess" is a game, "he slapped me at the party" a hit. */
    private static final String AT_A_GAME =
            "(?:the |a )?(?:chess|cards|scrabble|tennis|golf|pool|darts|monopoly|poker|ping-pong|table tennis|squash|badminton|fifa|mario kart|checkers|draughts|bridge|uno|cribbage|quiz|pub quiz|trivia|bowling|mini golf|arm wrestling|board games?|games?|everything|sport|\\w+ ?ball|(?:his|her|my|their) own game|it)\\b";

    static final List<Cue> ALL = List.of(
            Cue.of(
                    SafetyConcern.SELF_HARM,
                    "\\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting) myself\\b(?! (?:a |some )?(?:slice|piece|bit|laughing|shaving))"),
            Cue.of(
                    SafetyConcern.SELF_HARM,
                    "\\bsuicid\\w*|\\bself[- ]?harm\\w*|\\bend(?:ing)? (?:it all|my life|my own life|everything)\\b|\\btake my (?:own )?life\\b"),
            Cue.of(
                    SafetyConcern.SELF_HARM,
                    "\\b(?:want|wanna|wanted|going|plan(?:ning)?) to die\\b|\\bwish i (?:was|were) dead\\b|\\bbetter off (?:without me|if i (?:was|were) gone|dead)\\b"),
            Cue.of(
                    SafetyConcern.SELF_HARM,
                    "\\b(?:don't|dont|do not) want to (?:be here|live|be alive|wake up|exist)(?: anymore)?\\b|\\bno (?:point|reason) (?:in |of )?(?:living|to live|being alive|going on)\\b|\\bpoint of living\\b|\\bnothing to live for\\b"),
            Cue.of(
                    SafetyConcern.SELF_HARM,
                    "\\b(?:can't|cannot|can not|couldn't) (?:go on|keep going|carry on)\\b|\\b(?:don't|dont) think i can (?:go on|keep going|carry on)\\b"),
            Cue.of(
                    SafetyConcern.SELF_HARM,
                    "\\b(?:won't|wont|will not) be (?:here|around) (?:tomorrow|much longer|anymore)\\b|\\bdisappear (?:forever|for good)\\b|\\b(?:being|am|i'm) (?:such )?a burden\\b"),
            Cue.of(
                    SafetyConcern.SELF_HARM,
                    "\\b(?:saved|stockpil\\w*|hoard\\w*|collecting) (?:up )?(?:my |some |all )?(?:pills|tablets|meds)\\b|\\bpills? saved\\b|\\btak(?:e|ing) (?:them|it|the pills|the tablets) all\\b|\\bmore of my (?:\\w+ )?(?:tablets|pills|meds) than\\b|\\bhow many (?:paracetamol|pills|tablets|sleeping pills)\\b|\\boverdos\\w*\\b(?! on\\b)"),
            Cue.of(
                    SafetyConcern.SELF_HARM,
                    "\\bgoodbye (?:letters?|notes?)\\b|\\bsuicide notes?\\b|\\bsay(?:ing)? goodbye (?:to everyone|for good)\\b"),
            Cue.of(
                    SafetyConcern.SELF_HARM,
                    "\\b(?:drive|driving|crash|crashing) (?:my car |the car )?into a (?:wall|tree|truck|lorry)\\b|\\bstood on (?:the|a) (?:bridge|ledge|edge|roof)\\b|\\bjump(?:ing)? (?:off|in front of)\\b|\\bhang(?:ing)? myself\\b"),
            Cue.of(
                    SafetyConcern.SELF_HARM,
                    "\\bif i (?:was|were) gone\\b|\\bif i (?:died|disappeared)\\b|\\bscratch(?:ed|ing)? (?:my )?(?:arms|legs|skin|wrists)\\b|\\bcutting again\\b|\\bburn(?:ed|ing)? myself\\b"),
            Cue.of(
                    SafetyConcern.VIOLENCE,
                    "\\b(?:he|she|they|dad|mum|mom|stepdad|stepmum|stepmom|father|mother|husband|wife|boyfriend|girlfriend|partner|brother|sister)(?: \\w+)? (?:hit|hits|smack|smacks|smacked|punched|punches|slapped|slaps|kicked|kicks|choked|chokes|strangled|grabbed|pushed|shoved|beat|beats|threw|throws|smashes|smashed|bit|burned)\\b(?! (?:me |us |him |her |them )?at "
                            + AT_A_GAME + ")"),
            Cue.of(
                    SafetyConcern.VIOLENCE,
                    "\\b(?:hit|hits|punch(?:ed|es)?|slap(?:ped|s)?|kick(?:ed|s)?|chok(?:e|ed|es)|strangl(?:e|ed|es)|stab(?:bed|s)?|shoot|shot|beat|beats|beaten) (?:me|her|him|us|my (?:son|daughter|kids|children|brother|sister|mum|mom|dad|baby))\\b(?! at "
                            + AT_A_GAME + ")"),
            Cue.of(
                    SafetyConcern.VIOLENCE,
                    "\\b(?:gonna|he'll|she'll|they'll|he will|she will|he'd|she'd|he would|she would|he's going to|she's going to) (?:kill|hurt|hit|stab|shoot|strangle|choke|beat|break) (?:you|u|me|him|her|them|us|your|the kids|my)\\b|\\bhurt the (?:dog|cat|kids|children|baby)\\b"),
            Cue.of(
                    SafetyConcern.THREAT,
                    "\\b(?:i'll|i will|ill|i'm going to|im going to|i'm gonna|im gonna) (?:kill|hurt|hit|stab|shoot|strangle|choke|beat|break) (?:you|u|him|her|them|your|the kids)\\b|\\bbreak your (?:\\w+ )?neck\\b|\\b(?:i'll|i will|ill) (?:put|throw|slam|knock|smash) (?:you|her|him) (?:through|into|against|down|out)\\b"),
            Cue.of(
                    SafetyConcern.VIOLENCE,
                    "\\b(?:scared|afraid|terrified) (?:that )?(?:he|she|they|dad|mum|mom)(?:'ll| will| might| is going to| would) (?:hurt|hit|kill)\\b|\\bafraid of what (?:he|she|they)(?:'ll| will| might| would) do\\b|\\b(?:he|she)(?:'ll| will) find me\\b"),
            Cue.of(
                    SafetyConcern.VIOLENCE,
                    "(?<!water )(?<!nerf )(?<!glue )(?<!toy )\\b(?:gun|guns|pistol|rifle|firearm|weapon|weapons)\\b|(?<!butter )(?<!bread )\\bknife\\b(?! and fork)|\\bby the (?:neck|throat|hair)\\b"),
            Cue.of(
                    SafetyConcern.ABUSE,
                    "\\babus\\w*|\\bmolest\\w*|\\brap(?:e|ed|ing)\\b|\\bsexually\\b|\\bgroom(?:ed|ing)\\b"),
            Cue.of(
                    SafetyConcern.ABUSE,
                    "\\bnot safe (?:at home|here|with (?:him|her|them))\\b|\\bi(?:'m| am) not safe\\b|\\blocked me (?:in|out)\\b|\\bwon't let me (?:leave|go out|out|see)\\b|\\btakes my (?:phone|keys|money)\\b|(?<!\\bi )(?<!\\bi was )(?<!\\bi've )(?<!\\bi just )(?<!\\bi'm )(?<!\\bwe )(?<!\\bwe were )(?<!\\bwe're )\\b(?:checks|checked|checking|goes through|went through|going through|reads|looks through|searches|searched) my (?:phone|messages|texts|dms|whatsapp|call log)\\b(?! out (?:for|to) me\\b| (?:for|to) me (?:while|when)\\b)|\\bcontrols all (?:the|my) money\\b"),
            // Recognising one's own life in what one read or watched: "I read a book about abuse and realised
            // it's what he does to me". The idioms blank a crisis named in a book or a film; this is not one.
            Cue.of(
                    SafetyConcern.ABUSE,
                    "\\b(?:realis|realiz|recognis|recogniz)\\w* (?:that )?(?:it's|that's|this is|it was|that was|that is|it is)"
                            + " (?:exactly |just )?(?:what|how) (?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|dad|mum"
                            + "|mom|father|mother|stepdad|ex)) (?:does|did|has been doing|treats|treated|talks|talked|speaks|spoke)"
                            + " (?:to )?(?:me|us|the kids|my)\\b|\\b(?:that's|it's|this is|that is|it is) (?:exactly |just )?what"
                            + " (?:he|she|they) (?:does|did|do|has been doing) to (?:me|us|the kids|my)\\b"),
            Cue.of(
                    SafetyConcern.ABUSE,
                    "\\b(?:touch(?:es|ed)?|comes? into my room)\\b[^.!?]{0,40}\\b(?:don't|didn't|do not) want\\b|\\bwith a belt\\b"),
            Cue.of(
                    SafetyConcern.SELF_HARM,
                    "\\bi(?:'d| would)? (?:want|wanna|wish|would rather|rather) (?:to )?(?:die|be dead|not exist|not be here|sleep forever|never wake up|not wake up)\\b|\\b(?:want|going|plan(?:ning)?|thinking about|think about|thought about)(?: \\w+){0,2} (?:ending|end) (?:it|my life|things|everything)\\b"),
            Cue.of(
                    SafetyConcern.SELF_HARM,
                    "\\b(?:thoughts? (?:of|about)|think(?:ing)? about|thought about|fantasi[sz]\\w* about) (?:dying|death|killing myself|ending it|not being here|not waking up|suicide|hurting myself|disappearing)\\b"),
            Cue.of(
                    SafetyConcern.SELF_HARM,
                    "\\bcan't (?:live|go on|take (?:it|this|much more)) (?:like this|anymore)\\b|\\bno way out\\b|\\b(?:nobody|no one) (?:would )?(?:care|miss me|notice) if\\b|\\bno one would miss me\\b|\\bwhat's the point (?:of|in) (?:anything|living|going on|being here)\\b|\\bdone with (?:life|living)\\b"),
            Cue.of(
                    SafetyConcern.SELF_HARM,
                    "\\b(?:razor|noose)s?\\b|\\b(?:keep|hide|hidden) (?:a |my )?(?:blade|razor)\\b|\\bblades? (?:in|under) my\\b|\\bbruises? on (?:his|her|my|their) (?:face|neck|arms?|back|legs?)\\b|\\b(?:hit|punch|burn|starve|punish|bite) myself\\b"),
            Cue.of(
                    SafetyConcern.VIOLENCE,
                    "\\b(?:he|she|they|dad|mum|mom|stepdad|father|mother|husband|wife|boyfriend|girlfriend|partner)(?: has| had)? (?:hurt|hurts|hurting) (?:me|us|my|the kids)\\b|\\bthreaten(?:ed|s|ing)? (?:me|us|to (?:kill|hurt|take|hit))\\b"),
            Cue.of(
                    SafetyConcern.VIOLENCE,
                    "\\b(?:scared|afraid|terrified) (?:of (?:him|her|my (?:husband|wife|partner|dad|father|mum|mom|mother|stepdad|stepmum|boyfriend|girlfriend|brother))|to go home|for my life|for my safety|for the kids)\\b|\\bviolen(?:t|ce)\\b|\\bblack eye\\b"),
            Cue.of(
                    SafetyConcern.ABUSE,
                    "\\b(?:restraining|protection) order\\b|\\bforced\\b[^.!?]{0,20}\\b(?:sex|himself|herself|me to)\\b|\\bsex\\w*\\b[^.!?]{0,30}\\b(?:forced|made me|didn't want|without (?:my )?consent)\\b"),
            Cue.of(
                    SafetyConcern.ABUSE,
                    "\\b(?:doesn't|won't|does not|will not) let me (?:see|leave|go|have|talk|out|eat|sleep)\\b|\\btrack(?:s|ing)? my (?:location|phone)\\b|\\bisolat\\w* me\\b|\\bcall(?:ed)? the (?:police|cops)\\b"),
            Cue.of(
                    SafetyConcern.SELF_HARM,
                    "\\bgiv(?:e|ing|en) (?:away )?(?:my|all my) (?:things|stuff|belongings|possessions)(?: away)?\\b|\\bcut (?:my|into my) (?:arms?|wrists?|legs?|thighs?|skin)\\b|\\b(?:bang|banging|hit|hitting) my head\\b|\\b(?:go to sleep|sleep) and (?:just )?(?:not|never) wake up\\b"),
            Cue.of(
                    SafetyConcern.ABUSE,
                    "\\bcomes? into my (?:room|bed) at night\\b|\\b(?:it's|its) our (?:little )?secret\\b|\\b(?:don't|do not|dont) want to go home\\b|\\bscared to go home\\b"),
            Cue.of(
                    SafetyConcern.VIOLENCE,
                    "\\b(?:he'll|she'll|he will|she will) (?:put|throw|slam|knock|smash) (?:you|me|her|him) (?:through|into|against|down|out)\\b"),
            Cue.of(
                    SafetyConcern.SELF_HARM,
                    "\\bbetter off\\b[^.!?]{0,30}\\b(?:without me|if i (?:just )?(?:wasn't|weren't|was not|were not|wasnt) (?:around|here))\\b|\\b(?:quieter|better|easier|happier) without me\\b|\\bwant(?:ed)? to disappear\\b|\\b(?:stop|end) for good\\b"),
            Cue.of(
                    SafetyConcern.SELF_HARM,
                    "\\b(?:won't|wont|will not|not going to|not gonna) (?:be (?:here|around)|need (?:them|it|these|this))\\b[^.!?]{0,25}\\b(?:after|for|much longer|anymore|tomorrow)\\b|\\bwon't be (?:a problem|a burden|in the way)\\b|\\bhow much longer i can\\b|\\bwon't be able to after\\b"),
            Cue.of(
                    SafetyConcern.SELF_HARM,
                    "\\bthis is goodbye\\b|\\b(?:written|wrote) (?:letters|notes) (?:for|to)\\b|\\btell (?:my \\w+|them|everyone) (?:that )?i loved? them\\b|\\bmade my peace\\b|\\b(?:sorted|made|wrote|updated) (?:out )?my will\\b"),
            Cue.of(
                    SafetyConcern.SELF_HARM,
                    "\\bi have a plan\\b|\\blook(?:ed|ing)? up how (?:many|much|high|long|to)\\b|\\b(?:bought|got|found) (?:a |some |my \\w+'?s? )?(?:rope|pills|tablets)\\b|\\bsav(?:e|ed|ing) up my (?:\\w+ )?(?:pills|tablets|meds|antidepressants|medication)\\b|\\b(?:box|bottle|packet|pack) of (?:paracetamol|pills|tablets|aspirin|ibuprofen)\\b"),
            Cue.of(
                    SafetyConcern.SELF_HARM,
                    "\\bon myself\\b|\\bengine running\\b|\\bstepping (?:off|in front)\\b|\\bturn the wheel\\b|\\b(?:bridge|platform|ledge|roof)\\b[^.!?]{0,60}\\b(?:easy|jump|step|fall)\\b"),
            Cue.of(
                    SafetyConcern.SELF_HARM,
                    "\\bmake myself (?:throw up|sick|vomit)\\b|\\bhaven't eaten in\\b|\\bhavent eaten in\\b|\\bburn(?:ed|t)? my (?:arm|arms|leg|legs|skin|hand|wrist)s?\\b"),
            Cue.of(
                    SafetyConcern.VIOLENCE,
                    "\\bbreak every bone\\b|\\bput (?:me|you|her|him) in (?:the )?hospital\\b|\\bturn(?:s|ing)? up (?:outside|at) my\\b|\\balways watching\\b|\\bfollow(?:s|ing|ed) me (?:home|everywhere|to)\\b"),
            Cue.of(
                    SafetyConcern.ABUSE,
                    "\\bspecial secret\\b|\\bnot to tell (?:my|your|her|his) (?:parents|mum|mom|dad)\\b|\\bsend (?:him |her |me )?(?:pics|pictures|photos|nudes)\\b|\\bkeep (?:their|our|the) (?:chats?|messages|texts) (?:private|secret)\\b|\\bmature for (?:her|his|your) age\\b"),
            Cue.of(
                    SafetyConcern.ABUSE,
                    "\\b(?:leaves|left) (?:them|us|me|the kids|my \\w+)(?: and my \\w+)? alone\\b[^.!?]{0,40}\\b(?:overnight|weekend|days|no food)\\b|\\bno food\\b|\\bhaven't had (?:a proper meal|food|anything to eat) in days\\b"),
            // A victim's fear of what a person will do to them for speaking: fear, never the writer's threat.
            Cue.of(
                    SafetyConcern.FEAR,
                    "\\b(?:or|and|then|else) i(?:'ll| will|ll) (?:pay for (?:it|this|that)|get it|be in (?:\\w+ )?trouble|suffer for it|catch it|be punished)\\b|\\b(?:he|she|they|dad|mum|mom)(?:'ll| will|'d| would)? (?:make|makes|made|have|has) me pay\\b"),
            Cue.of(
                    SafetyConcern.FEAR,
                    "\\bi(?:'ll| will|ll) get it (?:in the neck|when we get home|later|after|at home)\\b|\\bi(?:'ll| will|'m going to|m going to) be in (?:so much |big |real )?trouble (?:later|for this|when|after|at home|tonight)\\b|\\b(?:can't|cannot|cant) say (?:it|this|that|anything|what i \\w+) (?:with|while|in front of) (?:him|her|them)\\b|\\btalk to you (?:alone|on your own|privately|without (?:him|her))\\b"),
            // Afraid to speak in front of a person: the English side of the French cue "peux pas le dire devant lui".
            Cue.of(
                    SafetyConcern.FEAR,
                    "\\b(?:afraid|scared|frightened|terrified) to (?:speak|say|talk|tell|disagree|argue|open my mouth)\\b[^.!?]{0,25}\\b(?:(?:in front of|around) (?:him|her|them)|(?:when|while) (?:he's|she's|he is|she is|they're|they are) (?:around|there|here|home|in the room|listening))\\b"),
            Cue.of(
                    SafetyConcern.THREAT,
                    "\\b(?:you|u)(?:'ll| will) (?:pay for (?:this|it|that|what)|get it (?:when|later|after|at home))\\b"));

    /**
     * Everyday idioms built from violent words, which the cues would otherwise
     * read literally: "she beat me to it", "he shot me a look", "non-violent
     * communication", "substance abuse runs in my family". Blanked out before
     * the cues run; the learned layer still reads the whole message.
     */
    static final Pattern IDIOMS =
            Pattern.compile("\\b(?:beat|beats|beaten) (?:me|us|him|her|them|you) to (?:it|the punch)\\b"
                    + "|\\b(?:beat|beats|beaten) (?:me|us|him|her|them|you) to (?:the|a|my) (?:\\w+ ){0,2}"
                    + "(?:word|spot|space|parking|car|door|front|bathroom|shower|queue|line|top|finish|post|seat|remote)\\b"
                    + "|\\b(?:beat|beats|beaten|kill|destroy|destroyed|thrash|thrashed|murder|smash|annihilate|slaughter|slaughtered)"
                    + " (?:(?!up\\b)[\\w']+ ){1,3}(?:at|in) (?:\\w+ )?(?:cards|chess|scrabble|backgammon|monopoly|golf|tennis|darts|poker"
                    + "|kart|fifa|quiz|trivia|uno|bingo|crib|cribbage|snooker|squash|badminton|ping-pong|wordle|crossword)\\b"
                    + "|\\bhits? (?:the (?:roof|nail|jackpot|shops|gym|road|hay|sack|books|spot|brakes|ball|bar|post|horn|bottle|snooze)"
                    + "|snooze|send|a six|(?:a|another) hole in one|every red light|it off)\\b"
                    + "|\\bhit (?:me|us|him|her) like a (?:truck|tonne|ton|train|brick|bus)\\b"
                    + "|\\bhits? (?:me|us|him|her|them|you) with (?:the same|a|another|his|her|that) (?:\\w+ )?(?:joke|pun|question|line|story|fact|facts)\\b"
                    + "|\\bhits (?:me|us|him|her|them|you) up\\b"
                    + "|\\b(?:shoot|shoots|shooting) (?:me|us|him|her|them|you) (?:a|an|that|this|the) (?:\\w+ )?(?:look|looks|glance|smile|grin|wink|text|message|email)\\b"
                    + "|\\bknife(?:-edge| edge| skills?| sets?| blocks?| sharpeners?)\\b"
                    + "|\\bblack eye (?:at|from|playing|in) (?:the )?(?:\\w+ )?(?:rugby|football|hockey|soccer|boxing|training|game|match|practice|netball|basketball|footy|lacrosse)\\b"
                    + "|\\bsuicide (?:sprints?|squeeze|helpline|hotline|doors?|mission|awareness|prevention)\\b"
                    + "|\\b(?:warning )?signs of (?:\\w+ )?abuse\\b|\\babuse (?:warning signs|training|course)\\b"
                    + "|\\b(?:documentary|film|movie|book|novel|show|talk|course|training|podcast|series) (?:about|on) (?:online |domestic |child |elder |financial )?(?:abuse|grooming|violence)\\b"
                    + "|\\b(?:film|movie|show|game|series|book|novel)s? (?:had|has|with) (?:a lot of|lots of|too much|so much) violence\\b"
                    + "|\\b(?:die|died|dying) (?:of|from) (?:embarrassment|boredom|laughter|laughing|shame|cringe|excitement)\\b|\\bdied laughing\\b"
                    + "|\\bend(?:ing|ed)? (?:it|things) with (?:(?:my|the|our|his|her) (?:personal trainer|trainer|coach|book club|club|gym|boss"
                    + "|landlord|boyfriend|girlfriend|fiance|fiancee|ex|band|choir|agent|accountant|dentist|hairdresser|barber|cleaner)|him|her)\\b"
                    + "|\\bthrew (?:a |another |his |her )?(?:tantrum|wobbly|strop|fit|party|shade)\\b|\\b(?:threw|throws|thrown) (?:me|us|him|her|them) under the bus\\b"
                    + "|\\bchoked (?:on|in) the (?:penalty|final|exam|test|match|game|big moment)\\b"
                    + "|\\bsmash(?:ed|es)? (?:her|his|my|their|the) (?:pb|personal best|record|exam|interview|presentation|target)\\b"
                    + "|\\bstab(?:bed|s)? (?:(?:her|his|my) fork|at (?:a|the) (?:guess|answer))\\b"
                    + "|\\b(?:never|always|finally|just|nearly) (?:beat|beaten) (?:me|us|him|her|them|you)\\b"
                    + "|\\bshot (?:me|us|him|her|them|you) (?:a|an|one of (?:his|her|their|those)) (?:\\w+ )?"
                    + "(?:look|looks|glance|smile|grin|wink|text|message|email)\\b"
                    + "|\\bpunch(?:ed|es)? in (?:the |a |my |his |her )?(?:\\w+ )?(?:code|number|numbers|pin|details|address)\\b"
                    + "|\\bhit (?:me|us|him|her|them|you) up\\b"
                    + "|\\bgot hit by (?:a|the) (?:\\w+ )?(?:ball|bat|puck|wave)\\b"
                    + "|\\b(?:rather|sooner) die than\\b"
                    + "|\\b(?:sharp|bread|butter|kitchen|steak|carving) knife\\b|\\bknife crime\\b"
                    + "|\\bnon-?violen(?:t|ce)\\b"
                    + "|\\b(?:suicide|self-harm|abuse|violence) (?:prevention|awareness)\\b"
                    + "|\\bdomestic violence (?:laws?|charity|charities|training|awareness|statistics)\\b"
                    + "|\\b(?:film|movie|book|novel|show|series|documentary|podcast|play) about (?:[\\w']+ ){0,5}?(?:abusive|violent)\\b"
                    + "|\\b(?:substance|drug|alcohol) abuse\\b"
                    // Idioms that hold a cue's words without a crisis named: work, sport, money.
                    + "|\\b(?:after|attended|answered|responded to|on) (?:an?|the|another|two|three|\\d+) overdose calls?\\b"
                    + "|\\b(?:my|the|our) (?:boss|manager|optician|dentist|accountant|editor|printer|supervisor|hairdresser)"
                    + "(?:'s| is| will|'ll)? (?:gonna |going to )?kill me\\b"
                    + "|\\b(?:tie|collar|scarf|seatbelt|seat belt|jeans|dress|belt|corset|shirt|necklace)"
                    + " (?:nearly |almost |was |is )?(?:strangl|chok)\\w* me\\b"
                    + "|\\b(?:got |gets |get )?hit for six\\b|\\bhits? it out of the park\\b|\\bshot (?:me|us|it) down\\b"
                    + "|\\b(?:tax|taxes|taxman|(?:the|this|that|our|a|my) (?:\\w+ )?bill|bills|prices|inflation|cuts|rates|rent"
                    + "|recession|storm)(?: on (?:pensions|fuel|petrol|savings))? (?:will |has |have |is going to |'ll )?hits? us"
                    + " (?:hard|for (?:\\d|twice|double|a fortune|thousands|hundreds|more))");

    /**
     * The writer relating what they read, watched or heard to their own life ("it reminded me of my
     * husband", "it's us"), folded: a message that does is read with no idiom blanked.
     */
    static final Pattern OWN_LIFE = Pattern.compile("\\bremind(?:s|ed)? me of (?:my|him|her|us|home|what|when|how)\\b"
            + "|\\bis my (?:life|marriage|home|house|family|relationship|childhood)\\b"
            + "|\\blike (?:watching|reading|living|hearing) (?:my|our)\\b"
            + "|\\b(?:it's|its|that's|thats|this is|that is|it is|it was|that was) (?:exactly |just )?(?:us|my life|my marriage|my childhood|my (?:husband|wife|partner|boyfriend|girlfriend|dad|mum|mom|ex))(?=\\s*(?:[.!?,;]|$|too\\b|again\\b))"
            + "|\\b(?:i'm|im|i am|we're|we are) living (?:it|this|that|with it|through it)\\b"
            + "|\\b(?:saw|see|recogni[sz]ed?) (?:myself|him|her|us|my (?:husband|wife|partner|marriage|family|dad|mum|mom)) in (?:it|that|this|the (?:film|book|show|story|character|documentary|movie|series|novel|play))\\b"
            + "|\\bsounded (?:just |exactly )?like (?:him|her|us|my)\\b");

    private EnglishCues() {}
}
