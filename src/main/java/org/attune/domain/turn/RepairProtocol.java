package org.attune.domain.turn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.attune.domain.Refusal;
import org.attune.domain.member.RoomRole;
import org.attune.domain.transcript.Audience;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;

/**
 * Gottman's "Aftermath of a Fight or Regrettable Incident" (The Gottman
 * Institute's handout; J. Gottman &amp; J. Gottman, <i>Ten Principles for Doing
 * Effective Couples Therapy</i>, 2015, the processing of regrettable
 * incidents), as the server runs it:
 *
 * <ol>
 *   <li><b>Calm first.</b> "Wait until you are both calm": each participant
 *       says how calm they feel (1–5, seen by therapists and the rater only);
 *       the repair waits while anyone has not rated yet or rated 1–2. The room
 *       is told it waits, naming nobody; the one still flooded is invited,
 *       privately, to take the time they need.
 *   <li><b>Feelings.</b> Each in turn: "I felt…", choosing from the handout's
 *       list ({@link Feeling}) and/or in their own words.
 *   <li><b>Realities.</b> Each in turn describes their reality; then their
 *       partner (the next in the order) sums it up and validates at least a part
 *       of it, before the next telling. The validation cannot be passed.
 *   <li><b>Triggers.</b> Each in turn: what from their past made this hit hard.
 *   <li><b>Responsibility.</b> Each in turn: what set them up for the fight and
 *       what they regret; then an apology ("I'm sorry for…"), which the partner
 *       accepts, or not yet, and then says what they still need; the apologiser
 *       may then apologise again.
 *   <li><b>Constructive plans.</b> Each in turn, one thing each can do next time.
 * </ol>
 *
 * <p>Only the person whose step it is may speak; they may pass instead, except
 * in a validation or an apology's answer. When every stage is done the
 * conversation is open again. Therapists may always speak.
 *
 * @param order the participants of this repair, in the order they answer; empty before it starts
 * @param step where the repair stands; null before it starts
 * @param position the index in {@code order} of whose telling, apology or answer it is
 * @param calm the calm ratings given during the calm check, by member
 * @param toSoothe who rated their calm 1–2 and is still to be invited privately to take time
 * @param announced whether the current step was announced to the room
 */
