package org.attune.domain.turn;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.attune.domain.Refusal;
import org.attune.domain.member.RoomRole;
import org.attune.domain.transcript.Audience;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;

/**
 * The commands of Gottman's Aftermath of a Fight beyond speaking and passing
 * ({@link RepairProtocol}): the calm rating before it begins, the feelings
 * chosen from the handout's list, and the answer to an apology. Each is
 * refused, changing nothing, when it is not the one asked for now.
 */
final class RepairSteps {

    private RepairSteps() {}

    /**
     * A calm rating, 1 to 5, by a participant of the repair during its calm
     * check; seen by the therapists and the rater only (the same
     * {@code calm_rating} a check-in after a pause records).
     */
    static TurnEvent rateCalm(RepairProtocol repair, String actorId, RoomRole role, int calm) {
        if (role != RoomRole.PARTICIPANT || !repair.order().contains(actorId)) {
            throw TurnProtocol.refused(Refusal.FORBIDDEN, "refusal.repair.only-participants-repair-say");
        }
        if (repair.step() != ConversationStep.CALM_CHECK) {
            throw TurnProtocol.refused(Refusal.INVALID_STATE, "refusal.repair.no-calm-check-need");
        }
        if (calm < 1 || calm > 5) {
            throw TurnProtocol.refused(Refusal.BAD_REQUEST, "refusal.check-in.calm-rating-range");
        }
        return new TurnEvent(
                EventKind.CALM_RATING, actorId, new EventPayload.CalmRating(calm), Audience.THERAPISTS_AND_TARGET);
    }

    /** Feelings from the handout's list, by the one whose feelings it is now; each known, none twice. */
    static TurnEvent chooseFeelings(RepairProtocol repair, String actorId, TurnCommand.ChooseFeelings choose) {
        if (repair.step() != ConversationStep.FEELINGS) {
            throw TurnProtocol.refused(Refusal.INVALID_STATE, "refusal.repair.feelings-chosen-repairs-first");
        }
        if (!actorId.equals(repair.answering())) {
            throw TurnProtocol.refused(Refusal.NOT_YOUR_TURN, "refusal.repair.someone-elses-turn-name");
        }
        if (choose.feelings().isEmpty()) {
            throw TurnProtocol.refused(Refusal.BAD_REQUEST, "refusal.repair.choose-least-one-feeling");
        }
        LinkedHashSet<String> chosen = new LinkedHashSet<>();
        for (String name : choose.feelings()) {
            if (Feeling.fromWireName(name).isEmpty()) {
                throw TurnProtocol.refused(
                        Refusal.BAD_REQUEST, "refusal.repair.unknown-feeling", Map.of("feeling", abbreviate(name)));
            }
            chosen.add(name);
        }
        return new TurnEvent(
                EventKind.FEELINGS_CHOSEN, actorId, new EventPayload.Feelings(List.copyOf(chosen), choose.done()));
    }

    /** The partner's answer to an apology: accepted, or not yet (what they still need follows). */
    static TurnEvent answerApology(RepairProtocol repair, String actorId, boolean accepted) {
        if (repair.step() != ConversationStep.APOLOGY_ANSWER) {
            throw TurnProtocol.refused(Refusal.INVALID_STATE, "refusal.repair.no-apology-answer");
        }
        if (!actorId.equals(repair.answering())) {
            throw TurnProtocol.refused(Refusal.NOT_YOUR_TURN, "refusal.repair.apology-made-partner-answer");
        }
        return new TurnEvent(
                EventKind.APOLOGY_ANSWERED,
                repair.order().get(repair.position()),
                new EventPayload.ApologyAnswer(accepted));
    }

    /** Passing skips one's answer; a validation and an apology's answer are not skipped. */
    static void checkPass(RepairProtocol repair, String actorId) {
        if (!actorId.equals(repair.answering())) {
            throw TurnProtocol.refused(Refusal.NOT_YOUR_TURN, "refusal.repair.not-turn-answer");
        }
        if (repair.step() == ConversationStep.REALITIES_VALIDATION) {
            throw TurnProtocol.refused(Refusal.INVALID_STATE, "refusal.repair.before-going-sum-up");
        }
        if (repair.step() == ConversationStep.APOLOGY_ANSWER) {
            throw TurnProtocol.refused(Refusal.INVALID_STATE, "refusal.repair.say-whether-accept-apology");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 32 ? s : s.substring(0, 32) + "…";
    }
}
