package org.attune.domain.room;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.Words;
import org.attune.domain.member.MemberView;
import org.attune.domain.member.RoomRole;
import org.attune.domain.regulation.RepairPhrase;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;

/**
 * One-tap repair attempts: a participant offers one of the fixed
 * {@link RepairPhrase}s to the room ({@code offer_repair}), and another
 * participant accepts it ({@code accept_repair}); both are seen by everyone in
 * the room and kept in its log ({@link EventKind#REPAIR_OFFERED},
 * {@link EventKind#REPAIR_ACCEPTED}).
 *
 * <ul>
 *   <li>Only participants offer and accept: a therapist guides, an observer reads.
 *   <li>An offer needs no turn: reaching the other when it is not your turn is
 *       what a repair attempt is for. Each person has one open offer; a new one
 *       replaces it. An offer is accepted once, by someone other than its
 *       offerer, and closes when its session ends.
 *   <li>Not while no session runs, the room pauses, the person is muted, a
 *       safety alert waits for a clinician or a safety flag of the screen is
 *       open: a partner who fears the other must not be pressed with "I'm
 *       sorry" taps. The refusal says nothing of why, so it tells nobody about
 *       anyone's alert or screen.
 * </ul>
 */
final class Repairs {

    /** What a participant hears while repair phrases are closed: it names nobody's alert, flag, pause or mute. */
    private static final String NOT_NOW_KEY = "refusal.repair-attempt.not-now";

    private static final String NO_SESSION_KEY = "refusal.repair-attempt.no-session";

    /** The same, in English. */
    static final String NOT_NOW = Words.english(NOT_NOW_KEY);

    static final String NO_SESSION = Words.english(NO_SESSION_KEY);

    /** How many closed offers are remembered, to say why one can no longer be accepted. */
    static final int CLOSED_REMEMBERED = 2000;

    private static final String ACCEPTED = "refusal.repair-attempt.already-accepted";
    private static final String REPLACED = "refusal.repair-attempt.replaced";
    private static final String ENDED = "refusal.repair-attempt.session-ended";
    private static final String GONE = "refusal.repair-attempt.no-longer-open";

    private final RoomState room;
    private final Map<Long, OpenRepair> open = new LinkedHashMap<>();
    private final Map<Long, String> closed = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
            return size() > CLOSED_REMEMBERED;
        }
    };

    Repairs(RoomState room) {
        this.room = room;
    }

    /** The offers still open, oldest first. */
    List<OpenRepair> open() {
        return List.copyOf(open.values());
    }

    void fold(RoomEvent e) {
        switch (e.kind()) {
            case REPAIR_OFFERED -> {
                EventPayload.RepairOffer offer = e.payload(EventPayload.RepairOffer.class);
                close(offer.replaces(), REPLACED);
                open.put(e.seq(), new OpenRepair(e.seq(), e.actorId(), offer.phrase()));
            }
            case REPAIR_ACCEPTED ->
                close(e.payload(EventPayload.RepairAccepted.class).offer(), ACCEPTED);
            case SESSION_ENDED -> List.copyOf(open.keySet()).forEach(seq -> close(seq, ENDED));
            case MEMBER_REMOVED -> e.targetId().flatMap(this::openOf).ifPresent(o -> close(o.offer(), GONE));
            default -> {}
        }
    }

    List<RoomEvent> decide(MemberView actor, String commandId, RoomCommand.RepairCommand command, Instant now) {
        requireParticipant(actor);
        if (command instanceof RoomCommand.OfferRepair offer) {
            RepairPhrase phrase = RepairPhrase.fromWireName(offer.phrase())
                    .orElseThrow(() ->
                            new RefusedException(Refusal.BAD_REQUEST, "refusal.repair-attempt.not-one-repair-phrases"));
            requireOpen(actor, now);
            long replaces = openOf(actor.id()).map(OpenRepair::offer).orElse(0L);
            return List.of(room.record(room.by(actor, commandId, EventKind.REPAIR_OFFERED, now)
                    .payload(new EventPayload.RepairOffer(phrase.wireName(), phrase.text(), replaces))));
        }
        long seq = ((RoomCommand.AcceptRepair) command).offer();
        requireOpen(actor, now);
        OpenRepair offer = open.get(seq);
        if (offer == null) {
            String why = closed.get(seq);
            throw why == null
                    ? new RefusedException(Refusal.NOT_FOUND, "refusal.repair-attempt.no-repair-attempt-number")
                    : new RefusedException(Refusal.INVALID_STATE, why);
        }
        if (offer.member().equals(actor.id())) {
            throw new RefusedException(Refusal.INVALID_STATE, "refusal.repair-attempt.repair-attempt-own-others");
        }
        MemberView offerer = room.roster().named(offer.member());
        return List.of(room.record(room.by(actor, commandId, EventKind.REPAIR_ACCEPTED, now)
                .target(offerer.id(), offerer.name())
                .payload(new EventPayload.RepairAccepted(seq, offer.phrase()))));
    }

    private static void requireParticipant(MemberView actor) {
        if (actor.role() != RoomRole.PARTICIPANT) {
            throw new RefusedException(
                    Refusal.FORBIDDEN, "refusal.repair-attempt.repair-phrases-participants-conversation");
        }
    }

    /** Refuses while repair phrases are closed: no session, a pause, a mute, an open safety alert or flag. */
    private void requireOpen(MemberView actor, Instant now) {
        if (!room.sessionRunning()) {
            throw new RefusedException(Refusal.INVALID_STATE, NO_SESSION_KEY);
        }
        if (room.currentPause() != null
                || actor.mutedAt(now)
                || !room.alerts().open().isEmpty()
                || !room.screen().openFlags().isEmpty()) {
            throw new RefusedException(Refusal.INVALID_STATE, NOT_NOW_KEY);
        }
    }

    private Optional<OpenRepair> openOf(String member) {
        return open.values().stream().filter(o -> o.member().equals(member)).findFirst();
    }

    private void close(long seq, String why) {
        if (open.remove(seq) != null) {
            closed.put(seq, why);
        }
    }
}
