package org.attune.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
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
    public Optional<Invitation> findForUpdate(String code) {
        return Optional.ofNullable(em.find(Invitation.class, code, LockModeType.PESSIMISTIC_WRITE));
    }
}
