package org.attune.domain.regulation;

import java.util.List;
import java.util.regex.Pattern;
import org.attune.domain.regulation.SafetyScreen.Cue;

/**
 * The safety screen's cues in French, for the phrasings that say a crisis in
 * so many words ("je veux mourir", "il m'a frappée", "je vais te tuer"); the
 * learned layer reads the plain-worded rest, from French examples as from
 * English ones. The cues read the message in lower case with its accents
 * folded ({@link Accents#fold(String)}), because people type "securite" as often as
 * "sécurité", so they are written without accents.
 *
 * <p>As in English, a hyperbole built from violent words is still read
 * literally ("je vais le tuer" about an errand): the therapist dismisses a
 * false alarm, nobody takes back a missed threat. Idioms that only look
 * violent ("je suis morte de rire", "ça me tue", "battu aux cartes") are
 * left out of the cues or blanked ({@link #IDIOMS}) before they run.
 */
final class FrenchCues {

    private static final String PERSON =
            "(?:il|elle|mon (?:chum|mari|conjoint|copain|pere|beau-pere|frere|ex|fils)|ma (?:blonde|femme|conjointe|copine|mere|belle-mere|soe?ur|fille)|papa|maman)";

    /** Not a game, a sport or "pousser à bout" after "à": "battu aux échecs", "m'a poussée à m'inscrire". */
    private static final String NOT_A_GAME =
            "(?!(?: a chaque fois| tout le temps| toujours| encore)? (?:a|au|aux) (?:la |l')?(?:echecs|cartes|course|jeu|jeux|tennis|golf|bowling|quilles|monopoly|uno|babyfoot|fifa|dames|petanque|scrabble|mario kart|kart|ping-pong|crib|poker|hockey|soccer|foot|football|basket|badminton|sprint|natation|velo|ski|belote|tarot|rami|bridge|bout)\\b| a (?:m'|me |t'|te |s'|se )?(?:faire|aller|essayer|prendre|sortir|continuer|changer|parler|consulter|venir|lire|ecrire|chercher|postuler|demander|inscrire|courir|bouger)\\b)";

