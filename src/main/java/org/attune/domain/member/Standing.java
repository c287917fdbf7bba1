package org.attune.domain.member;

/** A person's place in one room: their role, and whether they are in it, waiting, or removed. */
public interface Standing {

    RoomRole role();

    MemberStatus status();
}
