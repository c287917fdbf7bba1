package org.attune.domain.room;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attune.domain.Refusal;
import org.attune.domain.RefusedException;
import org.attune.domain.member.MemberView;
import org.attune.domain.member.RoomAccess;
import org.attune.domain.member.RoomRole;
import org.attune.domain.regulation.NamedPeople;
import org.attune.domain.regulation.SafetyScreen;
import org.attune.domain.transcript.Audience;
import org.attune.domain.transcript.EventKind;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;

/**
 * What people say in the room. Participants speak while a session runs, when
 * the turn protocol lets them, not while muted and not while the room is
 * paused; each participant message is screened first ({@link MessageScreening}):
 * words of harm, fear or threat are held back from the room, whatever the
 * turn, the pause or a mute, because the therapist must know at once. Anyone
 * but a therapist may write to the therapists alone at any time, also from the
 * lobby. Therapists also guide the whole room, whisper to one member, and keep
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
        } else if (command instanceof RoomCommand.ToTherapist line) {
            if (actor.role() == RoomRole.THERAPIST) {
                throw new RefusedException(Refusal.FORBIDDEN, "refusal.message.therapist-keep-private-note");
            }
            return screening.privateLine(actor, commandId, text(line.text()).text(), now);
        } else if (command instanceof RoomCommand.ShareHeld share) {
            return share(actor, commandId, share, now);
        } else if (command instanceof RoomCommand.Guide guide) {
            RoomAccess.requireTherapist(actor, "refusal.access.therapist-only.guide-room");
            return List.of(room.record(
                    room.by(actor, commandId, EventKind.GUIDANCE, now).payload(text(guide.text()))));
        } else if (command instanceof RoomCommand.Whisper whisper) {
            RoomAccess.requireTherapist(actor, "refusal.access.therapist-only.whisper");
            EventPayload.Text text = text(whisper.text());
            MemberView to = room.roster().named(whisper.to());
            return List.of(room.record(room.by(actor, commandId, EventKind.WHISPER, now)
                    .audience(Audience.THERAPISTS_AND_TARGET)
                    .target(to.id(), to.name())
                    .payload(text)));
        }
        RoomCommand.Note note = (RoomCommand.Note) command;
        RoomAccess.requireTherapist(actor, "refusal.access.therapist-only.write-notes");
        return List.of(room.record(room.by(actor, commandId, EventKind.NOTE, now)
                .audience(Audience.THERAPISTS)
                .payload(text(note.text()))));
    }

    private List<RoomEvent> say(MemberView actor, String commandId, RoomCommand.Say say, Instant now) {
        RoomAccess.requireWriter(actor);
        String words = text(say.text()).text();
        // Decided before the message is applied: applying it moves the protocol on.
        boolean reflection =
                actor.role() == RoomRole.PARTICIPANT && room.protocol().reflects(actor.id());
        if (actor.role() == RoomRole.PARTICIPANT) {
            NamedPeople people = screening.named();
            boolean watchful = room.watchfulScreenFor(actor.id());
            List<SafetyScreen.Concern> concerns =
                    reflection ? people.screenReflection(words, watchful) : people.screen(words, watchful);
            if (!concerns.isEmpty()) {
                return screening.hold(actor, commandId, words, concerns, reflection, now);
            }
        }
        EventKind kind = kindToTheRoom(actor, words, say.question(), now);
        List<RoomEvent> out = new ArrayList<>();
        out.add(room.record(room.by(actor, commandId, kind, now)
                .audience(audienceOf(actor))
                .payload(new EventPayload.Text(words))));
        if (actor.role() == RoomRole.PARTICIPANT) {
            out.addAll(screening.heat(actor, words, reflection, now));
        }
        return out;
    }

    /**
     * Shares a held message with the room, as its writer chooses: as if said
     * now, under the same rules (a session, the turn, no pause, no mute).
     */
    private List<RoomEvent> share(MemberView actor, String commandId, RoomCommand.ShareHeld share, Instant now) {
        RegulationState.Held held = room.regulating()
                .shareable(share.message())
                .filter(h -> h.writerId().equals(actor.id()))
                .orElseThrow(() -> new RefusedException(Refusal.NOT_FOUND, "refusal.message.no-message-yours-waiting"));
        EventKind kind = kindToTheRoom(actor, held.text(), false, now);
        RoomEvent shared = room.record(room.by(actor, commandId, EventKind.HELD_SHARED, now)
                .target(actor.id(), actor.name())
                .audience(Audience.THERAPISTS_AND_TARGET)
                .payload(new EventPayload.Shared(share.message())));
        List<RoomEvent> out = new ArrayList<>();
        out.add(shared);
        out.add(room.record(room.by(actor, null, kind, now)
                .audience(audienceOf(actor))
                .payload(new EventPayload.Text(held.text()))));
        return out;
    }

    /**
     * The kind of a message for everyone in the room (a message, a paraphrase…),
     * if the session, the turn, a pause and a mute allow it now; else a refusal.
     *
     * @param question whether it is asked as a clarifying question
     */
    private EventKind kindToTheRoom(MemberView actor, String words, boolean question, Instant now) {
        requireOpenToTheRoom(room, actor, now);
        return question
                ? room.protocol().kindOfQuestion(actor.id(), actor.role(), words)
                : room.protocol().kindOfSay(actor.id(), actor.role(), words);
    }

    /** Who hears a member's words: the room, or while practising, the participants only ({@link Practices}). */
    private Audience audienceOf(MemberView actor) {
        return actor.role() == RoomRole.PARTICIPANT && room.practiceWork().sitting()
                ? Audience.PARTICIPANTS
                : Audience.EVERYONE;
    }

    /**
     * What a message to the whole room needs, whatever the turn: a session, no
     * mute and no pause (therapists speak through a pause). The turn protocol
     * has the last word. Also the gate of "is writing…" ({@link Writing}).
     */
    static void requireOpenToTheRoom(RoomState room, MemberView actor, Instant now) {
        Sessions.requireSession(room);
        if (actor.mutedAt(now)) {
            throw new RefusedException(
                    Refusal.MUTED,
                    "refusal.message.muted",
                    Map.of("when", Pauses.minutesLeft(actor.mutedUntil(), now)));
        }
        Pauses.requireNotPaused(room, actor, now);
    }

    private static EventPayload.Text text(String text) {
        if (text == null || text.isBlank()) {
            throw new RefusedException(Refusal.BAD_REQUEST, "refusal.message.message-needs-some-text");
        }
        if (text.length() > RoomEvent.MAX_TEXT_LENGTH) {
            throw new RefusedException(
                    Refusal.TOO_LARGE, "refusal.message.too-long", Map.of("max", RoomEvent.MAX_TEXT_LENGTH));
        }
        return new EventPayload.Text(text);
    }
}
