package org.attune.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.attune.domain.room.Member;
import org.attune.domain.room.Room;
import org.attune.domain.room.RoomRepository;
import org.attune.domain.transcript.EventLog;
import org.attune.domain.transcript.PersonalExport;
import org.attune.domain.transcript.PersonalExport.Entry;
import org.attune.domain.transcript.PersonalExport.Part;
import org.attune.domain.transcript.RoomEvent;
import org.attune.security.AuditAction;
import org.attune.security.AuditEntry;
import org.attune.security.AuditTrail;
import org.attune.security.Caller;

/**
 * Everything Attune stores about a person, for them to take away (GDPR Art. 15
 * and 20): their memberships, what they wrote and did, what was recorded about
 * them ({@link PersonalExport} decides which events), and the audit rows that
 * concern them. Every export is audited, naming no content.
 */
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

    /**
     * A person's export. {@code entries} holds what they did and what was
     * recorded about them, oldest first; {@code roomNames} the names of their
     * rooms by id, for a reader.
     */
    public record Export(
            Instant exportedAt,
            Caller person,
            List<Member> memberships,
            Map<String, String> roomNames,
            List<Entry> entries,
            List<AuditEntry> audit) {

        /** What the person wrote and did. */
        public List<Entry> authored() {
            return part(Part.AUTHORED).toList();
        }

        /** What was recorded about the person, with why it is theirs. */
        public List<Entry> aboutThem() {
            return part(Part.ABOUT_YOU).toList();
        }

        /** The entries of one room, in the room's order. */
        public List<Entry> inRoom(String roomId) {
            return entries.stream()
                    .filter(e -> e.event().roomId().equals(roomId))
                    .sorted(Comparator.comparingLong(e -> e.event().seq()))
                    .toList();
        }

        private Stream<Entry> part(Part part) {
            return entries.stream().filter(e -> e.part() == part);
        }
    }

    /** The caller's export; {@code format} is how it is handed over, for the audit row (json, html, text). */
    public Export export(Caller caller, String format) {
        return tx.inNewTransaction(() -> {
            Instant now = clock.instant();
            List<Member> memberships = rooms.membershipsOf(caller.id());
            Set<String> theirRooms = memberships.stream().map(Member::roomId).collect(Collectors.toSet());
            Map<String, Entry> byKey = new LinkedHashMap<>();
            Stream.of(
                            log.byActor(caller.id()),
                            log.about(caller.id()),
                            log.ofKinds(theirRooms, PersonalExport.PRACTICE_KINDS))
                    .flatMap(List::stream)
                    .sorted(Comparator.comparing(RoomEvent::occurredAt)
                            .thenComparing(RoomEvent::roomId)
                            .thenComparingLong(RoomEvent::seq))
                    .forEach(e -> PersonalExport.entry(e, caller.id(), theirRooms)
                            .ifPresent(entry -> byKey.putIfAbsent(e.roomId() + "/" + e.seq(), entry)));
            List<Entry> entries = List.copyOf(byKey.values());
            Map<String, String> names = new LinkedHashMap<>();
            for (Member m : memberships) {
                rooms.find(m.roomId()).map(Room::name).ifPresent(name -> names.put(m.roomId(), name));
            }
            long authored =
                    entries.stream().filter(e -> e.part() == Part.AUTHORED).count();
            audit.record(new AuditEntry(
                    now,
                    caller.id(),
                    AuditAction.DATA_EXPORTED,
                    null,
                    caller.id(),
                    format + ": " + authored + " events by them, " + (entries.size() - authored) + " about them"));
            return new Export(now, caller, memberships, names, entries, audit.concerning(caller.id()));
        });
    }
}
