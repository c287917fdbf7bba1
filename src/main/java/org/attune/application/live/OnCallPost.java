package org.attune.application.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.attune.application.Failures;
import org.attune.application.OnCallMail;
import org.attune.application.Transactions;
import org.attune.domain.transcript.RoomEvent;
import org.attune.security.AuditAction;
import org.attune.security.AuditEntry;
import org.attune.security.AuditTrail;
import org.jboss.logging.Logger;

/**
 * Posts the mails to on-call contacts, on a managed thread so that a slow mail
 * server never holds a room's shard, and tries again when the mail server
 * refuses a mail or cannot be reached: a safety alert must not wait in silence
 * because the relay was down for a minute. A letter is tried again after 15 s,
 * 30 s, 1, 2 and 4 minutes, then every 5 minutes, for as long as it still
 * matters: until what it tells of is settled (the alert acknowledged, the room
 * resumed) or until its letter's time is up (the next contact is told then).
 * Each try that went through, and each that failed, is an audit row
 * ({@link AuditAction#ONCALL_MAIL_SENT}, {@link AuditAction#ONCALL_MAIL_FAILED})
 * naming the room, never the contact's address or anyone's words.
 *
 * <p>Delivery is at least once while the server runs: a mail the server
 * accepted, whose answer was lost on the way back, may be sent twice. The tries
 * live in memory: a server that stops between two tries does not try again
 * (after a restart, the next contact is still told in time).
 */
final class OnCallPost {

    private static final Logger SAFETY = Logger.getLogger("org.attune.safety");
    private static final Duration[] AGAIN = {
        Duration.ofSeconds(15),
        Duration.ofSeconds(30),
        Duration.ofMinutes(1),
        Duration.ofMinutes(2),
        Duration.ofMinutes(4)
    };
    private static final Duration THEN_EVERY = Duration.ofMinutes(5);

    /**
     * One mail to send.
     *
     * @param matter what it tells of, by which it is settled (e.g. {@code room#alert})
     * @param roomId the room, for the audit row and the log
     * @param what what it tells, for the audit row and the log: never words, names or addresses
     * @param until when trying again no longer helps
     */
    record Letter(
            String matter,
            String roomId,
            String what,
            String to,
            String subject,
            String body,
            Instant until,
            AuditAction sent,
            AuditAction failed) {

        /** A letter to an on-call contact. */
        Letter(String matter, String roomId, String what, String to, String subject, String body, Instant until) {
            this(
                    matter,
                    roomId,
                    what,
                    to,
                    subject,
                    body,
                    until,
                    AuditAction.ONCALL_MAIL_SENT,
                    AuditAction.ONCALL_MAIL_FAILED);
        }
    }

    private final OnCallMail mail;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final AuditTrail audit;
    private final Transactions tx;
    private final Set<String> open = ConcurrentHashMap.newKeySet();

    OnCallPost(OnCallMail mail, ScheduledExecutorService scheduler, Clock clock, AuditTrail audit, Transactions tx) {
        this.mail = mail;
        this.scheduler = scheduler;
        this.clock = clock;
        this.audit = audit;
        this.tx = tx;
    }

    /** Sends the letter now, and again later while it fails and still matters. */
    void post(Letter letter) {
        open.add(letter.matter());
        later(letter, 1, Duration.ZERO);
    }

    /** What the matter's letters tell of is settled: none of them is tried again. */
    void settled(String matter) {
        open.remove(matter);
    }

    /** The delay before the try after try {@code attempt}. */
    static Duration againAfter(int attempt) {
        return attempt <= AGAIN.length ? AGAIN[attempt - 1] : THEN_EVERY;
    }

    private void later(Letter letter, int attempt, Duration delay) {
        try {
            scheduler.schedule(() -> attempt(letter, attempt), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            SAFETY.warnf("The server is stopping: %s in room %s is not sent again", letter.what(), letter.roomId());
        }
    }

    private void attempt(Letter letter, int attempt) {
        if (attempt > 1 && !open.contains(letter.matter())) {
            SAFETY.infof("%s in room %s is settled: not sent again", letter.what(), letter.roomId());
            return;
        }
        try {
            mail.send(letter.to(), letter.subject(), letter.body());
            SAFETY.infof("%s in room %s: sent (try %d)", letter.what(), letter.roomId(), attempt);
            record(letter, letter.sent(), letter.what() + ", try " + attempt);
        } catch (Exception e) {
            Duration delay = againAfter(attempt);
            Instant next = clock.instant().plus(delay);
            boolean again = next.isBefore(letter.until());
            String outcome = again ? "tried again at " + next : "not tried again: its time is up";
            SAFETY.errorf(
                    Failures.withoutMessages(e),
                    "%s in room %s could not be sent (try %d); %s",
                    letter.what(),
                    letter.roomId(),
                    attempt,
                    outcome);
            record(letter, letter.failed(), letter.what() + ", try " + attempt + ", " + outcome);
            if (again) {
                later(letter, attempt + 1, delay);
            }
        }
    }

    private void record(Letter letter, AuditAction action, String detail) {
        try {
            tx.inNewTransaction(() -> {
                audit.record(
                        new AuditEntry(clock.instant(), RoomEvent.SYSTEM_ACTOR, action, letter.roomId(), null, detail));
                return null;
            });
        } catch (RuntimeException e) {
            SAFETY.warnf(
                    Failures.withoutMessages(e),
                    "The audit row for %s in room %s could not be stored",
                    letter.what(),
                    letter.roomId());
        }
    }
}
