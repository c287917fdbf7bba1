package org.attune.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.attune.domain.transcript.EventLog;
import org.attune.domain.transcript.RoomEvent;

@ApplicationScoped
public class JpaEventLog implements EventLog {

    @PersistenceContext(unitName = "attune")
    EntityManager em;

    @Override
    public void append(RoomEvent event) {
        em.persist(event);
    }

    @Override
    public List<RoomEvent> after(String roomId, long afterSeq, int limit) {
        return em.createQuery(
                        "select e from RoomEvent e where e.roomId = :room and e.seq > :after order by e.seq",
                        RoomEvent.class)
                .setParameter("room", roomId)
                .setParameter("after", afterSeq)
                .setMaxResults(limit)
                .getResultList();
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
        return em.createQuery(
                        "select e from RoomEvent e where e.actorId = :actor order by e.occurredAt, e.seq",
                        RoomEvent.class)
                .setParameter("actor", actorId)
                .getResultList();
    }

    @Override
    public List<RoomEvent> about(String targetId) {
        return em.createQuery(
                        "select e from RoomEvent e where e.targetId = :target order by e.occurredAt, e.seq",
                        RoomEvent.class)
                .setParameter("target", targetId)
                .getResultList();
    }

    @Override
    public List<RoomEvent> history(String roomId) {
        return em.createQuery("select e from RoomEvent e where e.roomId = :room order by e.seq", RoomEvent.class)
                .setParameter("room", roomId)
                .getResultList();
    }
}
