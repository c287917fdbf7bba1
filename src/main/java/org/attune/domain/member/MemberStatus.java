package org.attune.domain.member;

/** Where a member stands in a room. */
public enum MemberStatus {
    /** In the room. */
    ACTIVE,
    /** Accepted an invitation; waits in the lobby until a therapist admits them. */
    WAITING,
    /** Removed by a therapist; no longer a member. */
    REMOVED
}