public record RepairProtocol(
        List<String> order,
        ConversationStep step,
        int position,
        Map<String, Integer> calm,
        String toSoothe,
        boolean announced)
        implements TurnProtocol {

    public static final String NAME = "repair";
    public static final List<ConversationStep> STAGES = List.of(
            ConversationStep.FEELINGS,
            ConversationStep.REALITIES,
            ConversationStep.TRIGGERS,
            ConversationStep.RESPONSIBILITY,
            ConversationStep.PLAN);

    /** The lowest rating at which someone is calm enough to begin (Gottman: not flooded). */
    public static final int CALM_ENOUGH = 3;

    public RepairProtocol {
        order = List.copyOf(order);
        calm = Map.copyOf(calm);
    }

    static RepairProtocol initial() {
        return new RepairProtocol(List.of(), null, 0, Map.of(), null, true);
    }

    @Override
    public String name() {
        return NAME;
    }

    private boolean started() {
        return !order.isEmpty();
    }

    private boolean repaired() {
        return step == ConversationStep.REPAIRED;
    }

    private RepairProtocol with(ConversationStep next, int at) {
        return new RepairProtocol(order, next, at, Map.of(), null, false);
    }

    /** Who answers now: the teller, or their partner in a validation or an apology's answer; else null. */
    String answering() {
        if (!started() || repaired() || step == ConversationStep.CALM_CHECK) {
            return null;
        }
        return partnersStep(step) ? partnerOf(position) : order.get(position);
    }

    /**
     * The partner's summary and validation of a telling says back how the
     * other saw it: a reflection, not the partner's own heat.
     */
    @Override
    public boolean reflects(String memberId) {
        return step == ConversationStep.REALITIES_VALIDATION && memberId.equals(answering());
    }

    private String partnerOf(int index) {
        return order.get((index + 1) % order.size());
    }

    /** The steps in which the partner of the teller answers. */
    private static boolean partnersStep(ConversationStep s) {
        return s == ConversationStep.REALITIES_VALIDATION
                || s == ConversationStep.APOLOGY_ANSWER
                || s == ConversationStep.APOLOGY_NEED;
    }

    @Override
    public void checkSay(String memberId, RoomRole role) {
        if (role == RoomRole.THERAPIST || repaired()) {
            return;
        }
        if (memberId.equals(answering()) && step != ConversationStep.APOLOGY_ANSWER) {
            return;
        }
        String why;
        if (!started()) {
            why = "refusal.repair.repair-not-started-yet";
        } else if (step == ConversationStep.CALM_CHECK) {
            why = "refusal.repair.repair-begins-once-everyone";
        } else if (memberId.equals(answering())) {
            why = "refusal.repair.first-say-whether-accept";
        } else {
            why = "refusal.repair.someone-elses-turn-answer";
        }
        throw TurnProtocol.refused(Refusal.NOT_YOUR_TURN, why);
    }

    @Override
    public List<TurnEvent> decide(String actorId, TurnCommand command, Participants participants, Instant now) {
        if (TurnProtocol.isTimer(command)) {
            return List.of();
        }
        RoomRole role = TurnProtocol.roleOf(participants, actorId);
        if (command instanceof TurnCommand.RateCalm rate) {
            return List.of(RepairSteps.rateCalm(this, actorId, role, rate.calm()));
        } else if (command instanceof TurnCommand.ChooseFeelings choose) {
            return List.of(RepairSteps.chooseFeelings(this, actorId, choose));
        } else if (command instanceof TurnCommand.AnswerApology answer) {
            return List.of(RepairSteps.answerApology(this, actorId, answer.accepted()));
        } else if (command instanceof TurnCommand.PassFloor) {
            RepairSteps.checkPass(this, actorId);
            return List.of(TurnEvent.of(EventKind.FLOOR_PASSED, actorId));
        }
        if (!(command instanceof TurnCommand.GrantFloor || command instanceof TurnCommand.RevokeFloor)) {
            throw TurnProtocol.refused(Refusal.INVALID_STATE, "refusal.repair.repair-each-answers-each");
        }
        TurnProtocol.requireTherapist(role);
        if (command instanceof TurnCommand.GrantFloor grant) {
            TurnProtocol.requireParticipant(participants, grant.to());
            if (started() && !repaired()) {
                throw TurnProtocol.refused(Refusal.INVALID_STATE, "refusal.repair.repair-under-way-let");
            }
            return start(grant.to(), participants);
        }
        if (!started()) {
            throw TurnProtocol.refused(Refusal.INVALID_STATE, "refusal.repair.no-repair-under-way");
        }
        return List.of(TurnEvent.of(EventKind.FLOOR_REVOKED, answering()));
    }

    private static List<TurnEvent> start(String first, Participants participants) {
        return TurnProtocol.everyoneInTurn(first, participants, "refusal.repair.needs-two-participants");
    }

    @Override
    public List<TurnEvent> followUp(Participants participants, boolean guided, Instant now) {
        if (!started()) {
            return TurnProtocol.everyoneInTurnWhenGuided(guided, participants, "refusal.repair.needs-two-participants");
        }
        if (toSoothe != null) {
            return List.of(
                    new TurnEvent(EventKind.STEP, null, new EventPayload.Step(ConversationStep.CALM_WAIT.wireName())),
                    new TurnEvent(
                            EventKind.STEP,
                            toSoothe,
                            new EventPayload.Step(ConversationStep.TAKE_TIME.wireName()),
                            Audience.THERAPISTS_AND_TARGET));
        }
        if (announced) {
            return List.of();
        }
        if (repaired() || step == ConversationStep.CALM_CHECK) {
            return List.of(new TurnEvent(EventKind.STEP, null, new EventPayload.Step(step.wireName())));
        }
        return List.of(
                TurnEvent.of(EventKind.FLOOR_GRANTED, answering()),
                new TurnEvent(EventKind.STEP, answering(), new EventPayload.Step(step.wireName())));
    }

    @Override
    public TurnProtocol apply(RoomEvent e) {
        String target = e.targetId().orElse(null);
        return switch (e.kind()) {
            case ORDER_SET ->
                new RepairProtocol(
                        e.payload(EventPayload.Order.class).members().stream()
                                .filter(id -> !id.isEmpty())
                                .distinct()
                                .toList(),
                        ConversationStep.CALM_CHECK,
                        0,
                        Map.of(),
                        null,
                        false);
            case STEP -> announcedStep(e.payload(EventPayload.Step.class).step());
            case CALM_RATING ->
                rated(target, e.payload(EventPayload.CalmRating.class).calm());
            case MESSAGE -> e.actorId().equals(answering()) ? advance() : this;
            case FLOOR_PASSED -> target != null && target.equals(answering()) ? advance() : this;
            case FEELINGS_CHOSEN ->
                step == ConversationStep.FEELINGS
                                && e.actorId().equals(answering())
                                && e.payload(EventPayload.Feelings.class).done()
                        ? advance()
                        : this;
            case APOLOGY_ANSWERED -> answered(e);
            case FLOOR_REVOKED, SESSION_ENDED -> initial();
            case MEMBER_REMOVED -> without(target);
            default -> this;
        };
    }

    private RepairProtocol announcedStep(String name) {
        if (ConversationStep.TAKE_TIME.wireName().equals(name)) {
            return new RepairProtocol(order, step, position, calm, null, announced);
        }
        if (ConversationStep.CALM_WAIT.wireName().equals(name)) {
            return this;
        }
        return new RepairProtocol(order, step, position, calm, toSoothe, true);
    }

    /** A calm rating during the calm check: the repair begins once everyone is calm enough. */
    private RepairProtocol rated(String member, int rating) {
        if (step != ConversationStep.CALM_CHECK || !order.contains(member)) {
            return this;
        }
        Map<String, Integer> ratings = new HashMap<>(calm);
        ratings.put(member, rating);
        if (order.stream().allMatch(m -> ratings.getOrDefault(m, 0) >= CALM_ENOUGH)) {
            return with(ConversationStep.FEELINGS, 0);
        }
        return new RepairProtocol(order, step, position, ratings, rating < CALM_ENOUGH ? member : null, announced);
    }

    private RepairProtocol answered(RoomEvent e) {
        if (step != ConversationStep.APOLOGY_ANSWER || !e.actorId().equals(answering())) {
            return this;
        }
        return e.payload(EventPayload.ApologyAnswer.class).accepted()
                ? nextTeller(ConversationStep.RESPONSIBILITY)
                : with(ConversationStep.APOLOGY_NEED, position);
    }

    /** The next answer after the current one was given (or passed). */
    private RepairProtocol advance() {
        return switch (step) {
            case REALITIES -> with(ConversationStep.REALITIES_VALIDATION, position);
            case RESPONSIBILITY -> with(ConversationStep.APOLOGY, position);
            case APOLOGY -> with(ConversationStep.APOLOGY_ANSWER, position);
            case APOLOGY_NEED -> with(ConversationStep.APOLOGY, position);
            case REALITIES_VALIDATION -> nextTeller(ConversationStep.REALITIES);
            default -> nextTeller(step);
        };
    }

    /** The next person's telling in this stage, or the first person's in the next stage. */
    private RepairProtocol nextTeller(ConversationStep stage) {
        if (position + 1 < order.size()) {
            return with(stage, position + 1);
        }
        int next = STAGES.indexOf(stage) + 1;
        return with(next < STAGES.size() ? STAGES.get(next) : ConversationStep.REPAIRED, 0);
    }

    /** The stage a step belongs to: a validation to realities, an apology to responsibility. */
    static ConversationStep stageOf(ConversationStep s) {
        return switch (s) {
            case REALITIES_VALIDATION -> ConversationStep.REALITIES;
            case APOLOGY, APOLOGY_ANSWER, APOLOGY_NEED -> ConversationStep.RESPONSIBILITY;
            default -> s;
        };
    }

    /**
     * Someone left the repair: the others go on. When it was the teller, the
     * next person begins the stage's telling; when it was their partner, the
     * new partner takes the step. Under two people, the repair stops.
     */
    private RepairProtocol without(String member) {
        int index = order.indexOf(member);
        if (index < 0) {
            return this;
        }
        List<String> rest = new ArrayList<>(order);
        rest.remove(index);
        if (rest.size() < 2) {
            return initial();
        }
        Map<String, Integer> ratings = new HashMap<>(calm);
        ratings.remove(member);
        String soothe = member.equals(toSoothe) ? null : toSoothe;
        if (step == ConversationStep.CALM_CHECK) {
            RepairProtocol left = new RepairProtocol(rest, step, 0, ratings, soothe, announced);
            return rest.stream().allMatch(m -> ratings.getOrDefault(m, 0) >= CALM_ENOUGH)
                    ? left.with(ConversationStep.FEELINGS, 0)
                    : left;
        }
        if (repaired()) {
            return new RepairProtocol(rest, step, 0, Map.of(), null, announced);
        }
        String before = answering();
        ConversationStep now = step;
        int at = index < position ? position - 1 : position;
        if (index == position) {
            now = stageOf(step);
            if (at >= rest.size()) {
                int next = STAGES.indexOf(now) + 1;
                now = next < STAGES.size() ? STAGES.get(next) : ConversationStep.REPAIRED;
                at = 0;
            }
        }
        RepairProtocol after = new RepairProtocol(rest, now, at, Map.of(), null, true);
        boolean same = now == step && Objects.equals(after.answering(), before);
        return same ? new RepairProtocol(rest, now, at, Map.of(), null, announced) : after.with(now, at);
    }

    @Override
    public TurnView view() {
        String answering = answering();
        List<String> upcoming;
        if (!started() || repaired()) {
            upcoming = List.of();
        } else {
            // Before the calm check is over, everyone is still to answer, in this order.
            upcoming = step == ConversationStep.CALM_CHECK ? order : order.subList(position + 1, order.size());
        }
        String phase;
        if (!started()) {
            phase = "idle";
        } else if (repaired()) {
            phase = "repaired";
        } else {
            phase = step == ConversationStep.CALM_CHECK ? "calm_check" : "answering";
        }
        return new TurnView(answering, null, phase, step, answering, null, null, upcoming, null);
    }
}
