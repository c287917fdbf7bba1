package org.attune.domain.room;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.Words;
import org.attune.domain.intake.ScreenAnswers;
import org.attune.domain.member.MemberStatus;
import org.attune.domain.member.MemberView;
import org.attune.domain.member.RoomAccess;
import org.attune.domain.member.RoomRole;
import org.attune.domain.regulation.Evidence;
import org.attune.domain.regulation.SafetyConcern;
import org.attune.domain.transcript.Audience;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;

/**
 * The safety screen before joint work. In a couple or family room each
 * participant answers a short, confidential screen on their own (HITS and two
 * direct questions: {@link ScreenAnswers}); a therapist then opens the room for
 * joint work, and only then does a session start.
 *
 * <ul>
 *   <li>A participant answers once, also from the lobby; a later answer replaces
 *       the earlier one. The answers go to the therapists alone
 *       ({@link EventKind#SCREEN_ANSWERED}); the writer is told privately that
 *       they arrived, without them ({@link EventKind#SCREEN_RECEIVED}); the other
 *       participants learn nothing, not even that someone answered.
 *   <li>Answers that raise a flag open it for that member and alert the
 *       therapists through the room's {@link SafetyAlerts} (acknowledged by a
 *       clinician, the on-call contact told when none is here). A flag stays open
 *       until a therapist resolves it, whatever later answers say; a flagged
 *       answer after the room was opened closes it again for review.
 *   <li>A therapist opens the room ({@link EventKind#ROOM_CLEARED}, seen by
 *       everyone in neutral words). In a moderated room they may do so while
 *       someone has not answered or a flag is open: that is their clinical
 *       judgment, made live. In a guided room, where nobody moderates live, every
 *       participant in the room answers first, and no session starts while any
 *       flag is open.
 * </ul>
 *
 * <p>A refusal to start a session names no one's screen to a participant.
 */
final class JointWorkGate {

    /** What a participant is told while the room is not open for a session; it gives away nobody's screen. */
    private static final String NOT_OPEN_YET_KEY = "refusal.screen.not-open-yet";

    /** The same, in English. */
    static final String NOT_OPEN_YET = Words.english(NOT_OPEN_YET_KEY);

    private final RoomState room;
    /** The latest answer of each member, by member id; never shown to anyone but therapists. */
    private final Map<String, RoomEvent> answers = new LinkedHashMap<>();
    /** The answer whose flag is open, by member id. */
    private final Map<String, Long> openFlags = new LinkedHashMap<>();

    private boolean cleared;
    private boolean everOpened;

    JointWorkGate(RoomState room) {
        this.room = room;
    }

    void fold(RoomEvent e) {
        switch (e.kind()) {
            case SCREEN_ANSWERED -> {
                String member = e.targetId().orElse(e.actorId());
                answers.put(member, e);
                if (e.payload(EventPayload.ScreenAnswered.class).answers().flagged()) {
                    openFlags.put(member, e.seq());
                    cleared = false;
                }
            }
            case FLAG_RESOLVED -> e.targetId().ifPresent(openFlags::remove);
            case ROOM_CLEARED -> {
                cleared = true;
                everOpened = true;
            }
            default -> {}
        }
    }

    List<RoomEvent> decide(MemberView actor, String commandId, RoomCommand.ScreenCommand command, Instant now) {
        if (command instanceof RoomCommand.AnswerScreen answer) {
            return answer(actor, commandId, answer.answers(), now);
        }
        RoomAccess.requireTherapist(actor, "refusal.access.therapist-only.open-room-conversation-resolve-safety-flag");
        if (command instanceof RoomCommand.ResolveFlag resolve) {
            return resolve(actor, commandId, resolve, now);
        }
        return clear(actor, commandId, now);
    }

    private List<RoomEvent> answer(MemberView writer, String commandId, ScreenAnswers given, Instant now) {
        if (writer.role() != RoomRole.PARTICIPANT) {
            throw new RefusedException(Refusal.FORBIDDEN, "refusal.screen.safety-screen-participants-room");
        }
        List<RoomEvent> out = new ArrayList<>();
        RoomEvent answered = room.record(room.by(writer, commandId, EventKind.SCREEN_ANSWERED, now)
                .target(writer.id(), writer.name())
                .audience(Audience.THERAPISTS)
                .payload(new EventPayload.ScreenAnswered(given)));
        out.add(answered);
        if (given.flagged()) {
            RoomEvent alert = room.record(room.bySystem(EventKind.SAFETY_ALERT, now)
                    .target(writer.id(), writer.name())
                    .audience(Audience.THERAPISTS)
                    .payload(new EventPayload.SafetyAlert(
                            concerns(given), MessageScreening.region(room), answered.seq())));
            out.add(alert);
            // Who follows up is the therapists' to know: the writer's confirmation stays the same either way.
            room.alerts().raised(alert, out, MessageScreening.region(room), EventPayload.ResourcesOffered.HELD);
        }
        out.add(room.record(room.by(writer, null, EventKind.SCREEN_RECEIVED, now)
                .target(writer.id(), writer.name())
                .audience(Audience.THERAPISTS_AND_TARGET)));
        return out;
    }

