package org.attune.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.attune.domain.room.Invitation;
import org.attune.domain.room.InvitationRepository;

@ApplicationScoped
public class JpaInvitationRepository implements InvitationRepository {

    @PersistenceContext(unitName = "attune")
    EntityManager em;

    @Override
    public void add(Invitation invitation) {
        em.persist(invitation);
    }

    @Override
    public List<Invitation> openInvitations(String roomId, Instant now) {
        return em.createQuery(
                        "select i from Invitation i where i.roomId = :room and i.acceptedBy is null and i.revokedAt is null"
                                + " and i.expiresAt > :now order by i.createdAt",
                        Invitation.class)
                .setParameter("room", roomId)
                .setParameter("now", now)
                .getResultList();
    }

    @Override
    public void deleteAllOf(String roomId) {
        em.createQuery("delete from Invitation i where i.roomId = :room")
                .setParameter("room", roomId)
                .executeUpdate();
    }

    @Override
    public Optional<Invitation> findForUpdate(String code) {
        return Optional.ofNullable(em.find(Invitation.class, code, LockModeType.PESSIMISTIC_WRITE));
    }
}
