package org.attune.domain.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;

/**
 * One participant's answers to the safety screen before joint work: the four
 * HITS items (Sherin et al., Family Medicine 1998;30(7):508–512), each from
 * {@link #NEVER} (1) to {@link #FREQUENTLY} (5), and two direct questions that
 * are not part of HITS. See {@code docs/safety-screening.md}.
 *
 * <p>The answers raise a flag for the therapist ({@link #flags}) when the HITS
 * total is above {@link #HITS_CUT_OFF}, when the participant is afraid of
 * someone who will be in the room (or not sure), or when it is not safe for
 * them to talk openly there (or they are not sure).
 *
 * @param hurt how often the person physically hurts you
 * @param insult how often they insult or talk down to you
 * @param threaten how often they threaten you with harm
 * @param scream how often they scream or curse at you
 * @param afraid "Are you afraid of anyone who will be in this room?"
 * @param safeToTalk "Is it safe for you to talk openly here with them present?"
 */
public record ScreenAnswers(
        int hurt, int insult, int threaten, int scream, DirectAnswer afraid, DirectAnswer safeToTalk) {

    public static final int NEVER = 1;
    public static final int FREQUENTLY = 5;
    /** A HITS total above this (of 4–20) is a positive screen. */
    public static final int HITS_CUT_OFF = 10;

    /** Why answers raise a flag, by wire name. */
    public static final String HITS_POSITIVE = "hits_positive";

    public static final String AFRAID = "afraid";
    public static final String NOT_SAFE_TO_TALK = "not_safe_to_talk";

    public ScreenAnswers {
        for (int item : new int[] {hurt, insult, threaten, scream}) {
            if (item < NEVER || item > FREQUENTLY) {
                throw new RefusedException(Refusal.BAD_REQUEST, "refusal.screen.each-four-answers-number");
            }
        }
        if (afraid == null || safeToTalk == null) {
            throw new RefusedException(Refusal.BAD_REQUEST, "refusal.screen.both-questions-need-answer");
        }
    }

    /** The HITS score, 4 to 20. */
    public int hitsTotal() {
        return hurt + insult + threaten + scream;
    }

    /** Why these answers need the therapist's attention, in order; empty when they do not. */
    public List<String> flags() {
        List<String> flags = new ArrayList<>();
        if (hitsTotal() > HITS_CUT_OFF) {
            flags.add(HITS_POSITIVE);
        }
        if (afraid != DirectAnswer.NO) {
            flags.add(AFRAID);
        }
        if (safeToTalk != DirectAnswer.YES) {
            flags.add(NOT_SAFE_TO_TALK);
        }
        return flags;
    }

    public boolean flagged() {
        return !flags().isEmpty();
    }

    /** The stored form: the four items, then the two direct answers, space-separated, e.g. {@code 1 2 1 1 no yes}. */
    public String encode() {
        return hurt + " " + insult + " " + threaten + " " + scream + " " + afraid.wireName() + " "
                + safeToTalk.wireName();
    }

    public static ScreenAnswers decode(String stored) {
        String[] parts = Objects.requireNonNull(stored, "stored").split(" ");
        return new ScreenAnswers(
                Integer.parseInt(parts[0]),
                Integer.parseInt(parts[1]),
                Integer.parseInt(parts[2]),
                Integer.parseInt(parts[3]),
                DirectAnswer.fromWireName(parts[4]).orElseThrow(),
                DirectAnswer.fromWireName(parts[5]).orElseThrow());
    }
}
