package org.attune.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.application.RoomClaims;

/**
 * The rooms' writers in the database: {@code room_writer} for the engines
 * that run, {@code room.writer} and {@code room.writer_epoch} for who holds
 * each room. A claim is an update of the room's row, so it waits for a commit
 * that holds the row's lock, and what the claimer reads afterwards includes
 * that commit's events.
 */
@ApplicationScoped
public class JpaRoomClaims implements RoomClaims {

    @PersistenceContext(unitName = "attune")
    EntityManager em;

    @Override
    public void here(String writer, String node, Instant now) {
        int seen = em.createNativeQuery("update room_writer set seen_at = ?2 where id = ?1")
                .setParameter(1, writer)
                .setParameter(2, at(now))
                .executeUpdate();
        if (seen == 0) {
            em.createNativeQuery("insert into room_writer (id, node, started_at, seen_at) values (?1, ?2, ?3, ?3)")
                    .setParameter(1, writer)
                    .setParameter(2, node)
                    .setParameter(3, at(now))
                    .executeUpdate();
        }
    }

    @Override
    public void leave(String writer) {
        em.createNativeQuery("update room set writer = null where writer = ?1")
                .setParameter(1, writer)
                .executeUpdate();
        em.createNativeQuery("delete from room_writer where id = ?1")
                .setParameter(1, writer)
                .executeUpdate();
    }

    @Override
    public boolean free(String roomId, String writer, Instant now) {
        List<?> holders = em.createNativeQuery("select r.writer from room r where r.id = ?1 and r.writer is not null")
                .setParameter(1, roomId)
                .getResultList();
        if (holders.isEmpty()) {
            return true;
        }
        String holder = (String) holders.get(0);
        return holder.equals(writer)
                || RoomClaims.sameServer(holder, writer)
                || !orphans(Set.of(roomId), now).isEmpty();
    }

    @Override
    public Set<String> orphans(Collection<String> roomIds, Instant now) {
        if (roomIds.isEmpty()) {
            return Set.of();
        }
        Set<String> orphans = new HashSet<>();
        for (Object id : em.createNativeQuery("select r.id from room r left join room_writer w on w.id = r.writer"
                        + " where r.id in (?1) and (w.id is null or w.seen_at < ?2)")
                .setParameter(1, roomIds)
                .setParameter(2, at(now.minus(GONE_AFTER)))
                .getResultList()) {
            orphans.add((String) id);
        }
        return orphans;
    }

    @Override
    public long claim(String roomId, String writer) {
        em.createNativeQuery("update room set writer = ?2, writer_epoch = writer_epoch + 1 where id = ?1")
                .setParameter(1, roomId)
                .setParameter(2, writer)
                .executeUpdate();
        return ((Number) em.createNativeQuery("select writer_epoch from room where id = ?1")
                        .setParameter(1, roomId)
                        .getSingleResult())
                .longValue();
    }

    @Override
    public Set<String> lost(Map<String, Long> epochs) {
        if (epochs.isEmpty()) {
            return Set.of();
        }
        Map<String, Long> now = new HashMap<>();
        List<?> rows = em.createNativeQuery("select id, writer_epoch from room where id in (?1) order by id for update")
                .setParameter(1, epochs.keySet())
                .getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            now.put((String) r[0], ((Number) r[1]).longValue());
        }
        Set<String> lost = new HashSet<>();
        epochs.forEach((room, epoch) -> {
            Long current = now.get(room);
            // A room deleted meanwhile is not lost: its sockets were closed with it.
            if (current != null && !current.equals(epoch)) {
                lost.add(room);
            }
        });
        return lost;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
