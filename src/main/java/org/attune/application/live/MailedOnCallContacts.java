package org.attune.application.live;

import java.util.concurrent.Executor;
import org.attune.application.CheckInWaitNotice;
import org.attune.application.Failures;
import org.attune.application.OnCallMail;
import org.attune.application.OnCallNotice;
import org.attune.application.OnCallSettings;
import org.attune.domain.regulation.Pause;
import org.attune.domain.room.AlertView;
import org.attune.domain.room.RoomState;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;
import org.jboss.logging.Logger;

/**
 * Tells an on-call contact by mail ({@link OnCallNotice}: no words, no names),
 * on a managed thread, so that a slow mail server never holds a room's shard.
 * A mail that cannot be sent is logged under {@code org.attune.safety} by room,
 * alert and level; the escalation goes on to the next contact in its time.
 */
final class MailedOnCallContacts implements OnCallContacts {

    private static final Logger SAFETY = Logger.getLogger("org.attune.safety");

    private final OnCallSettings settings;
    private final OnCallMail mail;
    private final Executor executor;

    MailedOnCallContacts(OnCallSettings settings, OnCallMail mail, Executor executor) {
        this.settings = settings;
        this.mail = mail;
        this.executor = executor;
    }

    @Override
    public void told(RoomState state, RoomEvent escalated) {
        EventPayload.AlertEscalated x = escalated.payload(EventPayload.AlertEscalated.class);
        if (x.level() < 1 || x.level() > settings.contacts().size()) {
            SAFETY.warnf(
                    "Safety alert %d in room %s: on-call contact %d is not configured (ATTUNE_ONCALL_CONTACTS)",
                    x.alert(), state.roomId(), x.level());
            return;
        }
        String to = settings.contacts().get(x.level() - 1);
        OnCallNotice notice = new OnCallNotice(
                settings.practice(),
                settings.roomLink(state.roomId()),
                settings.publicUrl() + "/api/rooms/" + state.roomId() + "/safety-alerts/" + x.alert() + "/acknowledge",
                x.alert(),
                state.safetyAlerts().stream()
                        .filter(a -> a.seq() == x.alert())
                        .map(AlertView::raisedAt)
                        .findFirst()
                        .orElse(escalated.occurredAt()),
                x.level(),
                x.contacts(),
                x.next());
        String roomId = state.roomId();
        executor.execute(() -> {
            try {
                mail.send(to, notice.subject(), notice.body());
                SAFETY.infof(
                        "Safety alert %d in room %s: on-call contact %d of %d was told by mail",
                        x.alert(), roomId, x.level(), x.contacts());
            } catch (Exception e) {
                SAFETY.errorf(
                        Failures.withoutMessages(e),
                        "Safety alert %d in room %s: the mail to on-call contact %d could not be sent",
                        x.alert(),
                        roomId,
                        x.level());
            }
        });
    }

    /** The first contact is told, by mail, that a guided room's check-in waits for someone: no names, no words. */
    @Override
    public void checkInWaits(RoomState state, RoomEvent waiting) {
        String roomId = state.roomId();
        if (settings.contacts().isEmpty()) {
            SAFETY.warnf("A check-in in room %s waits for someone, and no on-call contact is configured", roomId);
            return;
        }
        CheckInWaitNotice notice = new CheckInWaitNotice(
                settings.practice(),
                settings.roomLink(roomId),
                state.pause().map(Pause::checkInAt).orElse(waiting.occurredAt()));
        executor.execute(() -> {
            try {
                mail.send(settings.contacts().get(0), notice.subject(), notice.body());
                SAFETY.infof("A check-in in room %s waits for someone: on-call contact 1 was told by mail", roomId);
            } catch (Exception e) {
                SAFETY.errorf(
                        Failures.withoutMessages(e),
                        "A check-in in room %s waits for someone: the mail to on-call contact 1 could not be sent",
                        roomId);
            }
        });
    }
}
