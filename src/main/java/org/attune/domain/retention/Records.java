package org.attune.domain.retention;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.attune.domain.transcript.EventKind;

/**
 * What makes a room a clinical record, and what erasing a person from a room's
 * record takes away. Erasure does not delete events: a room's state is its log,
 * and the others' part of it stays whole. It replaces the person's account by
 * a pseudonym of that room alone, their name by {@link #FORMER_MEMBER}, and
 * removes the words in the events they wrote or that were recorded about them.
 */
public final class Records {

    /** How an erased person appears in what remains of a room. */
    public static final String FORMER_MEMBER = "Former member";

    /** The prefix of the pseudonyms that replace an erased person's account. */
    public static final String PSEUDONYM_PREFIX = "erased-";

    /** Events that make a room a clinical record: a session, or a safety record. */
    private static final Set<EventKind> CLINICAL = EnumSet.of(
            EventKind.SESSION_STARTED,
            EventKind.SCREEN_ANSWERED,
            EventKind.TO_THERAPIST,
            EventKind.HELD_MESSAGE,
            EventKind.SAFETY_ALERT,
            EventKind.SAFE_TO_TALK_ANSWERED);

    /**
     * Events whose text holds words someone wrote, or words quoted from them
     * (signals, escalations and alerts quote the message behind them), or a
     * therapist's words to or about them (a whisper, a resolved flag's note,
     * their part of the cycle map and the prompts made of it), or what a person
     * shared of their practice and the address they gave for its reminders.
     */
    private static final Set<EventKind> WORDS = EnumSet.of(
            EventKind.MESSAGE,
            EventKind.GUIDANCE,
            EventKind.WHISPER,
            EventKind.NOTE,
            EventKind.PARAPHRASE,
            EventKind.CLARIFYING_QUESTION,
            EventKind.TO_THERAPIST,
            EventKind.HELD_MESSAGE,
            EventKind.SIGNALS,
            EventKind.REPAIR_ATTEMPT,
            EventKind.PAUSE_SUGGESTED,
            EventKind.ESCALATION,
            EventKind.SAFETY_ALERT,
            EventKind.FLAG_RESOLVED,
            EventKind.CYCLE_MAP_UPDATED,
            EventKind.CYCLE_PROMPT,
            EventKind.PRACTICE_SHARED,
            EventKind.PRACTICE_REMINDERS_SET);

    /**
     * Events whose text lists members by account: the orders of speakers
     * (round, repair, appreciation), and a practice sitting's messages by member.
     */
    private static final Set<EventKind> MEMBER_LISTS = EnumSet.of(EventKind.ORDER_SET, EventKind.PRACTICE_DONE);

    private Records() {}

    /** The kinds of event whose presence makes a room a clinical record. */
    public static Set<EventKind> clinicalKinds() {
        return Set.copyOf(CLINICAL);
    }

    /** The kinds of event whose words go when the person who wrote them, or whom they are about, is erased. */
    public static Set<EventKind> wordKinds() {
        return Set.copyOf(WORDS);
    }

    /** The kinds of event whose text lists members by account, to name an erased one's pseudonym instead. */
    public static Set<EventKind> memberListKinds() {
        return Set.copyOf(MEMBER_LISTS);
    }

    /**
     * A member list's text (space-separated: an account, or an account and a
     * count as {@code account:count}) with the erased person's account replaced
     * by their pseudonym; the same text when it does not name them.
     */
    public static String renamed(String text, String userId, String pseudonym) {
        if (text == null) {
            return null;
        }
        return Arrays.stream(text.split(" ", -1))
                .map(token -> token.equals(userId)
                        ? pseudonym
                        : token.startsWith(userId + ":") ? pseudonym + token.substring(userId.length()) : token)
                .collect(Collectors.joining(" "));
    }

    /** A fresh pseudonym for one person in one room: it links to nothing else. */
    public static String newPseudonym() {
        return PSEUDONYM_PREFIX + UUID.randomUUID();
    }
}
