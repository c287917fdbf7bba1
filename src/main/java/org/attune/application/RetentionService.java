package org.attune.application;

import static org.attune.application.RoomService.await;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attune.application.live.RoomEngine;
import org.attune.application.live.RoomEngine.Step;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.member.RoomAccess;
import org.attune.domain.retention.ErasureRequest;
import org.attune.domain.retention.RecordKeeping;
import org.attune.domain.retention.Records;
import org.attune.domain.retention.RetentionPolicy;
import org.attune.domain.retention.RetentionPolicy.Hold;
import org.attune.domain.room.InvitationRepository;
import org.attune.domain.room.Member;
import org.attune.domain.room.Room;
import org.attune.domain.room.RoomCommand;
import org.attune.domain.room.RoomRepository;
import org.attune.security.AuditAction;
import org.attune.security.AuditEntry;
import org.attune.security.AuditTrail;
import org.attune.security.Caller;
import org.attune.security.RealmRoles;

/**
 * The data's whole life: a person's erasure request, the retention holds that
 * keep part of it for a while, and the job that lets records go when their
 * period ends. Every erasure and purge is an audit row that names no content.
 */
@ApplicationScoped
public class RetentionService {

    /** Who the audit log names for what the retention job does. */
    public static final String RETENTION_JOB = "attune-retention";

    @Inject
    RoomRepository rooms;

    @Inject
    InvitationRepository invitations;

    @Inject
    RecordKeeping records;

    @Inject
    RoomEngine engine;

    @Inject
    AuditTrail audit;

    @Inject
    Transactions tx;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    /** What became of a person's part of one room: erased now, or held until a date, and why. */
    public record RoomOutcome(String roomId, String roomName, boolean erased, Instant heldUntil, String why) {}

    /** The answer to an erasure request. */
    public record Receipt(Instant requestedAt, List<RoomOutcome> rooms) {}

    /**
     * A person asks for their data to be erased: they leave every room at once;
     * their part of each room is erased now unless a retention hold keeps it,
     * and then when the hold ends. A therapist's records are the practice's:
     * their erasure is the administrator's to arrange.
     */
    public Receipt requestErasure(Caller caller) {
        if (caller.isTherapist()) {
            throw new RefusedException(Refusal.FORBIDDEN, "refusal.records.therapists-records-belong-practice");
        }
        Instant now = clock.instant();
        List<Member> memberships = tx.inNewTransaction(() -> {
            if (records.openRequestsOf(caller.id()).isEmpty()) {
                records.addRequest(new ErasureRequest(caller.id(), now));
            }
            audit.record(new AuditEntry(now, caller.id(), AuditAction.ERASURE_REQUESTED, null, caller.id(), null));
            return rooms.membershipsOf(caller.id());
        });
        for (Member membership : memberships) {
            await(engine.change(
                    membership.roomId(),
                    (state, at) -> state == null
                            ? Step.done(null)
                            : Step.of(caller.id(), new RoomCommand.Leave(caller.id()), null)));
        }
        return new Receipt(now, settle(caller.id(), caller.id(), now));
    }

    /** What the retention job did in one run. */
    public record Sweep(int roomsPurged, int partsErased, int requestsCompleted) {}

    /**
     * The retention job, as of the given moment: deletes the rooms whose
     * period has ended, then erases what the holds of open erasure requests no
     * longer keep.
     */
    public Sweep sweep(Instant now) {
        RetentionPolicy policy = settings.retention().policy();
        Instant cutoff =
                now.atZone(ZoneOffset.UTC).minusYears(policy.shortestYears()).toInstant();
        int purged = 0;
        for (String roomId : tx.inNewTransaction(() -> records.roomsQuietSince(cutoff))) {
            boolean due = tx.inNewTransaction(() -> rooms.find(roomId)
                    .map(room -> !policy.keptUntil(
                                    records.lastActivity(roomId).orElse(room.createdAt()), regionOf(room))
                            .isAfter(now))
                    .orElse(false));
            if (due) {
                purge(roomId);
                purged++;
            }
        }
        int erased = 0;
        int completed = 0;
        for (ErasureRequest request : tx.inNewTransaction(records::openRequests)) {
            List<RoomOutcome> outcomes = settle(request.userId(), RETENTION_JOB, now);
            erased += (int) outcomes.stream().filter(RoomOutcome::erased).count();
            completed += outcomes.stream().allMatch(RoomOutcome::erased) ? 1 : 0;
        }
        return new Sweep(purged, erased, completed);
    }