    static final List<Cue> ALL = List.of(
            Cue.of(
                    SafetyConcern.SELF_HARM,
                    "\\b(?:me|m') ?(?:tuer|suicider|pendre|foutre en l'air|enlever la vie|oter la vie|faire du mal|scarifier|mutiler|ouvrir les veines)\\b(?! (?:a|au) (?:la tache|l'ouvrage|travail|la job|l'entrainement))"),
            Cue.of(
                    SafetyConcern.SELF_HARM,
                    "\\b(?:veux|voudrais|voulais|veut|envie de|hate de|aimerais) (?:juste )?mourir\\b(?! de (?:rire|honte|faim|froid|chaud|chaleur|fatigue|envie|jalousie))|\\bmettre fin a (?:mes jours|ma vie|tout)\\b|\\b(?:veux|voudrais|vais) en finir\\b(?! avec)|\\ben finir (?:une fois pour toutes|pour de bon)\\b"),
            Cue.of(
                    SafetyConcern.SELF_HARM,
                    "\\b(?:plus|pas|aucune?) (?:envie|raison|gout) de vivre\\b|\\b(?:veux|voulais|veut) (?:plus|pas) vivre\\b|\\bveux plus (?:etre|exister) (?:la|ici)\\b|\\b(?:un|le|une) fardeau\\b|\\bmieux sans moi\\b|\\bmieux si j'etais (?:plus|pas) la\\b"),
            Cue.of(
                    SafetyConcern.SELF_HARM,
                    "\\blettres? d'adieu\\b|\\bsurdose\\b|\\bavaler (?:toutes? )?(?:mes|les|la boite de|le pot de) (?:pilules|comprimes|cachets|medicaments|pilules)\\b|\\bme (?:couper|coupe|brule|bruler|frappe|frapper) (?:les |le |la |mes )?(?:bras|poignets|cuisses|veines|jambes|peau)\\b"),
            Cue.of(
                    SafetyConcern.VIOLENCE,
                    "\\b" + PERSON
                            + " (?:m'|me |nous |les enfants |l')(?:a |ont |avait )?(?:frapp|battu|bat\\b|cogn|gifl|etrangl|pousse|tabass|brass|serre le cou)\\w*+"
                            + NOT_A_GAME
                            + "|\\b(?:a|ont|avait) (?:frapp|battu|cogn|gifl|etrangl|tabass|secou|brutalis)\\w* (?:(?:ma|mon|mes|notre|nos|les) (?:fille|fils|enfants?|filles|petite?s?|bebe|gars|garcons?)|le bebe)\\b"
                            + NOT_A_GAME),
            Cue.of(
                    SafetyConcern.VIOLENCE,
                    "\\bpeur (?:de lui|d'elle|de mon (?:chum|mari|conjoint|pere|ex)|de ma (?:blonde|femme|conjointe|mere)|de rentrer|pour ma vie|pour les enfants|qu'(?:il|elle) (?:me |nous |les )?(?:tue|frappe|fasse du mal|batte))\\b|\\bviolente\\b|\\bvisage (?:enfle|tumefie)\\b"),
            Cue.of(
                    SafetyConcern.THREAT,
                    "\\bje (?:vais|va|m'en vais) (?:te|le|la|vous|les|t') ?(?:tuer|frapper|battre|etrangler|crever|buter|planter|defoncer|casser la gueule|peter la gueule|arracher la tete)\\b|\\btu vas me le payer\\b|\\btu vas (?:le )?payer pour (?:ca|ce)\\b"),
            Cue.of(
                    SafetyConcern.ABUSE,
                    "\\bviol(?:e|ee|es|ees)?\\b|\\bagress\\w* sexuel\\w*|\\battouchements?\\b|\\binceste\\b|\\bnotre (?:petit )?secret\\b"),
            // Se reconnaître dans ce qu'on a lu ou vu : « c'est exactement ce que je vis ».
            Cue.of(
                    SafetyConcern.ABUSE,
                    "\\bc'est (?:exactement |tout a fait |pile |justement )ce (?:que (?:je vis|je vivais|je subis|nous vivons)"
                            + "|qu'(?:on vit|il me fait|elle me fait|il nous fait|elle nous fait))\\b"),
            Cue.of(
                    SafetyConcern.ABUSE,
                    "\\b(?:ne )?(?:me|m') (?:laisse|permet) (?:pas|jamais|plus) (?:sortir|voir|partir|parler|aller|travailler|avoir)\\b|\\bm'(?:a )?enferm\\w*|\\bpas en securite\\b|\\b(?:prend|garde|fouille|controle|check) (?:mon|ma|mes) (?:telephone|cell|cellulaire|portable|argent|cartes|cles|messages|textos)\\b"),
            Cue.of(
                    SafetyConcern.FEAR,
                    "\\bje (?:vais|va) (?:me faire (?:chicaner|engueuler|ramasser|passer un savon)|le payer) (?:ce soir|plus tard|en rentrant|a la maison|apres)\\b|\\b(?:peux|peut) pas (?:le |en |tout )?(?:dire|parler) devant (?:lui|elle)\\b"));

