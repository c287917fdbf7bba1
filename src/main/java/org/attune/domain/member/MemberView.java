package org.attune.domain.member;

import java.time.Instant;

/** One member as the live room sees them now: who, in what role and standing, and muted until when (or null). */
public record MemberView(String id, String name, RoomRole role, MemberStatus status, Instant mutedUntil)
        implements Standing {

    public boolean mutedAt(Instant now) {
        return mutedUntil != null && now.isBefore(mutedUntil);
    }

    public MemberView withStatus(MemberStatus changed) {
        return new MemberView(id, name, role, changed, mutedUntil);
    }

    /** The same member muted until the given time, or no longer muted (null). */
    public MemberView withMute(Instant until) {
        return new MemberView(id, name, role, status, until);
    }
}
