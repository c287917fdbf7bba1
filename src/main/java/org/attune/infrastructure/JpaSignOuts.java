package org.attune.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.attune.application.SignOuts;

/** Sign-outs in the database's {@code sign_out} table, one row a person, shared by every server. */
@ApplicationScoped
public class JpaSignOuts implements SignOuts {

    @PersistenceContext(unitName = "attune")
    EntityManager em;

    @Override
    public void record(String userId, Instant at) {
        int updated = em.createNativeQuery("update sign_out set at_ms = ?2 where user_id = ?1")
                .setParameter(1, userId)
                .setParameter(2, at.toEpochMilli())
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into sign_out (user_id, at_ms) values (?1, ?2)")
                    .setParameter(1, userId)
                    .setParameter(2, at.toEpochMilli())
                    .executeUpdate();
        }
    }

    @Override
    public Map<String, Instant> since(Instant since) {
        Map<String, Instant> out = new HashMap<>();
        for (Object row : em.createNativeQuery("select user_id, at_ms from sign_out where at_ms > ?1")
                .setParameter(1, since.toEpochMilli())
                .getResultList()) {
            Object[] r = (Object[]) row;
            out.put((String) r[0], Instant.ofEpochMilli(((Number) r[1]).longValue()));
        }
        return out;
    }

    @Override
    public void forgetBefore(Instant before) {
        em.createNativeQuery("delete from sign_out where at_ms < ?1")
                .setParameter(1, before.toEpochMilli())
                .executeUpdate();
    }
}
