package org.attune.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Hands each event to the broadcaster once, and only once, its transaction has committed. */
@ApplicationScoped
public class CommittedEventRelay {

    @Inject
    RoomBroadcaster broadcaster;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoomEventCommitted committed) {
        broadcaster.deliver(committed.event());
    }
}
