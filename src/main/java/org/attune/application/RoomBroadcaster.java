package org.attune.application;

import org.attune.domain.transcript.RoomEvent;

/** Delivers what happened in a room to the members connected to it. */
public interface RoomBroadcaster {

    /** Sends a committed event to every connected member of its room who may see it. */
    void deliver(RoomEvent event);
}
