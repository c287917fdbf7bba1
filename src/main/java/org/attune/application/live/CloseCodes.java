package org.attune.application.live;

/** The WebSocket close codes of the live protocol. */
public final class CloseCodes {

    public static final int NORMAL = 1000;
    public static final int GOING_AWAY = 1001;
    public static final int INVALID_DATA = 1007;
    public static final int POLICY = 1008;
    public static final int TOO_BIG = 1009;
    /** Something failed on the server's side while handling the socket. */
    public static final int SERVER_ERROR = 1011;
    /** The client fell too far behind reading what was sent to it: it reconnects and resumes. */
    public static final int TOO_SLOW = 4000;
    /** The sign-in behind the socket expired: the client checks its sign-in, then reconnects or asks the person to sign in again. */
    public static final int SIGN_IN_EXPIRED = 4001;

    private CloseCodes() {}
}
