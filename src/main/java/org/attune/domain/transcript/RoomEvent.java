package org.attune.domain.transcript;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.attune.domain.member.RoomRole;

/**
 * One entry of a room's event log: the transcript and the source of truth for
 * the room. Events are immutable once written; {@code seq} is unique and strictly
 * increasing within a room. {@code commandId} is the client's id of the command
 * that caused the event, which makes the command idempotent per actor. The
 * {@link Audience} says who may ever see the event. What the event says beyond
 * actor, target and time is its {@link #payload()}, of the type its kind has;
 * {@link EventCodec} stores it in the generic columns below.
 */
@Entity
@Table(name = "room_event")
@IdClass(RoomEvent.Key.class)
public class RoomEvent {

    public static final int MAX_TEXT_LENGTH = 2000;
    public static final int MAX_DETAIL_LENGTH = 64;
    /** Room for the words sealed: 2,000 characters of UTF-8, the detail, the amount, a nonce and a tag. */
    public static final int MAX_SEALED_LENGTH = 8192;
    /** The actor of events the server records by itself, e.g. a mute running out. */
    public static final String SYSTEM_ACTOR = "attune";

    /** The primary key: room and sequence number. */
    public record Key(String roomId, long seq) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "room_id", length = 36)
    private String roomId;

    @Id
    @Column(name = "seq")
    private long seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private EventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience", nullable = false, length = 32)
    private Audience audience;

    @Column(name = "actor_id", nullable = false, length = 64)
    private String actorId;

    @Column(name = "actor_name", nullable = false, length = 120)
    private String actorName;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "text", length = MAX_TEXT_LENGTH)
    private String text;

    @Column(name = "target_id", length = 64)
    private String targetId;

    @Column(name = "target_name", length = 120)
    private String targetName;

    @Column(name = "until_at")
    private Instant until;

    @Column(name = "amount")
    private Long amount;

    @Column(name = "command_id", length = 64)
    private String commandId;

    @Column(name = "detail", length = MAX_DETAIL_LENGTH)
    private String detail;

    /** The words (text, detail and amount) when the log stores them sealed; see {@link #sealWords}. */
    @Column(name = "sealed", length = MAX_SEALED_LENGTH, updatable = false)
    private byte[] sealed;

    @Transient
    private EventPayload payload;

    protected RoomEvent() {}

    private RoomEvent(Builder b) {
        if (b.seq < 1) {
            throw new IllegalArgumentException("seq starts at 1");
        }
        EventPayload given = b.payload == null ? EventPayload.None.INSTANCE : b.payload;
        if (!EventCodec.typeOf(b.kind).isInstance(given)) {
            throw new IllegalArgumentException("a " + b.kind + " event carries "
                    + EventCodec.typeOf(b.kind).getSimpleName() + ", not "
                    + given.getClass().getSimpleName());
        }
        EventCodec.Columns columns = EventCodec.encode(given);
        if (columns.text() != null && columns.text().length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("text is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        this.roomId = Objects.requireNonNull(b.roomId, "roomId");
        this.seq = b.seq;
        this.kind = Objects.requireNonNull(b.kind, "kind");
        this.audience = Objects.requireNonNull(b.audience, "audience");
        this.actorId = Objects.requireNonNull(b.actorId, "actorId");
        this.actorName = Objects.requireNonNull(b.actorName, "actorName");
        this.occurredAt = Objects.requireNonNull(b.at, "at");
        this.text = columns.text();
        this.targetId = b.targetId;
        this.targetName = b.targetName;
        this.until = columns.until();
        this.amount = columns.amount();
        this.commandId = b.commandId;
        if (columns.detail() != null && columns.detail().length() > MAX_DETAIL_LENGTH) {
            throw new IllegalArgumentException("detail is longer than " + MAX_DETAIL_LENGTH + " characters");
        }
        this.detail = columns.detail();
        this.payload = given;
    }

    public static Builder builder(String roomId, long seq, EventKind kind, Instant at) {
        return new Builder(roomId, seq, kind, at);
    }

    /** Whether a member with this id and role may see the event. */
    public boolean visibleTo(String viewerId, RoomRole viewerRole) {
        return audience.includes(viewerId, viewerRole, targetId);
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

    public Audience audience() {
        return audience;
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

    public Optional<String> targetId() {
        return Optional.ofNullable(targetId);
    }

    public Optional<String> targetName() {
        return Optional.ofNullable(targetName);
    }

    public Optional<String> commandId() {
        return Optional.ofNullable(commandId);
    }

    /** What the event says, of the type its kind carries ({@link EventCodec#typeOf}). */
    public EventPayload payload() {
        if (payload == null) {
            payload = EventCodec.decode(kind, new EventCodec.Columns(text, detail, amount, until), occurredAt);
        }
        return payload;
    }

    /**
     * A copy of this event that says something else, of its kind's type: what
     * a reader is given when part of the payload is not theirs (an export
     * withholds a therapist's note). Never to be stored.
     */
    public RoomEvent withPayload(EventPayload replacement) {
        return builder(roomId, seq, kind, occurredAt)
                .audience(audience)
                .actor(actorId, actorName)
                .target(targetId, targetName)
                .commandId(commandId)
                .payload(replacement)
                .build();
    }

    /**
     * What of the event is personal: its text, detail and amount, which an
     * event log may keep sealed rather than in the clear. Nothing outside the
     * log's storage reads them this way: the rest reads {@link #payload()}.
     */
    public record Words(String text, String detail, Long amount) {}

    /** The words as they stand in their columns, unless sealed; for the log's storage. */
    public Words words() {
        return new Words(text, detail, amount);
    }

    /** Whether the event has words to seal. */
    public boolean hasWords() {
        return text != null || detail != null || amount != null;
    }

    /**
     * For the log's storage, before the event is first stored: keeps the
     * words only in their sealed form. The event in memory still says what it
     * says.
     */
    public void sealWords(byte[] sealedWords) {
        payload();
        this.sealed = sealedWords.clone();
        this.text = null;
        this.detail = null;
        this.amount = null;
    }

    /** The sealed words of an event read from the log, if it was stored sealed. */
    public Optional<byte[]> sealedWords() {
        return Optional.ofNullable(sealed).map(byte[]::clone);
    }

    /** For the log's storage: the words of a sealed event, opened; the stored form is left as it is. */
    public void openWords(Words words) {
        payload = EventCodec.decode(
                kind, new EventCodec.Columns(words.text(), words.detail(), words.amount(), until), occurredAt);
    }

    /** The payload as the type its kind carries. */
    public <P extends EventPayload> P payload(Class<P> type) {
        return type.cast(payload());
    }

    /** Builds an event; everything but room, seq, kind and time is optional. */
    public static final class Builder {
        private final String roomId;
        private final long seq;
        private final EventKind kind;
        private final Instant at;
        private Audience audience = Audience.EVERYONE;
        private String actorId;
        private String actorName;
        private EventPayload payload;
        private String targetId;
        private String targetName;
        private String commandId;

        private Builder(String roomId, long seq, EventKind kind, Instant at) {
            this.roomId = roomId;
            this.seq = seq;
            this.kind = kind;
            this.at = at;
        }

        public Builder actor(String id, String name) {
            this.actorId = id;
            this.actorName = name;
            return this;
        }

        public Builder audience(Audience audience) {
            this.audience = audience;
            return this;
        }

        public Builder payload(EventPayload payload) {
            this.payload = payload;
            return this;
        }

        public Builder target(String id, String name) {
            this.targetId = id;
            this.targetName = name;
            return this;
        }

        public Builder commandId(String commandId) {
            this.commandId = commandId;
            return this;
        }

        public RoomEvent build() {
            return new RoomEvent(this);
        }
    }
}