    /** Erases the person's part of each room no hold keeps; completes their request once nothing is held. */
    private List<RoomOutcome> settle(String userId, String actor, Instant now) {
        List<RoomOutcome> outcomes = new ArrayList<>();
        for (Member membership : tx.inNewTransaction(() -> rooms.membershipsOf(userId))) {
            RoomOutcome outcome = tx.inNewTransaction(() -> outcomeOf(membership.roomId(), userId, now));
            if (outcome.erased()) {
                erase(outcome.roomId(), userId, actor);
            }
            outcomes.add(outcome);
        }
        if (outcomes.stream().allMatch(RoomOutcome::erased)) {
            tx.inNewTransaction(() -> {
                for (ErasureRequest request : records.openRequestsOf(userId)) {
                    request.complete(now);
                    audit.record(
                            new AuditEntry(clock.instant(), actor, AuditAction.ERASURE_COMPLETED, null, userId, null));
                }
                return null;
            });
        }
        return outcomes;
    }

    /** What becomes of the person's part of the room as of now: erased unless a hold keeps it; in a transaction. */
    private RoomOutcome outcomeOf(String roomId, String userId, Instant now) {
        Optional<Room> room = rooms.find(roomId);
        if (room.isEmpty()) {
            return new RoomOutcome(roomId, "", true, null, "The room no longer exists.");
        }
        Hold hold = holdOf(room.get(), userId, now);
        return new RoomOutcome(roomId, room.get().name(), !hold.held(), hold.until(), hold.why());
    }

    /** Whether the person's part of the room is held, inside a transaction. */
    private Hold holdOf(Room room, String userId, Instant now) {
        Instant last = records.lastActivityOf(room.id(), userId).orElse(room.createdAt());
        return settings.retention().policy().holdOf(records.isClinical(room.id()), last, regionOf(room), now);
    }

    /** On the room's shard: the person's part of the room's record is erased, and the room rebuilt from it. */
    private void erase(String roomId, String userId, String actor) {
        await(engine.change(roomId, (state, at) -> {
            records.pseudonymise(roomId, userId, Records.newPseudonym());
            audit.record(new AuditEntry(at, actor, AuditAction.MEMBER_ERASED, roomId, userId, null));
            return Step.reloaded(null);
        }));
    }

    /** On the room's shard: the room and its whole record go; whoever is connected is told it was closed. */
    private void purge(String roomId) {
        await(engine.change(roomId, (state, at) -> {
            invitations.deleteAllOf(roomId);
            rooms.deleteWithHistory(roomId);
            audit.record(new AuditEntry(at, RETENTION_JOB, AuditAction.ROOM_PURGED, roomId, null, null));
            return Step.roomClosed(null);
        }));
    }

    private String regionOf(Room room) {
        return Optional.ofNullable(room.regulation().crisisRegion())
                .or(settings::crisisRegion)
                .orElse(null);
    }

    /** A person who asked for erasure, and until when and why the room still holds their part. */
    public record HeldPart(String name, Instant requestedAt, Instant heldUntil, String why) {}

    /** How long the room's record is kept, and whose erasure it holds back; for its therapists and admins. */
    public record RoomRecords(
            String region, int years, boolean clinical, Instant keptUntil, List<HeldPart> heldForErasure) {}

    public RoomRecords recordsOf(Caller caller, String roomId) {
        return tx.inNewTransaction(() -> {
            if (!RoomAccess.mayReadAudit(
                    rooms.findMember(roomId, caller.id()), caller.realmRoles().contains(RealmRoles.ADMIN))) {
                throw new RefusedException(Refusal.FORBIDDEN, "refusal.records.only-rooms-therapists-practices");
            }
            Room room = rooms.find(roomId)
                    .orElseThrow(() -> new RefusedException(Refusal.NOT_FOUND, "refusal.room.not-found"));
            RetentionPolicy policy = settings.retention().policy();
            String region = regionOf(room);
            Instant now = clock.instant();
            List<HeldPart> held = new ArrayList<>();
            for (ErasureRequest request : records.openRequestsIn(roomId)) {
                Hold hold = holdOf(room, request.userId(), now);
                String name = rooms.findMember(roomId, request.userId())
                        .map(Member::displayName)
                        .orElse(Records.FORMER_MEMBER);
                held.add(new HeldPart(name, request.requestedAt(), hold.until(), hold.why()));
            }
            return new RoomRecords(
                    region,
                    policy.yearsFor(region),
                    records.isClinical(roomId),
                    policy.keptUntil(records.lastActivity(roomId).orElse(room.createdAt()), region),
                    held);
        });
    }
}
