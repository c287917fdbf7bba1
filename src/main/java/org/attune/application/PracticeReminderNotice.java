package org.attune.application;

import java.time.Duration;
import java.util.Map;
import org.attune.domain.Language;

/**
 * The reminder a participant asked for, that practice is due soon: as plain as
 * a calendar's. It names no practice, no therapy, no person and no words, and
 * says nothing of the room: a mail may be read over a shoulder, or by the
 * person the practice is about. Said in the language of the person who asked
 * (that of the connection they asked from).
 *
 * @param link where the person opens Attune
 * @param dueIn how long until it is due
 */
public record PracticeReminderNotice(String link, Duration dueIn, Language language) {

    public String subject() {
        return words().say("mail.reminder.subject");
    }

    public String body() {
        MailWords w = words();
        return w.say("mail.reminder.due", Map.of("when", when())) + "\n\n"
                + w.say("mail.reminder.open") + "\n"
                + link + "\n\n"
                + w.say("mail.reminder.asked") + " " + w.say("mail.reminder.stop") + "\n";
    }

    /** "in about 3 hours", "in about 2 days": never a date or a time of day, which would need the reader's zone. */
    String when() {
        MailWords w = words();
        long minutes = Math.max(1, dueIn.toMinutes());
        if (minutes < 90) {
            return w.count("mail.reminder.in-minutes", minutes);
        }
        long hours = Math.round(minutes / 60.0);
        if (hours < 36) {
            return w.count("mail.reminder.in-hours", hours);
        }
        return w.count("mail.reminder.in-days", Math.round(hours / 24.0));
    }

    private MailWords words() {
        return new MailWords(language);
    }
}
