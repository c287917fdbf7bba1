package org.attune.domain.member;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;

/**
 * The members of one live room, in the order they joined, and who of them has
 * a socket open. Lookups that name someone to act on refuse with the room's
 * wording when that person is not there.
 */
public final class Roster {

    private final Map<String, MemberView> members = new LinkedHashMap<>();
    private final Set<String> online = new HashSet<>();
    private boolean presenceKnown;

    public void put(MemberView member) {
        members.put(member.id(), member);
    }

    public Optional<MemberView> get(String id) {
        return Optional.ofNullable(id == null ? null : members.get(id));
    }

    /** Changes a member's view, if they are known. */
    public void update(String id, UnaryOperator<MemberView> change) {
        if (id != null) {
            members.computeIfPresent(id, (k, m) -> change.apply(m));
        }
    }

    /** The person acting: a member who is in the room ({@link RoomAccess#inRoom}). */
    public MemberView actor(String id) {
        return RoomAccess.inRoom(get(id));
    }

    /** Someone a command names: a member, in the room or in its lobby. */
    public MemberView named(String id) {
        return get(id).filter(m -> m.status() != MemberStatus.REMOVED)
                .orElseThrow(() -> new RefusedException(Refusal.NOT_FOUND, "refusal.member.not-found"));
    }

    /**
     * Someone a command names who must be in the room, e.g. to be muted; {@code why} is the key of the
     * sentence that says so, as in "Only members in the room can be muted.".
     */
    public MemberView namedInRoom(String id, String why) {
        MemberView m = named(id);
        if (m.status() != MemberStatus.ACTIVE) {
            throw new RefusedException(Refusal.INVALID_STATE, why);
        }
        return m;
    }

    /** The member's role while they are in the room. */
    public Optional<RoomRole> activeRole(String id) {
        return get(id).filter(m -> m.status() == MemberStatus.ACTIVE).map(MemberView::role);
    }

    /** The participants in the room, in the order they joined. */
    public List<String> activeParticipants() {
        return members.values().stream()
                .filter(m -> m.status() == MemberStatus.ACTIVE && m.role() == RoomRole.PARTICIPANT)
                .map(MemberView::id)
                .toList();
    }

    /** Members who are in the room or waiting to be let in, in the order they joined. */
    public List<MemberView> list() {
        return members.values().stream()
                .filter(m -> m.status() != MemberStatus.REMOVED)
                .toList();
    }

    /** Mutes still standing, to be ended by themselves when their time comes. */
    public Map<String, Instant> standingMutes() {
        Map<String, Instant> mutes = new LinkedHashMap<>();
        members.values().stream()
                .filter(m -> m.mutedUntil() != null && m.status() != MemberStatus.REMOVED)
                .forEach(m -> mutes.put(m.id(), m.mutedUntil()));
        return mutes;
    }

    /** Whether a member has a socket open. */
    public void presence(String id, boolean isOnline) {
        presenceKnown = true;
        if (isOnline) {
            online.add(id);
        } else {
            online.remove(id);
        }
    }

    public boolean isOnline(String id) {
        return online.contains(id);
    }

    /** Whether any socket has ever opened or closed since the room was loaded. */
    public boolean presenceKnown() {
        return presenceKnown;
    }
}
