package org.attune.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.attune.domain.room.Member;
import org.attune.domain.room.RoomRepository;
import org.attune.domain.transcript.EventLog;
import org.attune.domain.transcript.RoomEvent;
import org.attune.security.AuditAction;
import org.attune.security.AuditEntry;
import org.attune.security.AuditTrail;
import org.attune.security.Caller;

/** Everything Attune stores about a person, for them to take away (GDPR Art. 15 and 20). */
@ApplicationScoped
public class DataExportService {

    @Inject
    RoomRepository rooms;

    @Inject
    EventLog log;

    @Inject
    AuditTrail audit;

    @Inject
    Transactions tx;

    @Inject
    Clock clock;

    public record Export(
            Instant exportedAt,
            Caller person,
            List<Member> memberships,
            List<RoomEvent> authored,
            List<AuditEntry> audit) {}

    public Export export(Caller caller) {
        return tx.inNewTransaction(() -> {
            Instant now = clock.instant();
            audit.record(new AuditEntry(now, caller.id(), AuditAction.DATA_EXPORTED, null, caller.id(), null));
            return new Export(
                    now,
                    caller,
                    rooms.membershipsOf(caller.id()),
                    log.byActor(caller.id()),
                    audit.concerning(caller.id()));
        });
    }
}
