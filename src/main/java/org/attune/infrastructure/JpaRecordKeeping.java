package org.attune.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.attune.domain.retention.ErasureRequest;
import org.attune.domain.retention.RecordKeeping;
import org.attune.domain.retention.Records;
import org.attune.domain.transcript.EventKind;

/**
 * The retention rules' reads, and erasure, on the rooms' tables. Erasure
 * writes with bulk statements: it changes rows the application otherwise never
 * changes (an event, once written, is not updated), and the room's live state
 * is rebuilt from the log afterwards.
 */
@ApplicationScoped
public class JpaRecordKeeping implements RecordKeeping {

    @PersistenceContext(unitName = "attune")
    EntityManager em;

    @Override
    public Optional<Instant> lastActivity(String roomId) {
        return em.createQuery(
                        "select e.occurredAt from RoomEvent e where e.roomId = :room and e.seq ="
                                + " (select max(l.seq) from RoomEvent l where l.roomId = :room)",
                        Instant.class)
                .setParameter("room", roomId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Instant> lastActivityOf(String roomId, String userId) {
        return Optional.ofNullable(em.createQuery(
                        "select max(e.occurredAt) from RoomEvent e where e.roomId = :room"
                                + " and (e.actorId = :user or e.targetId = :user) and e.kind <> :leaving",
                        Instant.class)
                .setParameter("room", roomId)
                .setParameter("user", userId)
                .setParameter("leaving", EventKind.MEMBER_REMOVED)
                .getSingleResult());
    }

    @Override
    public boolean isClinical(String roomId) {
        return !em.createQuery("select e.seq from RoomEvent e where e.roomId = :room and e.kind in :kinds", Long.class)
                .setParameter("room", roomId)
                .setParameter("kinds", Records.clinicalKinds())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<String> roomsQuietSince(Instant cutoff) {
        return em.createQuery(
                        "select r.id from Room r where not exists (select e.seq from RoomEvent e"
                                + " where e.roomId = r.id and e.occurredAt >= :cutoff)",
                        String.class)
                .setParameter("cutoff", cutoff)
                .getResultList();
    }

    @Override
    public void pseudonymise(String roomId, String userId, String pseudonym) {
        String words = Records.wordKinds().stream()
                .map(kind -> "'" + kind.name() + "'")
                .sorted()
                .collect(Collectors.joining(", "));
        update(
                "update room_event set text = null where room_id = ?1 and (actor_id = ?2 or target_id = ?2)"
                        + " and kind in (" + words + ")",
                roomId,
                userId);
        update(
                "update room_event set actor_id = ?3, actor_name = ?4 where room_id = ?1 and actor_id = ?2",
                roomId,
                userId,
                pseudonym,
                Records.FORMER_MEMBER);
        update(
                "update room_event set target_id = ?3, target_name = ?4 where room_id = ?1 and target_id = ?2",
                roomId,
                userId,
                pseudonym,
                Records.FORMER_MEMBER);
        renameInOrders(roomId, userId, pseudonym);
        update(
                "update room_member set user_id = ?3, display_name = ?4, status = 'REMOVED'"
                        + " where room_id = ?1 and user_id = ?2",
                roomId,
                userId,
                pseudonym,
                Records.FORMER_MEMBER);
        update(
                "update invitation set accepted_by = ?3 where room_id = ?1 and accepted_by = ?2",
                roomId,
                userId,
                pseudonym);
        update(
                "update invitation set created_by = ?3 where room_id = ?1 and created_by = ?2",
                roomId,
                userId,
                pseudonym);
    }

    /** The orders of speakers (round and repair) list members by account: the person's becomes the pseudonym. */
    private void renameInOrders(String roomId, String userId, String pseudonym) {
        @SuppressWarnings("unchecked")
        List<Object[]> orders = em.createNativeQuery(
                        "select seq, text from room_event where room_id = ?1 and kind = ?2 and text is not null")
                .setParameter(1, roomId)
                .setParameter(2, EventKind.ORDER_SET.name())
                .getResultList();
        for (Object[] order : orders) {
            List<String> ids = Arrays.asList(((String) order[1]).split(" "));
            if (ids.contains(userId)) {
                String renamed = ids.stream()
                        .map(id -> id.equals(userId) ? pseudonym : id)
                        .collect(Collectors.joining(" "));
                update(
                        "update room_event set text = ?3 where room_id = ?1 and seq = ?2",
                        roomId,
                        ((Number) order[0]).longValue(),
                        renamed);
            }
        }
    }

    private void update(String sql, Object... values) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        query.executeUpdate();
    }

    @Override
    public void addRequest(ErasureRequest request) {
        em.persist(request);
    }

    @Override
    public List<ErasureRequest> openRequests() {
        return em.createQuery(
                        "select r from ErasureRequest r where r.completedAt is null order by r.requestedAt, r.id",
                        ErasureRequest.class)
                .getResultList();
    }

    @Override
    public List<ErasureRequest> openRequestsIn(String roomId) {
        return em.createQuery(
                        "select r from ErasureRequest r where r.completedAt is null and exists (select m.id from"
                                + " Member m where m.roomId = :room and m.userId = r.userId) order by r.requestedAt",
                        ErasureRequest.class)
                .setParameter("room", roomId)
                .getResultList();
    }
}
