package org.attune.domain.room;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.member.MemberView;
import org.attune.domain.member.RoomAccess;
import org.attune.domain.member.RoomRole;
import org.attune.domain.transcript.Audience;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;

/**
 * What people say in the room. Participants speak while a session runs, when
 * the turn protocol lets them, not while muted and not while the room is
 * paused; each participant message is then screened ({@link MessageScreening}).
 * Therapists also guide the whole room, whisper to one member, and keep
 * private notes.
 */
final class Conversation {

    private final RoomState room;
    private final MessageScreening screening;

    Conversation(RoomState room) {
        this.room = room;
        this.screening = new MessageScreening(room);
    }

    List<RoomEvent> decide(MemberView actor, String commandId, RoomCommand.Speech command, Instant now) {
        if (command instanceof RoomCommand.Say say) {
            return say(actor, commandId, say, now);
        } else if (command instanceof RoomCommand.Guide guide) {
            RoomAccess.requireTherapist(actor, "guide the room");
            return List.of(room.record(
                    room.by(actor, commandId, EventKind.GUIDANCE, now).payload(text(guide.text()))));
        } else if (command instanceof RoomCommand.Whisper whisper) {
            RoomAccess.requireTherapist(actor, "whisper");
            EventPayload.Text text = text(whisper.text());
            MemberView to = room.roster().named(whisper.to());
            return List.of(room.record(room.by(actor, commandId, EventKind.WHISPER, now)
                    .audience(Audience.THERAPISTS_AND_TARGET)
                    .target(to.id(), to.name())
                    .payload(text)));
        }
        RoomCommand.Note note = (RoomCommand.Note) command;
        RoomAccess.requireTherapist(actor, "write notes");
        return List.of(room.record(room.by(actor, commandId, EventKind.NOTE, now)
                .audience(Audience.THERAPISTS)
                .payload(text(note.text()))));
    }

    private List<RoomEvent> say(MemberView actor, String commandId, RoomCommand.Say say, Instant now) {
        RoomAccess.requireWriter(actor);
        Sessions.requireSession(room);
        if (actor.mutedAt(now)) {
            throw new RefusedException(
                    Refusal.MUTED,
                    "Your therapist has paused your messages for now. You can write again "
                            + Pauses.minutesLeft(actor.mutedUntil(), now) + ".");
        }
        Pauses.requireNotPaused(room, actor, now);
        EventKind kind = room.protocol().kindOfSay(actor.id(), actor.role(), say.text());
        List<RoomEvent> out = new ArrayList<>();
        out.add(room.record(room.by(actor, commandId, kind, now).payload(text(say.text()))));
        if (actor.role() == RoomRole.PARTICIPANT) {
            out.addAll(screening.screen(actor, say.text(), now));
        }
        return out;
    }

    private static EventPayload.Text text(String text) {
        if (text == null || text.isBlank()) {
            throw new RefusedException(Refusal.BAD_REQUEST, "A message needs some text.");
        }
        if (text.length() > RoomEvent.MAX_TEXT_LENGTH) {
            throw new RefusedException(
                    Refusal.TOO_LARGE, "A message can be at most " + RoomEvent.MAX_TEXT_LENGTH + " characters long.");
        }
        return new EventPayload.Text(text);
    }
}
