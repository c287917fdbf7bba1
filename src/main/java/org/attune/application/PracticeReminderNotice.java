package org.attune.application;

import java.time.Duration;

/**
 * The reminder a participant asked for, that practice is due soon: as plain as
 * a calendar's. It names no practice, no therapy, no person and no words, and
 * says nothing of the room: a mail may be read over a shoulder, or by the
 * person the practice is about.
 *
 * @param link where the person opens Attune
 * @param dueIn how long until it is due
 */
public record PracticeReminderNotice(String link, Duration dueIn) {

    public String subject() {
        return "A reminder from Attune";
    }

    public String body() {
        return "Something you planned in Attune is due " + when() + ".\n\n"
                + "Open Attune when it suits you:\n"
                + link + "\n\n"
                + "You asked for this reminder. You can stop these reminders in Attune at any time.\n";
    }

    /** "in about 3 hours", "in about 2 days": never a date or a time of day, which would need the reader's zone. */
    String when() {
        long minutes = Math.max(1, dueIn.toMinutes());
        if (minutes < 90) {
            return "in about " + minutes + (minutes == 1 ? " minute" : " minutes");
        }
        long hours = Math.round(minutes / 60.0);
        if (hours < 36) {
            return "in about " + hours + " hours";
        }
        return "in about " + Math.round(hours / 24.0) + " days";
    }
}
