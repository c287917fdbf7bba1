package org.attune.domain.room;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.attune.domain.member.MemberStatus;
import org.attune.domain.member.RoomRole;
import org.attune.domain.member.Standing;

/** A Keycloak user's membership of one room, with their role in it. */
@Entity
@Table(name = "room_member")
public class Member implements Standing {

    /** The longest name a room shows for a member, as its record keeps it. */
    public static final int MAX_NAME_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "room_id", nullable = false, length = 36)
    private String roomId;

    @Column(name = "user_id", nullable = false, length = 64)
    private String userId;

    @Column(name = "display_name", nullable = false, length = MAX_NAME_LENGTH)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private RoomRole role;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private MemberStatus status;

    protected Member() {}

    public Member(
            String roomId, String userId, String displayName, RoomRole role, MemberStatus status, Instant joinedAt) {
        this.roomId = Objects.requireNonNull(roomId, "roomId");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.role = Objects.requireNonNull(role, "role");
        this.status = Objects.requireNonNull(status, "status");
        this.joinedAt = Objects.requireNonNull(joinedAt, "joinedAt");
    }

    /** A removed member invited again comes back with the new role. */
    public void rejoin(String displayName, RoomRole role, MemberStatus status, Instant now) {
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.role = Objects.requireNonNull(role, "role");
        this.status = Objects.requireNonNull(status, "status");
        this.joinedAt = Objects.requireNonNull(now, "now");
    }

    public void changeStatus(MemberStatus status) {
        this.status = Objects.requireNonNull(status, "status");
    }

    public MemberStatus status() {
        return status;
    }

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }

    public String roomId() {
        return roomId;
    }

    public String userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    public RoomRole role() {
        return role;
    }

    public Instant joinedAt() {
        return joinedAt;
    }
}
