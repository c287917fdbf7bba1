package org.attune.application;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Which room engine writes each room's events, when Attune runs on several
 * servers over one database. Each engine registers as a writer of its own when
 * it starts, says now and then that it is still there, and takes itself off
 * when it stops. An engine claims a room before it rebuilds the room's state;
 * the claim raises the room's epoch. Every commit of a room's events first
 * locks the room's claim and checks that the epoch is still the one claimed,
 * so an engine that lost a room cannot commit to it, whatever it believes.
 *
 * <p>Every method works inside the caller's transaction.
 */
public interface RoomClaims {

    /** A writer that has not said it is still there for this long is taken to be gone. */
    java.time.Duration GONE_AFTER = java.time.Duration.ofSeconds(20);

    /** The writer, on the named server, is there now: registered the first time, else seen again. */
    void here(String writer, String node, Instant now);

    /** The writer stops: its rooms are free to take at once. */
    void leave(String writer);

    /**
     * Whether the writer may take the room without being asked by a person
     * (its own timers, a wake-up after a restart): nobody holds it, the writer
     * holds it already, an earlier engine of the same server holds it (a
     * server runs one engine at a time), or whoever holds it is gone.
     */
    boolean free(String roomId, String writer, Instant now);

    /**
     * Whether two writers are engines of the same server: a writer's id is
     * its server's name, a slash, and an id of its own. Each server of a
     * cluster has a name of its own ({@code jboss.node.name}).
     */
    static boolean sameServer(String writer, String other) {
        int slash = writer.lastIndexOf('/');
        return slash > 0 && other.startsWith(writer.substring(0, slash + 1));
    }

    /**
     * Of the rooms, those nobody takes care of: no writer holds them (the one
     * that did stopped), or the writer that holds them is gone.
     */
    Set<String> orphans(Collection<String> roomIds, Instant now);

    /** Claims the room for the writer, from whoever held it; returns the room's new epoch. */
    long claim(String roomId, String writer);

    /**
     * Locks the claims of the rooms until the transaction ends (another
     * claim waits for it) and returns the rooms whose epoch is no longer the
     * one given: another writer claimed them since.
     */
    Set<String> lost(Map<String, Long> epochs);
}
