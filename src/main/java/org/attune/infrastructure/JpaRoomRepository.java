package org.attune.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.attune.domain.room.Member;
import org.attune.domain.room.Room;
import org.attune.domain.room.RoomRepository;

@ApplicationScoped
public class JpaRoomRepository implements RoomRepository {

    @PersistenceContext(unitName = "attune")
    EntityManager em;

    @Inject
    RoomKeys keys;

    @Override
    public void add(Room room) {
        em.persist(room);
    }

    @Override
    public Optional<Room> find(String roomId) {
        return Optional.ofNullable(em.find(Room.class, roomId));
    }

    @Override
    public Optional<Room> findForUpdate(String roomId) {
        return Optional.ofNullable(em.find(Room.class, roomId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void addMember(Member member) {
        em.persist(member);
    }

    @Override
    public Optional<Member> findMember(String roomId, String userId) {
        return em.createQuery("select m from Member m where m.roomId = :room and m.userId = :user", Member.class)
                .setParameter("room", roomId)
                .setParameter("user", userId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Member> members(String roomId) {
        return em.createQuery("select m from Member m where m.roomId = :room order by m.joinedAt, m.id", Member.class)
                .setParameter("room", roomId)
                .getResultList();
    }

    /**
     * Destroys the room's data key first (crypto-shredding): once this commits,
     * the room's sealed words cannot be read from any copy of the event log
     * made afterwards, nor from a replica, a dump or a disk that still holds
     * the deleted rows, as long as that copy does not hold the key row as well.
     * It does not reach a backup taken before the deletion: such a backup holds
     * the wrapped key beside the events, and whoever has it and the operator's
     * key can read them; those backups age out by the practice's retention, or
     * must be erased themselves. Nor does it cover what is not sealed: names,
     * ids, times, the kind of each event and the audit log.
     */
    @Override
    public void deleteWithHistory(String roomId) {
        keys.destroy(roomId);
        em.createQuery("delete from RoomEvent e where e.roomId = :room")
                .setParameter("room", roomId)
                .executeUpdate();
        em.createQuery("delete from Member m where m.roomId = :room")
                .setParameter("room", roomId)
                .executeUpdate();
        em.createQuery("delete from Room r where r.id = :room")
                .setParameter("room", roomId)
                .executeUpdate();
    }

    @Override
    public List<Member> membershipsOf(String userId) {
        return em.createQuery("select m from Member m where m.userId = :user order by m.joinedAt", Member.class)
                .setParameter("user", userId)
                .getResultList();
    }

    @Override
    public List<Room> roomsOf(String userId) {
        return em.createQuery(
                        "select r from Room r where r.id in (select m.roomId from Member m where m.userId = :user"
                                + " and m.status <> org.attune.domain.member.MemberStatus.REMOVED)"
                                + " order by r.createdAt desc",
                        Room.class)
                .setParameter("user", userId)
                .getResultList();
    }

    @Override
    public boolean anyRoom() {
        return !em.createQuery("select r.id from Room r", String.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
