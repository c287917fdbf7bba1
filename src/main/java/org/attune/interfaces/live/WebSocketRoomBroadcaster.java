package org.attune.interfaces.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import org.attune.application.live.CloseCodes;
import org.attune.application.live.LiveConnection;
import org.attune.application.live.RoomBroadcaster;
import org.attune.domain.RefusedException;
import org.attune.domain.Words;
import org.attune.domain.member.MemberView;
import org.attune.domain.room.RoomState;
import org.attune.domain.transcript.RoomEvent;

/** The room engine's messages as {@code attune.v1} frames and close codes on the members' WebSockets. */
@ApplicationScoped
public class WebSocketRoomBroadcaster implements RoomBroadcaster {

    @Inject
    ServerFrames frames;

    @Override
    public void welcome(LiveConnection to, RoomState room, MemberView you, Set<String> online, Instant now) {
        to.send(frames.welcome(room, you, online, now));
    }

    @Override
    public void event(RoomEvent event, Collection<LiveConnection> to) {
        if (!to.isEmpty()) {
            String frame = frames.event(event);
            to.forEach(c -> c.send(frame));
        }
    }

    @Override
    public void ack(LiveConnection to, String commandId, long seq) {
        to.send(frames.ack(commandId, seq));
    }

    @Override
    public void refused(LiveConnection to, String commandId, RefusedException refused) {
        to.send(frames.error(commandId, refused.refusal(), refused.message(to.language())));
    }

    @Override
    public void writing(MemberView writer, boolean active, Instant until, Collection<LiveConnection> to) {
        if (!to.isEmpty()) {
            String frame = frames.writing(writer, active, until);
            to.forEach(c -> c.send(frame));
        }
    }

    @Override
    public void presence(MemberView member, boolean online, Collection<LiveConnection> to) {
        if (!to.isEmpty()) {
            String frame = frames.presence(member, online);
            to.forEach(c -> c.send(frame));
        }
    }

    @Override
    public void turn(RoomState room, Collection<LiveConnection> to) {
        if (!to.isEmpty()) {
            String frame = frames.turn(room);
            to.forEach(c -> c.send(frame));
        }
    }

    @Override
    public void notAMember(LiveConnection to) {
        to.close(CloseCodes.POLICY, Words.phrase("refusal.access.not-a-member"));
    }

    @Override
    public void removed(LiveConnection to) {
        to.close(CloseCodes.POLICY, Words.phrase("farewell.removed"));
    }

    @Override
    public void left(LiveConnection to) {
        to.close(CloseCodes.POLICY, Words.phrase("farewell.left-the-room"));
    }

    @Override
    public void roomClosed(LiveConnection to) {
        to.close(CloseCodes.POLICY, Words.phrase("farewell.room-closed"));
    }

    @Override
    public void goingAway(LiveConnection to, Words.Phrase reason) {
        to.close(CloseCodes.GOING_AWAY, reason);
    }
}
