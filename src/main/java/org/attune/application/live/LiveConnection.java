package org.attune.application.live;

import org.attune.domain.Language;
import org.attune.domain.Words;
import org.attune.security.Caller;

/** One open live socket of a member, as the room engine sees it. */
public interface LiveConnection {

    /** The person behind the socket. */
    Caller caller();

    /** The language the person reads; every refusal sent here is said in it. */
    default Language language() {
        return Language.ENGLISH;
    }

    /** Sends a text frame without waiting for it to be written. */
    void send(String frame);

    /** How much was handed to {@link #send} and not yet written to the network, in characters. */
    default long unsent() {
        return 0;
    }

    /** Closes the socket with a WebSocket close code and a short reason fit to show the person. */
    void close(int code, String reason);

    /** Closes the socket with a reason said in the person's language. */
    default void close(int code, Words.Phrase reason) {
        close(code, reason.in(language()));
    }
}
