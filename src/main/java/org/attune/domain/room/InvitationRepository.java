package org.attune.domain.room;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface InvitationRepository {

    void add(Invitation invitation);

    /** The invitation, locked for the rest of the transaction so that it is spent only once. */
    Optional<Invitation> findForUpdate(String code);

    /** Invitations of a room that can still be accepted. */
    List<Invitation> openInvitations(String roomId, Instant now);

    void deleteAllOf(String roomId);
}
