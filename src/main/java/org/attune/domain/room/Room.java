package org.attune.domain.room;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A lasting space for one couple or family and their therapist(s).
 *
 * <p>The room owns the per-room event sequence: every change in the room is an
 * event whose {@code seq} is taken from {@link #takeNextSeq()}, inside the same
 * transaction that stores the event, while the room row is locked. Sequence
 * numbers therefore start at 1, never repeat and never go back, and the
 * transcript of a room is totally ordered.
 */
@Entity
@Table(name = "room")
public class Room {

    public static final int MAX_NAME_LENGTH = 120;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "name", nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private RoomKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode", nullable = false, length = 16)
    private RoomMode mode;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    protected Room() {}

    private Room(String id, String name, RoomKind kind, RoomMode mode, String createdBy, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.mode = mode;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.lastSeq = 0;
    }

    /** Opens a new room; the therapist who opens it becomes its first member (see {@link Member}). */
    public static Room open(String name, RoomKind kind, RoomMode mode, String therapistId, Instant now) {
        String trimmed = Objects.requireNonNull(name, "name").strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A room name has 1 to " + MAX_NAME_LENGTH + " characters");
        }
        return new Room(
                UUID.randomUUID().toString(),
                trimmed,
                Objects.requireNonNull(kind, "kind"),
                Objects.requireNonNull(mode, "mode"),
                Objects.requireNonNull(therapistId, "therapistId"),
                Objects.requireNonNull(now, "now"));
    }

    /** Reserves the next sequence number for an event of this room. */
    public long takeNextSeq() {
        lastSeq += 1;
        return lastSeq;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public RoomKind kind() {
        return kind;
    }

    public RoomMode mode() {
        return mode;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long lastSeq() {
        return lastSeq;
    }
}
