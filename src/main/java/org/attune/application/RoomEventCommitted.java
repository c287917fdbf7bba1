package org.attune.application;

import org.attune.domain.transcript.RoomEvent;

/** CDI event: a room event was written. Observed after the commit only. */
public record RoomEventCommitted(RoomEvent event) {}
