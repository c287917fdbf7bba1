package org.attune.domain.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A person asked for their data to be erased. It stays open while any room
 * still holds their part under a retention hold, and is complete once none does.
 */
@Entity
@Table(name = "erasure_request")
public class ErasureRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false, length = 64)
    private String userId;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected ErasureRequest() {}

    public ErasureRequest(String userId, Instant requestedAt) {
        this.userId = userId;
        this.requestedAt = requestedAt;
    }

    public long id() {
        return id;
    }

    public String userId() {
        return userId;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    /** Nothing of the person is held any more. */
    public void complete(Instant at) {
        if (completedAt == null) {
            completedAt = at;
        }
    }
}
