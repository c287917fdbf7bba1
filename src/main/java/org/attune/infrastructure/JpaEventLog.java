package org.attune.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventLog;
import org.attune.domain.transcript.RoomEvent;

/**
 * The event log in the database. With an operator's key, each event's words
 * (its text, detail and amount) are stored sealed with its room's data key
 * ({@link RoomKeys}, {@link AtRestCipher}), bound to the room and the seq, and
 * opened as events are read: nothing else in Attune sees them sealed. Events
 * stored in the clear (before sealing began, or by a development server
 * without a key) read as they always did.
 */
@ApplicationScoped
public class JpaEventLog implements EventLog {

    @PersistenceContext(unitName = "attune")
    EntityManager em;

    @Inject
    RoomKeys keys;

    @Override
    public void append(RoomEvent event) {
        if (keys.seal() && event.hasWords()) {
            event.sealWords(
                    AtRestCipher.seal(keys.forSealing(event.roomId()), event.roomId(), event.seq(), event.words()));
        }
        em.persist(event);
    }

    private List<RoomEvent> opened(List<RoomEvent> events) {
        for (RoomEvent e : events) {
            e.sealedWords()
                    .ifPresent(stored ->
                            e.openWords(AtRestCipher.open(keys.forOpening(e.roomId()), e.roomId(), e.seq(), stored)));
        }
        return events;
    }

    @Override
    public List<RoomEvent> after(String roomId, long afterSeq, int limit) {
        return opened(em.createQuery(
                        "select e from RoomEvent e where e.roomId = :room and e.seq > :after order by e.seq",
                        RoomEvent.class)
                .setParameter("room", roomId)
                .setParameter("after", afterSeq)
                .setMaxResults(limit)
                .getResultList());
    }

    @Override
    public Optional<Long> seqOfCommand(String roomId, String actorId, String commandId) {
        return em.createQuery(
                        "select e.seq from RoomEvent e where e.roomId = :room and e.actorId = :actor"
                                + " and e.commandId = :command",
                        Long.class)
                .setParameter("room", roomId)
                .setParameter("actor", actorId)
                .setParameter("command", commandId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<RoomEvent> byActor(String actorId) {
        return opened(em.createQuery(
                        "select e from RoomEvent e where e.actorId = :actor order by e.occurredAt, e.seq",
                        RoomEvent.class)
                .setParameter("actor", actorId)
                .getResultList());
    }

    @Override
    public List<RoomEvent> ofKinds(java.util.Collection<String> roomIds, java.util.Collection<EventKind> kinds) {
        if (roomIds.isEmpty() || kinds.isEmpty()) {
            return List.of();
        }
        return opened(em.createQuery(
                        "select e from RoomEvent e where e.roomId in :rooms and e.kind in :kinds"
                                + " order by e.occurredAt, e.seq",
                        RoomEvent.class)
                .setParameter("rooms", roomIds)
                .setParameter("kinds", kinds)
                .getResultList());
    }

    @Override
    public List<RoomEvent> about(String targetId) {
        return opened(em.createQuery(
                        "select e from RoomEvent e where e.targetId = :target order by e.occurredAt, e.seq",
                        RoomEvent.class)
                .setParameter("target", targetId)
                .getResultList());
    }

    @Override
    public List<RoomEvent> history(String roomId) {
        return opened(em.createQuery("select e from RoomEvent e where e.roomId = :room order by e.seq", RoomEvent.class)
                .setParameter("room", roomId)
                .getResultList());
    }
}