    /** What the alert says of a flagged screen, in the words of the safety alerts' concerns. */
    private static List<Evidence> concerns(ScreenAnswers a) {
        List<Evidence> concerns = new ArrayList<>();
        for (String flag : a.flags()) {
            concerns.add(
                    switch (flag) {
                        case ScreenAnswers.HITS_POSITIVE ->
                            new Evidence(
                                    SafetyConcern.ABUSE.wireName(),
                                    "safety screen: HITS " + a.hitsTotal() + " of 20, above "
                                            + ScreenAnswers.HITS_CUT_OFF);
                        case ScreenAnswers.AFRAID ->
                            new Evidence(
                                    SafetyConcern.FEAR.wireName(),
                                    "safety screen: afraid of someone in this room: "
                                            + words(a.afraid().wireName()));
                        default ->
                            new Evidence(
                                    SafetyConcern.FEAR.wireName(),
                                    "safety screen: safe to talk openly here: "
                                            + words(a.safeToTalk().wireName()));
                    });
        }
        return concerns;
    }

    private static String words(String wireName) {
        return wireName.replace('_', ' ');
    }

    private List<RoomEvent> resolve(
            MemberView therapist, String commandId, RoomCommand.ResolveFlag resolve, Instant now) {
        Long screen = openFlags.get(resolve.member());
        if (screen == null) {
            throw new RefusedException(Refusal.INVALID_STATE, "refusal.screen.no-open-safety-flag");
        }
        MemberView member = room.roster()
                .get(resolve.member())
                .orElseThrow(() -> new RefusedException(Refusal.NOT_FOUND, "refusal.member.not-found"));
        String note = resolve.note() == null || resolve.note().isBlank()
                ? null
                : resolve.note().strip();
        return List.of(room.record(room.by(therapist, commandId, EventKind.FLAG_RESOLVED, now)
                .target(member.id(), member.name())
                .audience(Audience.THERAPISTS)
                .payload(new EventPayload.FlagResolved(screen, note))));
    }

    private List<RoomEvent> clear(MemberView therapist, String commandId, Instant now) {
        if (cleared) {
            throw new RefusedException(Refusal.INVALID_STATE, "refusal.screen.room-already-open-conversation");
        }
        if (room.mode() == RoomMode.GUIDED) {
            List<String> waiting = notAnswered().stream().map(MemberView::name).toList();
            if (!waiting.isEmpty()) {
                throw new RefusedException(
                        Refusal.INVALID_STATE,
                        "refusal.screen.guided-room-waiting",
                        Map.of("names", String.join(", ", waiting)));
            }
        }
        return List.of(room.record(room.by(therapist, commandId, EventKind.ROOM_CLEARED, now)));
    }

    /**
     * Refuses to start a session until a therapist opened the room, and in a
     * guided room while any safety flag is open. A therapist hears why; a
     * participant hears that the room is not open yet, and nothing of anyone's screen.
     */
    void requireOpenForJointWork(MemberView starter) {
        requireOpenForJointWork(starter, room.mode() == RoomMode.GUIDED);
    }

    /** As {@link #requireOpenForJointWork(MemberView)}, for a session that guides itself when {@code guided}. */
    void requireOpenForJointWork(MemberView starter, boolean guided) {
        if (!room.kind().requiresSafetyScreen()) {
            return;
        }
        boolean therapist = RoomAccess.isTherapist(starter);
        if (!cleared) {
            throw new RefusedException(
                    Refusal.INVALID_STATE, therapist ? "refusal.screen.open-room-first" : NOT_OPEN_YET_KEY);
        }
        if (guided && !openFlags.isEmpty()) {
            throw new RefusedException(
                    Refusal.INVALID_STATE, therapist ? "refusal.screen.safety-flag-open" : NOT_OPEN_YET_KEY);
        }
    }

    /** Whether this member's flag is open. */
    boolean flagOpenFor(String memberId) {
        return openFlags.containsKey(memberId);
    }

    /** Where the screen stands, for the welcome of therapists and of each participant. */
    ScreenStatus status() {
        return new ScreenStatus(cleared, everOpened, answers.keySet(), notAnswered(), openFlags);
    }

    /** Participants in the room or its lobby who have not answered yet, in the order they joined. */
    private List<MemberView> notAnswered() {
        return room.roster().list().stream()
                .filter(m -> m.role() == RoomRole.PARTICIPANT && m.status() != MemberStatus.REMOVED)
                .filter(m -> !answers.containsKey(m.id()))
                .toList();
    }
}
