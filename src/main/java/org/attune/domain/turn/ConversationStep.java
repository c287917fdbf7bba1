package org.attune.domain.turn;

import java.util.Optional;
import org.attune.domain.WireNamed;

/**
 * A step of a structured dialogue, with the sentence stem that starts the
 * answer and a short prompt for the person whose step it is.
 */
public enum ConversationStep implements WireNamed {
    // Imago Intentional Dialogue
    SEND(
            "send",
            "What I would like to share with you is…",
            "Share one thing at a time, about yourself: say \"I\", not \"you\"."),
    MIRROR(
            "mirror",
            "If I got it, you said… Did I get it?",
            "Mirror back what you heard, in your partner's words where you can. No comments of your own yet."),
    MORE(
            "more",
            "Is there more about that?",
            "If there is more, say it. When you have said it all, choose \"That's all for now\"."),
    SUMMARY("summary", "Let me see if I got all of that. You said…", "Sum up everything your partner shared."),
    VALIDATION(
            "validation",
            "You make sense to me because…",
            "Say how it makes sense from where your partner stands. You do not have to agree."),
    EMPATHY("empathy", "I imagine you might feel…", "Guess at the feelings behind what your partner shared."),
    // Imago: the sender's answer to the receiver's check (shown in the turn view, never announced as a step)
    CONFIRM_MIRROR(
            "confirm_mirror",
            "Did I get it?",
            "Tell your partner whether they got it: yes, or not quite. Not quite is fine: they will mirror again."),
    CONFIRM_SUMMARY(
            "confirm_summary",
            "Did I get it all?",
            "Tell your partner whether their summary holds it all: yes, or not quite."),
    CONFIRM_EMPATHY(
            "confirm_empathy",
            "Is that your feeling?",
            "Tell your partner whether they found your feeling: yes, or not quite."),
    // Gottman's "Aftermath of a Fight or Regrettable Incident"
    CALM_CHECK(
            "calm_check",
            "Right now, my calm is…",
            "Before you begin, each of you says how calm you feel, from 1 (not calm yet) to 5 (calm). Only your"
                    + " therapist sees your number. The repair begins when everyone feels calm enough to look back"
                    + " on the fight without getting back into it."),
    CALM_WAIT(
            "calm_wait",
            "We begin when everyone is ready…",
            "The repair waits a little, until everyone feels calm enough to begin. There is no hurry."),
    TAKE_TIME(
            "take_time",
            "When I feel calmer…",
            "Take the time you need. Breathe slowly, and say how calm you feel again when you are ready."
                    + " You can also ask for a pause."),
    FEELINGS(
            "feelings",
            "I felt…",
            "Name the feelings you had during the fight: choose from the list or use your own words. Just the"
                    + " feelings, not why, and no comment on your partner's."),
    REALITIES(
            "realities",
            "From where I stood, what I saw was… and what I needed was…",
            "Describe your own view of what happened, without blame. Both views can be real."),
    REALITIES_VALIDATION(
            "realities_validation",
            "What I heard is… I can see how you saw it that way, because…",
            "Sum up what your partner just described, and say which part of it makes sense to you. You do not"
                    + " have to agree."),
    TRIGGERS(
            "triggers",
            "What escalated things for me was… It hit hard because, from my past…",
            "What from your past might have made this hit hard? Share the memories or old stories that might"
                    + " have escalated things for you."),
    RESPONSIBILITY(
            "responsibility",
            "What set me up for this was… What I regret, my part in it, is…",
            "Say what set you up for the fight (stress, irritability, distance, too little sleep…), and what you"
                    + " regret: your own part, not your partner's."),
    APOLOGY("apology", "I'm sorry for…", "Apologise for something specific you said or did."),
    APOLOGY_ANSWER(
            "apology_answer",
            "I accept your apology… / Not yet. What I still need is…",
            "Say whether you accept the apology. If not yet, say what you still need."),
    APOLOGY_NEED(
            "apology_need",
            "What I still need is…",
            "Say, calmly, what you still need before you can accept an apology."),
    PLAN(
            "plan",
            "One thing you could do next time is… One thing I will do is…",
            "Offer one way to make the next talk about this go better."),
    REPAIRED(
            "repaired",
            "Thank you for walking through this with me.",
            "You have each answered every stage. The conversation is open again."),
    // The appreciation round
    APPRECIATION(
            "appreciation",
            "One thing I appreciated lately is…",
            "Name one specific thing someone here did or said lately that you appreciated, and what it meant to you."),
    APPRECIATED(
            "appreciated",
            "Thank you for noticing each other.",
            "Each of you has said what you appreciated. The conversation is open again."),
    // PREP Speaker-Listener
    PARAPHRASE(
            "paraphrase",
            "What I hear you saying is…",
            "Say back what you heard, in your own words. No rebuttal and no advice: just your partner's point.");

    private final String wireName;
    private final String stem;
    private final String prompt;

    ConversationStep(String wireName, String stem, String prompt) {
        this.wireName = wireName;
        this.stem = stem;
        this.prompt = prompt;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /** The words that start the answer, e.g. "You make sense to me because…". */
    public String stem() {
        return stem;
    }

    /** What the step asks of the person whose step it is. */
    public String prompt() {
        return prompt;
    }

    /**
     * What the step asks when it comes again, because the sender said "not
     * quite": the same step, kindly, without blame.
     */
    public String againPrompt() {
        return switch (this) {
            case MIRROR -> "Not quite yet, and that is fine. Mirror again what you heard, then ask \"Did I get it?\"";
            case SUMMARY ->
                "Something is still missing, and that is fine. Sum up again, then ask \"Did I get it all?\"";
            case EMPATHY -> "Not quite that feeling. Guess again, gently, then ask \"Is that your feeling?\"";
            default -> prompt;
        };
    }

    /** Whether this is the sender's answer to the receiver's check, not a step anyone speaks in. */
    public boolean isConfirmation() {
        return this == CONFIRM_MIRROR || this == CONFIRM_SUMMARY || this == CONFIRM_EMPATHY;
    }

    public static Optional<ConversationStep> fromWireName(String name) {
        return WireNamed.parse(ConversationStep.class, name);
    }
}
