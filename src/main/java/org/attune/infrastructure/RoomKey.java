package org.attune.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A room's data key as stored: only wrapped by the operator's key, whose id is
 * recorded beside it. Deleting the row destroys the room's words wherever a
 * copy of its sealed events lies, except in a copy that also holds this row.
 */
@Entity
@Table(name = "room_key")
public class RoomKey {

    @Id
    @Column(name = "room_id", length = 36)
    private String roomId;

    @Column(name = "key_id", nullable = false, length = 32)
    private String keyId;

    @Column(name = "wrapped_key", nullable = false, length = 256)
    private byte[] wrappedKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RoomKey() {}

    RoomKey(String roomId, String keyId, byte[] wrappedKey, Instant createdAt) {
        this.roomId = roomId;
        this.keyId = keyId;
        this.wrappedKey = wrappedKey.clone();
        this.createdAt = createdAt;
    }

    String roomId() {
        return roomId;
    }

    String keyId() {
        return keyId;
    }

    byte[] wrappedKey() {
        return wrappedKey.clone();
    }
}
