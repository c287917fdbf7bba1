package org.attune.domain.room;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.cycle.CycleEntry;
import org.attune.domain.cycle.CycleInTheRoom;
import org.attune.domain.cycle.CycleMap;
import org.attune.domain.cycle.CycleStep;
import org.attune.domain.member.MemberStatus;
import org.attune.domain.member.MemberView;
import org.attune.domain.member.RoomAccess;
import org.attune.domain.member.RoomRole;
import org.attune.domain.transcript.Audience;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;

/**
 * The room's cycle map ({@link CycleMap}), folded from its events, and the
 * commands that change it.
 *
 * <ul>
 *   <li>Only the room's therapists set a person's part ({@code set_cycle}); the
 *       part belongs to a participant of the room. The map is seen by everyone
 *       in the room ({@link EventKind#CYCLE_MAP_UPDATED}).
 *   <li>Only therapists tag a message as a step of the cycle
 *       ({@code tag_cycle_step}); the tag is theirs alone, a clinical reading
 *       like a note ({@link EventKind#CYCLE_STEP_TAGGED}), and names the
 *       message's own writer.
 *   <li>When a writer's heat rises and the room has a map, the room hears that
 *       its cycle may be showing up, and the writer alone is asked about their
 *       softer emotion ({@link CycleInTheRoom}).
 * </ul>
 */
final class CycleMaps {

    /** How many recent messages a therapist may tag live: older ones are tagged in review. */
    static final int MESSAGES_REMEMBERED = 2000;

    private final RoomState room;
    private CycleMap map = CycleMap.EMPTY;
    private int sessions;
    private boolean inSession;
    private Instant named;
    private final Map<String, Instant> prompted = new HashMap<>();
    private final Map<Long, String> writers = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
            return size() > MESSAGES_REMEMBERED;
        }
    };

    CycleMaps(RoomState room) {
        this.room = room;
    }

    CycleMap map() {
        return map;
    }

    void fold(RoomEvent e) {
        String target = e.targetId().orElse(null);
        switch (e.kind()) {
            case SESSION_STARTED -> {
                sessions++;
                inSession = true;
            }
            case SESSION_ENDED -> inSession = false;
            case MESSAGE, PARAPHRASE, CLARIFYING_QUESTION -> {
                if (!RoomEvent.SYSTEM_ACTOR.equals(e.actorId())) {
                    writers.put(e.seq(), e.actorId());
                }
            }
            case CYCLE_MAP_UPDATED -> {
                EventPayload.CycleSet set = e.payload(EventPayload.CycleSet.class);
                map = set.entry().surface().isEmpty()
                        ? map.withoutWords(target, e.actorId(), e.occurredAt(), set.session())
                        : map.with(target, set.entry(), e.actorId(), e.occurredAt(), set.session());
            }
            case CYCLE_NAMED -> named = e.occurredAt();
            case CYCLE_PROMPT -> prompted.put(target, e.occurredAt());
            default -> {}
        }
    }

    List<RoomEvent> decide(MemberView actor, String commandId, RoomCommand.CycleCommand command, Instant now) {
        if (command instanceof RoomCommand.SetCycle set) {
            RoomAccess.requireTherapist(actor, "refusal.access.therapist-only.edit-cycle-map");
            MemberView member = participant(set.member());
            CycleEntry entry = CycleEntry.of(set.move(), set.surface(), set.softer(), set.need(), set.words());
            return List.of(room.record(room.by(actor, commandId, EventKind.CYCLE_MAP_UPDATED, now)
                    .target(member.id(), member.name())
                    .payload(new EventPayload.CycleSet(entry, map.version() + 1, inSession ? sessions : 0))));
        }
        RoomCommand.TagCycleStep tag = (RoomCommand.TagCycleStep) command;
        RoomAccess.requireTherapist(actor, "refusal.access.therapist-only.tag-moment-as-step-cycle");
        CycleStep step = CycleStep.fromWireName(tag.step())
                .orElseThrow(() -> new RefusedException(Refusal.BAD_REQUEST, "refusal.cycle.step-one-move-surface"));
        MemberView member = participant(tag.member());
        String writer = writers.get(tag.message());
        if (writer == null) {
            throw new RefusedException(Refusal.NOT_FOUND, "refusal.cycle.no-recent-message-number");
        }
        if (!writer.equals(member.id())) {
            throw new RefusedException(
                    Refusal.BAD_REQUEST, "refusal.cycle.not-their-message", Map.of("name", member.name()));
        }
        return List.of(room.record(room.by(actor, commandId, EventKind.CYCLE_STEP_TAGGED, now)
                .target(member.id(), member.name())
                .audience(Audience.THERAPISTS)
                .payload(new EventPayload.CycleTag(tag.message(), step.wireName()))));
    }

    /**
     * Heat rose for this writer: with a map, the room hears that its cycle may
     * be showing up, and the writer with a part of it is asked privately about
     * the softer emotion; each at most once in ten minutes.
     */
    List<RoomEvent> heatRose(MemberView writer, Instant now) {
        List<RoomEvent> out = new ArrayList<>();
        if (map.isEmpty()) {
            return out;
        }
        if (CycleInTheRoom.mayAgain(named, now)) {
            out.add(room.record(room.bySystem(EventKind.CYCLE_NAMED, now)
                    .payload(new EventPayload.Text(CycleInTheRoom.ROOM_LINE))));
        }
        map.of(writer.id())
                .filter(own -> CycleInTheRoom.mayAgain(prompted.get(writer.id()), now))
                .ifPresent(own -> out.add(room.record(room.bySystem(EventKind.CYCLE_PROMPT, now)
                        .target(writer.id(), writer.name())
                        .audience(Audience.THERAPISTS_AND_TARGET)
                        .payload(new EventPayload.Text(CycleInTheRoom.prompt(own))))));
        return out;
    }

    private MemberView participant(String id) {
        return room.roster()
                .get(id)
                .filter(m -> m.role() == RoomRole.PARTICIPANT && m.status() != MemberStatus.REMOVED)
                .orElseThrow(() -> new RefusedException(Refusal.NOT_FOUND, "refusal.cycle.no-such-participant-room"));
    }
}
