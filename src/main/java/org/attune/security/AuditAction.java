package org.attune.security;

/** What an audit row records. */
public enum AuditAction {
    TRANSCRIPT_READ,
    AUDIT_READ,
    DATA_EXPORTED,
    ROOM_OPENED,
    ROOM_CHANGED,
    ROOM_DELETED,
    INVITATION_CREATED,
    INVITATION_REVOKED,
    MEMBER_JOINED,
    MEMBER_WAITING,
    MEMBER_ADMITTED,
    MEMBER_REMOVED,
    MEMBER_MUTED,
    MEMBER_UNMUTED,
    SESSION_STARTED,
    SESSION_ENDED,
    /** A participant's words raised a safety alert; the detail says the room's mode and the concerns, never the words. */
    SAFETY_ALERT,
    /** Nobody acknowledged a safety alert: an on-call contact was told; the detail says which alert and level. */
    ALERT_ESCALATED,
    /** A mail to an on-call contact went through; the detail says which alert or check-in, which contact and try. */
    ONCALL_MAIL_SENT,
    /** A mail to an on-call contact could not be sent; the detail says which, which try, and when it is tried again. */
    ONCALL_MAIL_FAILED,
    /** A therapist gave a room practice between sessions; the detail says which kind and when it is due. */
    PRACTICE_ASSIGNED,
    /** A reminder of practice due went through to a participant who asked for it; the detail says which, never the address. */
    PRACTICE_MAIL_SENT,
    /** A reminder of practice due could not be sent; the detail says which, which try, and when it is tried again. */
    PRACTICE_MAIL_FAILED,
    /** A clinician acknowledged a safety alert; the detail says which, and how long it waited. */
    ALERT_ACKNOWLEDGED,
    /** A therapist opened the room for joint work after the safety screen. */
    ROOM_CLEARED,
    /** A therapist resolved a participant's safety flag; the detail says which answer, never the answers or the note. */
    FLAG_RESOLVED,
    /** A person asked for their data to be erased. */
    ERASURE_REQUESTED,
    /** A person's part of a room's record was erased (the subject): pseudonymised, their words removed. */
    MEMBER_ERASED,
    /** Nothing of a person who asked for erasure is held any more. */
    ERASURE_COMPLETED,
    /** A room's retention period ended: the room and its whole record were deleted. */
    ROOM_PURGED
}
