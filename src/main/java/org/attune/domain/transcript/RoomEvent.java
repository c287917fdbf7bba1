package org.attune.domain.transcript;

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
import java.util.Optional;

/**
 * One entry of a room's event log: the transcript and the source of truth for
 * the room. Events are immutable once written; {@code seq} is unique and strictly
 * increasing within a room. {@code commandId} is the client's id of the command
 * that caused the event, which makes the command idempotent per actor.
 */
@Entity
@Table(name = "room_event")
public class RoomEvent {

    public static final int MAX_TEXT_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "room_id", nullable = false, length = 36)
    private String roomId;

    @Column(name = "seq", nullable = false)
    private long seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private EventKind kind;

    @Column(name = "actor_id", nullable = false, length = 64)
    private String actorId;

    @Column(name = "actor_name", nullable = false, length = 120)
    private String actorName;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "text", length = MAX_TEXT_LENGTH)
    private String text;

    @Column(name = "command_id", length = 64)
    private String commandId;

    protected RoomEvent() {}

    public RoomEvent(
            String roomId,
            long seq,
            EventKind kind,
            String actorId,
            String actorName,
            Instant occurredAt,
            String text,
            String commandId) {
        if (seq < 1) {
            throw new IllegalArgumentException("seq starts at 1");
        }
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("text is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        this.roomId = Objects.requireNonNull(roomId, "roomId");
        this.seq = seq;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.actorId = Objects.requireNonNull(actorId, "actorId");
        this.actorName = Objects.requireNonNull(actorName, "actorName");
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.text = text;
        this.commandId = commandId;
    }

    public String roomId() {
        return roomId;
    }

    public long seq() {
        return seq;
    }

    public EventKind kind() {
        return kind;
    }

    public String actorId() {
        return actorId;
    }

    public String actorName() {
        return actorName;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    public Optional<String> commandId() {
        return Optional.ofNullable(commandId);
    }
}
