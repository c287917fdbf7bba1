package org.attune.security;

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
 * One row of the append-only audit log: who ({@code actorId}) did what, when,
 * in which room, and whose data it concerned ({@code subjectId}). No column is
 * updatable and nothing removes rows: the application can add rows, never change
 * or delete them (on PostgreSQL a trigger refuses it too).
 */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor_id", nullable = false, updatable = false, length = 64)
    private String actorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false, length = 48)
    private AuditAction action;

    @Column(name = "room_id", updatable = false, length = 36)
    private String roomId;

    @Column(name = "subject_id", updatable = false, length = 64)
    private String subjectId;

    @Column(name = "detail", updatable = false, length = 500)
    private String detail;

    protected AuditEntry() {}

    public AuditEntry(Instant at, String actorId, AuditAction action, String roomId, String subjectId, String detail) {
        this.at = Objects.requireNonNull(at, "at");
        this.actorId = Objects.requireNonNull(actorId, "actorId");
        this.action = Objects.requireNonNull(action, "action");
        this.roomId = roomId;
        this.subjectId = subjectId;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String actorId() {
        return actorId;
    }

    public AuditAction action() {
        return action;
    }

    public Optional<String> roomId() {
        return Optional.ofNullable(roomId);
    }

    public Optional<String> subjectId() {
        return Optional.ofNullable(subjectId);
    }

    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }
}
