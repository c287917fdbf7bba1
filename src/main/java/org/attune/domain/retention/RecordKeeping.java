package org.attune.domain.retention;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the retention rules read from the rooms' records, and the erasure they carry out. */
public interface RecordKeeping {

    /** When the last event of the room happened; empty for a room without events. */
    Optional<Instant> lastActivity(String roomId);

    /** When the last event the person did, or that was about them, happened in the room; leaving it does not count. */
    Optional<Instant> lastActivityOf(String roomId, String userId);

    /** Whether the room holds a clinical record (one of {@link Records#clinicalKinds} happened in it). */
    boolean isClinical(String roomId);

    /** Rooms whose last event happened before the cutoff (or that have none). */
    List<String> roomsQuietSince(Instant cutoff);

    /**
     * Erases the person from the room's record: their account becomes the
     * pseudonym, their name {@link Records#FORMER_MEMBER}, and the words of the
     * events they wrote or that are about them ({@link Records#wordKinds}) go.
     */
    void pseudonymise(String roomId, String userId, String pseudonym);

    void addRequest(ErasureRequest request);

    /** Erasure requests not complete yet, oldest first. */
    List<ErasureRequest> openRequests();

    /** The person's erasure requests not complete yet. */
    List<ErasureRequest> openRequestsOf(String userId);

    /** The open erasure requests of people who still have a part in the room. */
    List<ErasureRequest> openRequestsIn(String roomId);
}
