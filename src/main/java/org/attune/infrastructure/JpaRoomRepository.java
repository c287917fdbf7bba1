package org.attune.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
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

    @Override
    public void deleteWithHistory(String roomId) {
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
}
