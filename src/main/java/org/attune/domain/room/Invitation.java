package org.attune.domain.room;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.attune.domain.member.RoomAccess;
import org.attune.domain.member.RoomRole;

/**
 * A single-use, expiring code with which a therapist invites someone into a
 * room with a chosen role. Whoever redeems it while it is valid becomes a
 * member; afterwards it is spent. An invitation to a therapist's seat is
 * redeemed only by one of the practice's therapists (see
 * {@link RoomAccess#requireMayTake}); anyone else is refused and it stays unused.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(7);
    public static final Duration MAX_VALIDITY = Duration.ofDays(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Why an invitation can no longer be redeemed. */
    public enum Unusable {
        EXPIRED,
        ALREADY_USED,
        REVOKED
    }

    @Id
    @Column(name = "code", length = 32)
    private String code;

    @Column(name = "room_id", nullable = false, length = 36)
    private String roomId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private RoomRole role;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_by", length = 64)
    private String acceptedBy;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Invitation() {}

    private Invitation(
            String code, String roomId, RoomRole role, String createdBy, Instant createdAt, Instant expiresAt) {
        this.code = code;
        this.roomId = roomId;
        this.role = role;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public static Invitation issue(String roomId, RoomRole role, String therapistId, Instant now, Duration validity) {
        Objects.requireNonNull(validity, "validity");
        if (validity.isNegative() || validity.isZero() || validity.compareTo(MAX_VALIDITY) > 0) {
            throw new IllegalArgumentException("An invitation is valid for up to " + MAX_VALIDITY.toDays() + " days");
        }
        return new Invitation(
                newCode(),
                Objects.requireNonNull(roomId, "roomId"),
                Objects.requireNonNull(role, "role"),
                Objects.requireNonNull(therapistId, "therapistId"),
                now,
                now.plus(validity));
    }

    /** 160 random bits, URL-safe: unguessable, and short enough to read out over the phone in a pinch. */
    private static String newCode() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Why this invitation cannot be accepted now, if it cannot. */
    public Optional<Unusable> unusableAt(Instant now) {
        if (acceptedBy != null) {
            return Optional.of(Unusable.ALREADY_USED);
        }
        if (revokedAt != null) {
            return Optional.of(Unusable.REVOKED);
        }
        if (!now.isBefore(expiresAt)) {
            return Optional.of(Unusable.EXPIRED);
        }
        return Optional.empty();
    }

    /**
     * Spends the invitation on the given user.
     *
     * @param practiceTherapist whether they hold the practice's therapist role
     */
    public void acceptBy(String userId, boolean practiceTherapist, Instant now) {
        unusableAt(now).ifPresent(reason -> {
            throw new IllegalStateException("Invitation cannot be accepted: " + reason);
        });
        RoomAccess.requireMayTake(role, practiceTherapist);
        this.acceptedBy = Objects.requireNonNull(userId, "userId");
        this.acceptedAt = now;
    }

    /** Withdraws an invitation nobody has used yet; a used one stays as it is. */
    public void revoke(Instant now) {
        if (acceptedBy == null && revokedAt == null) {
            revokedAt = now;
        }
    }

    public String code() {
        return code;
    }

    public String roomId() {
        return roomId;
    }

    public RoomRole role() {
        return role;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Optional<String> acceptedBy() {
        return Optional.ofNullable(acceptedBy);
    }
}
