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
import org.attune.domain.regulation.Exercise;
import org.attune.domain.regulation.RegulationSettings;

/**
 * A lasting space for one couple or family and their therapist(s).
 *
 * <p>What happens in a room is its event log; the live state of a room is
 * {@link RoomState}, rebuilt from this row, its members and its events.
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

    @Column(name = "requires_admission", nullable = false)
    private boolean requiresAdmission;

    @Column(name = "pause_minutes", nullable = false)
    private int pauseMinutes = RegulationSettings.DEFAULTS.pauseMinutes();

    @Column(name = "pause_exercise", nullable = false, length = 32)
    private String pauseExercise = RegulationSettings.DEFAULTS.pauseExercise().wireName();

    @Column(name = "escalation_threshold", nullable = false)
    private int escalationThreshold = RegulationSettings.DEFAULTS.escalationThreshold();

    @Column(name = "crisis_region", length = 8)
    private String crisisRegion;

    protected Room() {}

    private Room(String id, String name, RoomKind kind, RoomMode mode, String createdBy, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.mode = mode;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Opens a new room; the therapist who opens it becomes its first member (see {@link Member}). */
    public static Room open(String name, RoomKind kind, RoomMode mode, String therapistId, Instant now) {
        return new Room(
                UUID.randomUUID().toString(),
                checkedName(name),
                Objects.requireNonNull(kind, "kind"),
                Objects.requireNonNull(mode, "mode"),
                Objects.requireNonNull(therapistId, "therapistId"),
                Objects.requireNonNull(now, "now"));
    }

    public void rename(String newName) {
        this.name = checkedName(newName);
    }

    /** Whether people who accept an invitation wait in a lobby until a therapist admits them. */
    public void requireAdmission(boolean required) {
        this.requiresAdmission = required;
    }

    /** How the room pauses, when it raises an escalation, and which crisis resources it shows. */
    public RegulationSettings regulation() {
        return new RegulationSettings(
                pauseMinutes,
                Exercise.fromWireName(pauseExercise).orElse(RegulationSettings.DEFAULTS.pauseExercise()),
                escalationThreshold,
                crisisRegion);
    }

    public void changeRegulation(RegulationSettings settings) {
        this.pauseMinutes = settings.pauseMinutes();
        this.pauseExercise = settings.pauseExercise().wireName();
        this.escalationThreshold = settings.escalationThreshold();
        this.crisisRegion =
                settings.crisisRegion() == null ? null : settings.crisisRegion().toUpperCase(java.util.Locale.ROOT);
    }

    private static String checkedName(String name) {
        String trimmed = Objects.requireNonNull(name, "name").strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A room name has 1 to " + MAX_NAME_LENGTH + " characters");
        }
        return trimmed;
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

    public boolean requiresAdmission() {
        return requiresAdmission;
    }
}
