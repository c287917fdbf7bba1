package org.attune.domain.room;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.member.MemberView;
import org.attune.domain.member.RoomAccess;
import org.attune.domain.member.RoomRole;
import org.attune.domain.regulation.CrisisResources;
import org.attune.domain.regulation.Evidence;
import org.attune.domain.regulation.SafeToTalkAnswer;
import org.attune.domain.transcript.Audience;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.EventPayload.ResourcesOffered;
import org.attune.domain.transcript.RoomEvent;

/**
 * A therapist's private check-in with one participant: "Are you safe to talk
 * right now?". Someone living with a partner who controls them may not be
 * able to say so in front of them; a question only they see, answered with
 * one click, lets the therapist know.
 *
 * <p>A therapist of the room asks one participant, in the room or in its
 * lobby, at any time: during turns, pauses and mutes alike
 * ({@link EventKind#SAFE_TO_TALK_ASKED}). The check-in and its answer
 * ({@link EventKind#SAFE_TO_TALK_ANSWERED}) reach the therapists and that
 * participant only, live, on resume and in the transcript; the others never
 * learn that one was sent. A participant answers each check-in addressed to
 * them once; someone else naming it is told there is no such check-in, so
 * that asking reveals nothing. One check-in waits per participant at a time.
 *
 * <p>An answer of no or not sure offers the participant the region's crisis
 * resources privately. It does not pause the room: a pause would tell the
 * partner something happened; the therapist decides what comes next. When no
 * therapist of the room is connected to read it, it also raises a safety alert
 * ({@link SafetyAlerts#raised}), so that the practice's on-call contact is told.
 */
final class SafeToTalkChecks {

    /** A check-in not answered yet: its sequence number, and of whom it was asked. */
    record Waiting(long seq, String memberId) {}

    /** Evidence of a safety alert raised by an answer: what it is about ("safe to talk"). */
    static final String CONCERN = "safe_to_talk";

    private final RoomState room;
    private final Map<Long, Waiting> waiting = new LinkedHashMap<>();
    /** Check-ins answered, by sequence number: whom each was addressed to. */
    private final Map<Long, String> answered = new LinkedHashMap<>();

    SafeToTalkChecks(RoomState room) {
        this.room = room;
    }

    void fold(RoomEvent e) {
        switch (e.kind()) {
            case SAFE_TO_TALK_ASKED ->
                waiting.put(e.seq(), new Waiting(e.seq(), e.targetId().orElse(null)));
            case SAFE_TO_TALK_ANSWERED -> {
                long check = e.payload(EventPayload.SafeToTalkAnswered.class).check();
                Waiting was = waiting.remove(check);
                answered.put(check, was == null ? e.actorId() : was.memberId());
            }
            case MEMBER_REMOVED ->
                waiting.values().removeIf(w -> w.memberId().equals(e.targetId().orElse(null)));
            default -> {}
        }
    }

    List<RoomEvent> decide(MemberView actor, String commandId, RoomCommand.CheckCommand command, Instant now) {
        if (command instanceof RoomCommand.AskSafeToTalk ask) {
            return ask(actor, commandId, ask, now);
        }
        return answer(actor, commandId, (RoomCommand.AnswerSafeToTalk) command, now);
    }

    private List<RoomEvent> ask(MemberView actor, String commandId, RoomCommand.AskSafeToTalk ask, Instant now) {
        RoomAccess.requireTherapist(actor, "refusal.access.therapist-only.check-in-privately-with-participant");
        MemberView asked = room.roster().named(ask.member());
        if (asked.role() != RoomRole.PARTICIPANT) {
            throw new RefusedException(
                    Refusal.INVALID_STATE,
                    asked.role() == RoomRole.THERAPIST
                            ? "refusal.check-in.private-not-a-therapist"
                            : "refusal.check-in.private-not-an-observer",
                    Map.of("name", asked.name()));
        }
        if (waiting.values().stream().anyMatch(w -> w.memberId().equals(asked.id()))) {
            throw new RefusedException(
                    Refusal.INVALID_STATE, "refusal.check-in.still-waiting", Map.of("name", asked.name()));
        }
        return List.of(room.record(room.by(actor, commandId, EventKind.SAFE_TO_TALK_ASKED, now)
                .target(asked.id(), asked.name())
                .audience(Audience.THERAPISTS_AND_TARGET)));
    }

    private List<RoomEvent> answer(
            MemberView actor, String commandId, RoomCommand.AnswerSafeToTalk command, Instant now) {
        SafeToTalkAnswer answer = SafeToTalkAnswer.fromWireName(command.answer())
                .orElseThrow(
                        () -> new RefusedException(Refusal.BAD_REQUEST, "refusal.check-in.answer-yes-no-not-sure"));
        long check = command.check();
        if (actor.id().equals(answered.get(check))) {
            throw new RefusedException(Refusal.INVALID_STATE, "refusal.check-in.already-answered-check");
        }
        Waiting w = waiting.get(check);
        if (w == null || !w.memberId().equals(actor.id())) {
            // The same words whether the check-in does not exist or is someone else's: asking reveals nothing.
            throw new RefusedException(Refusal.NOT_FOUND, "refusal.check-in.no-check-number");
        }
        List<RoomEvent> out = new ArrayList<>();
        RoomEvent answeredEvent = room.record(room.by(actor, commandId, EventKind.SAFE_TO_TALK_ANSWERED, now)
                .target(actor.id(), actor.name())
                .audience(Audience.THERAPISTS_AND_TARGET)
                .payload(new EventPayload.SafeToTalkAnswered(check, answer)));
        out.add(answeredEvent);
        if (answer.worrying()) {
            ResourcesOffered offer = room.alerts().therapistOnline()
                    ? new ResourcesOffered(region(), ResourcesOffered.SAFE_TO_TALK, ResourcesOffered.THERAPIST_HERE, 0)
                    : alert(actor, answer, answeredEvent, out, now);
            out.add(room.record(room.bySystem(EventKind.RESOURCES_OFFERED, now)
                    .target(actor.id(), actor.name())
                    .audience(Audience.THERAPISTS_AND_TARGET)
                    .payload(offer)));
        }
        return out;
    }

    /** No therapist is here to read the answer: a safety alert, for the practice's on-call contact. */
    private ResourcesOffered alert(
            MemberView actor, SafeToTalkAnswer answer, RoomEvent answered, List<RoomEvent> out, Instant now) {
        RoomEvent alert = room.record(room.bySystem(EventKind.SAFETY_ALERT, now)
                .target(actor.id(), actor.name())
                .audience(Audience.THERAPISTS)
                .payload(new EventPayload.SafetyAlert(
                        List.of(new Evidence(CONCERN, "answered " + answer.words())), region(), answered.seq())));
        out.add(alert);
        return room.alerts().raised(alert, out, region(), ResourcesOffered.SAFE_TO_TALK);
    }

    /** The room's own crisis region, or null for the practice's. */
    private String region() {
        return CrisisResources.region(room.regulation().crisisRegion())
                .map(CrisisResources.Region::code)
                .orElse(null);
    }
}
