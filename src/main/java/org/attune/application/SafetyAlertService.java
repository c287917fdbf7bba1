package org.attune.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.attune.application.live.RoomEngine;
import org.attune.application.live.RoomEngine.Step;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.member.MemberStatus;
import org.attune.domain.member.RoomRole;
import org.attune.domain.room.AlertView;
import org.attune.domain.room.RoomCommand;
import org.attune.domain.room.RoomState;
import org.attune.domain.transcript.RoomEvent;
import org.attune.security.Caller;
import org.attune.security.RealmRoles;

/**
 * A room's safety alerts for the clinicians who answer them, outside the live
 * channel: the room's therapists, and the practice's therapists (realm role
 * {@code therapist}), who answer for rooms whose own therapist is not there (a
 * guided room, or a therapist away). An acknowledgement goes through the room
 * engine like a command, so it is decided with the room's other changes, and
 * the room's therapists see it live.
 */
@ApplicationScoped
public class SafetyAlertService {

    @Inject
    RoomEngine engine;

    /** The room's safety alerts, open ones first, without words or names of who raised them. */
    public List<AlertView> alertsOf(Caller caller, String roomId) {
        return RoomService.await(engine.change(roomId, (state, now) -> {
            requireClinician(caller, state);
            return Step.done(state.safetyAlerts());
        }));
    }

    /**
     * A clinician acknowledges the alert with this sequence number; no further
     * on-call contact is told. Returns it as acknowledged, with how long it waited.
     */
    public AlertView acknowledge(Caller caller, String roomId, long seq) {
        return RoomService.await(engine.change(roomId, (state, now) -> {
            requireClinician(caller, state);
            AlertView open = state.safetyAlerts().stream()
                    .filter(a -> a.seq() == seq && !a.acknowledged())
                    .findFirst()
                    .orElse(null);
            AlertView acknowledged =
                    open == null ? null : new AlertView(seq, open.raisedAt(), open.level(), now, caller.name());
            // A refusal (unknown, or acknowledged already) comes from the room's own decision.
            return Step.of(
                    RoomEvent.SYSTEM_ACTOR,
                    new RoomCommand.AcknowledgeAlertForPractice(seq, caller.id(), caller.name()),
                    acknowledged);
        }));
    }

    /** A therapist of the room, or of the practice; nobody else learns whether the room exists. */
    private static void requireClinician(Caller caller, RoomState state) {
        boolean ofRoom = state != null
                && state.member(caller.id())
                        .filter(m -> m.status() == MemberStatus.ACTIVE && m.role() == RoomRole.THERAPIST)
                        .isPresent();
        boolean ofPractice = caller.realmRoles().contains(RealmRoles.THERAPIST);
        if (!ofRoom && !ofPractice) {
            throw new RefusedException(Refusal.FORBIDDEN, "refusal.alert.only-therapists-room-practice");
        }
        if (state == null) {
            throw new RefusedException(Refusal.NOT_FOUND, "refusal.room.not-found");
        }
    }
}
