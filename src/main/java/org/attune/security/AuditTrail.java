package org.attune.security;

import java.util.List;

/** The append-only audit log. */
public interface AuditTrail {

    void record(AuditEntry entry);

    /** Rows about a room, oldest first. */
    List<AuditEntry> ofRoom(String roomId);

    /** Rows of one action since a moment, newest first, at most {@code limit}. */
    List<AuditEntry> ofAction(AuditAction action, java.time.Instant since, int limit);

    /** Rows where the person acted or was the subject, oldest first. */
    List<AuditEntry> concerning(String userId);
}
