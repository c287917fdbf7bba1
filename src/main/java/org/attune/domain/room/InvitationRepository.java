package org.attune.domain.room;

import java.util.Optional;

public interface InvitationRepository {

    void add(Invitation invitation);

    /** The invitation, locked for the rest of the transaction so that it is spent only once. */
    Optional<Invitation> findForUpdate(String code);
}
