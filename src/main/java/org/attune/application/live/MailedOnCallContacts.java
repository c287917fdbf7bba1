package org.attune.application.live;

import java.time.Duration;
import java.time.Instant;
import org.attune.application.CheckInWaitNotice;
import org.attune.application.OnCallNotice;
import org.attune.application.OnCallSettings;
import org.attune.application.PracticeReminderNotice;
import org.attune.domain.practice.Practice;
import org.attune.domain.regulation.Pause;
import org.attune.domain.room.AlertView;
import org.attune.domain.room.RoomState;
import org.attune.domain.transcript.EventPayload;
import org.attune.domain.transcript.RoomEvent;
import org.attune.security.AuditAction;
import org.jboss.logging.Logger;

/**
 * Tells an on-call contact by mail ({@link OnCallNotice}: no words, no names),
 * through {@link OnCallPost}, which tries a mail again while the mail server
 * fails and the alert still waits. The escalation goes on to the next contact
 * in its time whatever the mail server does.
 */
final class MailedOnCallContacts implements OnCallContacts {

    private static final Logger SAFETY = Logger.getLogger("org.attune.safety");

    private final OnCallSettings settings;
    /** How long the mail to the last contact, or of a waiting check-in, is tried while the mail server fails. */
    static final Duration LAST_CONTACT_TRIED_FOR = Duration.ofHours(24);

    private final OnCallPost post;

    MailedOnCallContacts(OnCallSettings settings, OnCallPost post) {
        this.settings = settings;
        this.post = post;
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
                x.next(),
                settings.language());
        String roomId = state.roomId();
        post.post(new OnCallPost.Letter(
                alertMatter(roomId, x.alert()),
                roomId,
                "The mail of safety alert " + x.alert() + " to on-call contact " + x.level() + " of " + x.contacts(),
                to,
                notice.subject(),
                notice.body(),
                x.next() != null ? x.next() : escalated.occurredAt().plus(LAST_CONTACT_TRIED_FOR)));
    }

    @Override
    public void acknowledged(RoomState state, long alert) {
        post.settled(alertMatter(state.roomId(), alert));
    }

    @Override
    public void resumed(RoomState state) {
        post.settled(checkInMatter(state.roomId()));
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
                state.pause().map(Pause::checkInAt).orElse(waiting.occurredAt()),
                settings.language());
        post.post(new OnCallPost.Letter(
                checkInMatter(roomId),
                roomId,
                "The mail of a check-in that waits to on-call contact 1",
                settings.contacts().get(0),
                notice.subject(),
                notice.body(),
                waiting.occurredAt().plus(LAST_CONTACT_TRIED_FOR)));
    }

    /**
     * Each participant who asked is reminded that a practice is due, in the
     * language they asked in: no practice, no names, no words.
     */
    @Override
    public void practiceDue(RoomState state, RoomEvent reminded) {
        long practice = reminded.payload(EventPayload.PracticeRef.class).practice();
        String roomId = state.roomId();
        Instant due = state.practice().practices().stream()
                .filter(p -> p.seq() == practice)
                .map(Practice::due)
                .findFirst()
                .orElse(reminded.occurredAt());
        Duration dueIn = Duration.between(reminded.occurredAt(), due);
        state.practice().reminders().forEach((member, reminders) -> {
            PracticeReminderNotice notice =
                    new PracticeReminderNotice(settings.roomLink(roomId), dueIn, reminders.language());
            post.post(new OnCallPost.Letter(
                    roomId + "#practice-" + practice + "-" + member,
                    roomId,
                    "The reminder of practice " + practice + " to a participant who asked for it",
                    reminders.address(),
                    notice.subject(),
                    notice.body(),
                    due,
                    AuditAction.PRACTICE_MAIL_SENT,
                    AuditAction.PRACTICE_MAIL_FAILED));
        });
    }

    private static String alertMatter(String roomId, long alert) {
        return roomId + "#alert-" + alert;
    }

    private static String checkInMatter(String roomId) {
        return roomId + "#check-in";
    }
}
