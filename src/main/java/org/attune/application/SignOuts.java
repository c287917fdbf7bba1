package org.attune.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Who signed out, and when, for every server: a person's sockets may be open
 * on servers other than the one that took their sign-out or quick exit.
 */
public interface SignOuts {

    /** How long a sign-out is remembered: longer than any access token lives. */
    Duration KEPT = Duration.ofMinutes(10);

    /** The person signed out at this moment; a later sign-out replaces an earlier one. */
    void record(String userId, Instant at);

    /** Who signed out after {@code since}, and when. */
    Map<String, Instant> since(Instant since);

    /** Forgets the sign-outs before {@code before}. */
    void forgetBefore(Instant before);
}
