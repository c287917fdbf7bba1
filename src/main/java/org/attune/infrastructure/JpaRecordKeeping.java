package org.attune.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.attune.domain.retention.ErasureRequest;
import org.attune.domain.retention.RecordKeeping;
import org.attune.domain.retention.Records;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.RoomEvent;

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

    @Inject
    RoomKeys keys;

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
        rewriteWords(roomId, userId, pseudonym);
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

    /**
     * The words of the person's events, and of those about them, go; the
     * lists of members by account (the orders of speakers, a practice
     * sitting's messages by member) name the pseudonym instead. Sealed words
     * are opened and sealed again.
     */
    private void rewriteWords(String roomId, String userId, String pseudonym) {
        List<RoomEvent> events = em.createQuery(
                        "select e from RoomEvent e where e.roomId = :room and (e.kind in :lists or"
                                + " ((e.actorId = :user or e.targetId = :user) and e.kind in :words))",
                        RoomEvent.class)
                .setParameter("room", roomId)
                .setParameter("user", userId)
                .setParameter("lists", Records.memberListKinds())
                .setParameter("words", Records.wordKinds())
                .getResultList();
        for (RoomEvent e : events) {
            em.detach(e);
            RoomEvent.Words words = e.sealedWords()
                    .map(stored -> AtRestCipher.open(keys.forOpening(roomId), roomId, e.seq(), stored))
                    .orElse(e.words());
            if (!Records.memberListKinds().contains(e.kind())) {
                store(roomId, e.seq(), new RoomEvent.Words(null, words.detail(), words.amount()));
            } else {
                String renamed = Records.renamed(words.text(), userId, pseudonym);
                if (renamed != null && !renamed.equals(words.text())) {
                    store(roomId, e.seq(), new RoomEvent.Words(renamed, words.detail(), words.amount()));
                }
            }
        }
    }

    /** Stores an event's words anew: sealed when the log seals, in the clear otherwise. */
    private void store(String roomId, long seq, RoomEvent.Words words) {
        boolean any = words.text() != null || words.detail() != null || words.amount() != null;
        byte[] seal = keys.seal() && any ? AtRestCipher.seal(keys.forSealing(roomId), roomId, seq, words) : null;
        em.createQuery("update RoomEvent e set e.text = :text, e.detail = :detail, e.amount = :amount,"
                        + " e.sealed = :sealed where e.roomId = :room and e.seq = :seq")
                .setParameter("text", seal == null ? words.text() : null)
                .setParameter("detail", seal == null ? words.detail() : null)
                .setParameter("amount", seal == null ? words.amount() : null)
                .setParameter("sealed", seal)
                .setParameter("room", roomId)
                .setParameter("seq", seq)
                .executeUpdate();
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
    public List<ErasureRequest> openRequestsOf(String userId) {
        return em.createQuery(
                        "select r from ErasureRequest r where r.completedAt is null and r.userId = :user",
                        ErasureRequest.class)
                .setParameter("user", userId)
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
