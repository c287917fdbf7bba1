package org.attune.domain;

/**
 * Why a request or command was refused. The code is what the live protocol's
 * {@code error} frames and the REST problem documents carry.
 */
public enum Refusal {
    /** Malformed, incomplete or contradictory input. */
    BAD_REQUEST("bad_request"),
    /** Longer than allowed. */
    TOO_LARGE("too_large"),
    /** The caller's role does not allow it. */
    FORBIDDEN("forbidden"),
    /** Nothing of that name exists for the caller. */
    NOT_FOUND("not_found"),
    /** It existed but can no longer be used, e.g. a spent invitation. */
    GONE("gone"),
    /** Not now: the room is not in a state where this makes sense. */
    INVALID_STATE("invalid_state"),
    /** Somebody else holds the floor. */
    NOT_YOUR_TURN("not_your_turn"),
    /** The room is paused. */
    PAUSED("paused"),
    /** The therapist has muted the caller for a while. */
    MUTED("muted"),
    /** No session is running in the room. */
    NO_SESSION("no_session"),
    /** Too many commands in a short time. */
    RATE_LIMITED("rate_limited"),
    /** The server has more waiting than it takes on; nothing changed, and trying again shortly works. */
    OVERLOADED("overloaded"),
    /**
     * The database cannot be reached just now (it is down, restarting, cut the
     * connection, or did not answer in time); nothing changed, and the same
     * command works again once it is back.
     */
    UNAVAILABLE("unavailable"),
    /** A failure on the server's side; nothing was changed. */
    INTERNAL("internal");

    private final String code;

    Refusal(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
