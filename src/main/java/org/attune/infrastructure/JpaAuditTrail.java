package org.attune.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.attune.security.AuditAction;
import org.attune.security.AuditEntry;
import org.attune.security.AuditTrail;

@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

    @PersistenceContext(unitName = "attune")
    EntityManager em;

    @Override
    public void record(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> ofRoom(String roomId) {
        return em.createQuery("select a from AuditEntry a where a.roomId = :room order by a.at, a.id", AuditEntry.class)
                .setParameter("room", roomId)
                .getResultList();
    }

    @Override
    public List<AuditEntry> ofAction(AuditAction action, java.time.Instant since, int limit) {
        return em.createQuery(
                        "select a from AuditEntry a where a.action = :action and a.at >= :since order by a.at desc, a.id desc",
                        AuditEntry.class)
                .setParameter("action", action)
                .setParameter("since", since)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<AuditEntry> concerning(String userId) {
        return em.createQuery(
                        "select a from AuditEntry a where a.actorId = :user or a.subjectId = :user order by a.at, a.id",
                        AuditEntry.class)
                .setParameter("user", userId)
                .getResultList();
    }
}