    /**
     * French idioms built from violent words, blanked before the cues run, as
     * the English ones are: talk about a safety topic in a harmless frame.
     */
    static final Pattern IDIOMS = Pattern.compile(
            "\\bprevention du suicide\\b|\\bviolence conjugale (?:au|a la|dans les) (?:journal|nouvelles|tele|television)\\b"
                    + "|\\b(?:film|livre|roman|serie|documentaire|balado|podcast|piece|conference|formation) sur (?:le suicide|la violence|les abus"
                    + "|(?:une?|des|le|la|l') ?(?:[\\w'-]+ )?(?:abusi(?:f|ve|fs|ves)|violente?s?)\\b)"
                    + "|\\b(?:lois?|campagne|semaine|journee|formation|cours|expose|statistiques?|colloque) (?:contre|sur) (?:la )?violence conjugale\\b"
                    + "|\\b(?:jeux? video|jeux?|films?|series?|emissions?|mangas?)(?: (?:de|d'|du|des) ?[\\w'-]+(?: [\\w'-]+)?)?"
                    + " (?:(?:est|etait|sont|etaient|a l'air|ont l'air) )?(?:tres |trop |super |assez |vraiment |tellement |ben )?violente?s?\\b"
                    + "|\\btuer (?:de|a coups de) (?:calins|bisous|becs|baisers|caresses|compliments|questions)\\b"
                    + "|\\b(?:te|le|la|vous|les|me|m') ?(?:planter|battre|bat|battu|battue|a battue?|defoncer|tuer|ecraser|detruire|lave)"
                    + " (?:toujours |encore |souvent |chaque fois |tout le temps )?(?:au|aux|a la|a) (?:\\w+ )?(?:mario kart|kart|scrabble|crib|ping-pong"
                    + "|echecs|cartes|poker|tennis|golf|bowling|quilles|jeu|course|monopoly|uno|babyfoot|fifa|dames|petanque)\\b"
                    + "|\\bm'a battue? pour la derniere\\b"
                    + "|\\b(?:ce|cette|le|la|les|l')(?: ?[\\w'-]+){0,2} (?:boulot|travail|job|menage|chiffrier|fichier|rapport|examen|trafic|chaleur"
                    + "|attente|projet|demenagement|semaine|journee|neige|dossier|dossiers|facture|factures|impots|renovations?|printemps)"
                    + "(?: [\\w'-]+){0,3} (?:va|vont|allait) me tuer\\b|\\bca va me tuer d'attendre\\b"
                    + "|\\bme tuer (?:le dos|les genoux|les yeux|de rire)\\b"
                    + "|\\bc'est (?:du|un) suicide\\b|\\bmission suicide\\b|\\bsuicide action montreal\\b|\\bdouble suicide\\b"
                    + "|\\boverdose de (?:chocolat|sucre|disney|netflix|series|tele|television|jeux|travail|reunions|cafe|bonbons|noel|films|infos|courriels)\\b"
                    + "|\\bnon[- ]?violente?s?\\b"
                    + "|\\b(?:tu|il|elle|on|ils|elles|vous|chum|copain|copine|blonde|soe?ur|frere|mere|pere|fils|fille|mari|femme)"
                    + " abus(?:e|es|ent|ait)\\b(?=\\s*(?:[,.!?]|$))"
                    + "|\\b(?:ai|as|a|avons|avez|ont) (?:encore |vraiment |un peu |trop )?abuse (?:du|des)"
                    + " (?!enfants|petits|petites|filles|garcons|jeunes|eleves|femmes|gens|personnes)\\w+"
                    + "|\\b(?:emission|article|atelier|reportage)s? sur les abus\\b"
                    + "|\\b(?:formation|atelier|cours|conference)s? (?:sur la |sur |de |en )?violence conjugale\\b"
                    + "|\\b(?:film|serie|jeu|emission)s? (?:[\\w'-]+ ){0,3}(?:beaucoup de|trop de) violence\\b"
                    + "|\\btrop violente? pour (?:\\d+ ?ans|son age|leur age|une? (?:enfant|gamin|gamine|ado) de \\d+)\\b"
                    + "|\\bme pendre a (?:ton|son|leur) cou\\b"
                    + "|\\blettres? d'adieu (?:a|au|aux) (?:mon|ma|mes) (?:ancien|ancienne|anciens|collegues|equipe|boulot|job|travail|patron)\\b"
                    + "|\\b(?:la|une|ma|sa) rape\\b"
                    // Le travail, une machine ou un cours qui "va me tuer".
                    + "|\\b(?:mon|ma|le|la|ce|cette) (?:patron|patronne|boss|chef(?: d'atelier| de (?:projet|service|chantier))?|cheffe"
                    + "|gerant|gerante|superviseur|superviseure|imprimante|reveil|comptable|dentiste|boulot|job|travail"
                    + "|cours de [\\w'-]+) (?:va|vont|allait) (?:finir par )?me tuer\\b");

    /**
     * The writer relating what they read, watched or heard to their own life ("c'est ma vie", "que
     * mon père nous a fait subir"), folded: a message that does is read with no idiom blanked.
     */
    static final Pattern OWN_LIFE = Pattern.compile(
            "\\bc'est (?:exactement |tout a fait |pile )?(?:ma vie|nous|mon couple|chez nous|mon (?:mari|chum|conjoint|ex|pere)|ma (?:femme|blonde|conjointe|mere))\\b(?=\\s*(?:[.!?,;]|$))"
                    + "|\\b(?:m'a rappele|me rappelle|me rappelait|m'a fait penser a) (?:mon|ma|mes|lui|elle|chez nous|ce que|notre|nos|quand j|quand on|comment il|comment elle|l'epoque ou|mon enfance)\\b"
                    + "|\\bqu(?:e |')(?:\\w+ ){0,2}(?:m'a|m'ont|nous a|nous ont|me fait|nous fait|m'avait|nous avait) (?:fait )?subir\\b"
                    + "|\\bqu(?:e |')(?:j'ai|on a|nous avons) (?:subie?s?|vecue?s?)\\b"
                    + "|\\bje me suis reconnue?s?\\b"
                    + "|\\bj'ai reconnu (?:mon|ma|lui|elle|notre|nos)\\b"
                    + "|\\bce (?:que (?:je vis|je vivais|je subis|nous vivons)|qu'(?:on vit|il me fait|elle me fait))\\b"
                    + "|\\bcomme (?:chez nous|mon (?:mari|chum|conjoint|ex)|ma (?:femme|blonde|conjointe))\\b");

    private FrenchCues() {}
}
